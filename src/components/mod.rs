//! Small render-only components.

pub mod headline;
