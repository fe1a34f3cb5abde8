//! The store and its contexts: the dataset, the engine and the URL's view behind one reducer
//! ([`Store`], [`Action`]), read through two contexts — [`AppContext`] (`use_app`, re-renders on
//! every view change) and [`AppStatic`] (`use_static`, never changes while the app runs) — the
//! report's text that arrives after start-up ([`ReportText`], `report_text`), a view's address
//! and profile view (`links`), and the [`Bundle`] of pages this build renders. The bottom layer of
//! the app: imports nothing from it.

mod bundle;
mod links;
mod report_text;
mod store;

pub use bundle::Bundle;
pub use links::{href, profile_of};
pub use report_text::*;
pub use store::*;
