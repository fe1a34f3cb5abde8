//! Platform glue: everything that talks to the browser, so the rest of the app only renders.
//! Natively (server rendering, tests) each part does nothing or runs at once.
//!
//! - [`address`]: the page's address relative to the site root (`<base href>`).
//! - [`frames`]: run work after the next frame ([`frames::after_next_frame`]).
//! - [`history`]: the address bar and the store in step (push/replace once per pause, reload on
//!   back/forward, a page of another bundle loaded as a page).
//! - [`fetch`]: the data files (encoded at build time), requested by the boot script or here.
//! - [`service_worker`]: offline caching and the "interactive" mark.
//! - [`crash`]: a panic shown to the reader instead of a frozen page.
//! - [`fragment`]: the address's `#part`, scrolled to and focused once the app has rendered it.
//! - [`profile_links`]: profile links that carry the reader's definition only when reached.
//! - [`settle`]: the render scheduler.
//! - [`later`]: start-up hydrates the first screen first, the parts below it one per task.
//! - [`chart_read`]: a chart as drawn, read into the export layout's plot.
//! - [`fit`]: a chart drawn in two layouts until measured keeps only the one the window shows.
//!
//! # The render scheduler, as one unit
//!
//! A definition change must paint within a frame, yet the explorer shows the whole survey. Four
//! pieces together make that work:
//!
//! 1. **Two contexts** (`crate::state`): `use_app()` gives the view and re-renders on every change;
//!    `use_static()` gives data, engine and the dispatcher and never changes. A section reads
//!    `use_static()` and gets the view as props, so it re-renders only when its props change.
//! 2. **One memoised snapshot**: the explorer computes the engine's [`Summary`] once per
//!    definition and wraps the view in an `Rc` (`use_memo`), so the same view is the same pointer.
//! 3. **[`settle::Same`]**: an `Rc` compared by pointer, for props that hold that snapshot (a deep
//!    comparison per table row would cost more than the render it saves).
//! 4. **[`settle::use_on_screen_first`] + [`settle::Settled`]**: the section that holds the
//!    control just used (a sort, a pin) gets the new snapshot in the click's task; every other
//!    keeps showing the old one and catches up one section per frame after the click's paint (a
//!    queue shared by all sections, driven by [`frames::after_next_frame`]), marked `aria-busy`
//!    meanwhile. [`settle::use_catch_up`] is the
//!    same queue for things that are never visibly stale (the menu's link targets).
//!
//! A new explorer section: take the snapshot `(Rc<Summary>, Rc<ViewState>)` from the explorer,
//! pass it through `use_on_screen_first(snapshot.clone(), node_ref.clone())`, wrap the section in
//! `<Settled node={node_ref} pending={busy}>`, give the component the two `Rc`s as props (or
//! `Same<…>` where a prop is compared many times), and read only `use_static()` inside it.
//!
//! [`Summary`]: survey::Summary

pub mod address;
pub mod chart_read;
pub mod crash;
pub mod fetch;
pub mod fit;
pub mod fragment;
pub mod frames;
pub mod history;
pub mod later;
pub mod profile_links;
pub mod service_worker;
pub mod settle;
