//! Time-In-Cell Explorer: the Yew components. They only render what `survey` computes.

pub mod app;
pub mod browser;
pub mod components;
pub mod crash;
pub mod pages;
pub mod prerender;
pub mod state;

pub use app::App;
