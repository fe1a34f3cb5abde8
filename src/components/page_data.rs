//! The start every report page shares: the dataset from the store and what the page computes from
//! it (its rows, its section's model), computed once for the page's life.

use crate::state::use_app;
use std::rc::Rc;
use survey::Dataset;
use yew::prelude::*;

/// The dataset, and `compute` of it, computed on the page's first render and kept (the same
/// `use_memo` with no dependencies each page had of its own).
#[hook]
pub fn use_computed<T: 'static>(compute: fn(&Dataset) -> T) -> (Rc<Dataset>, Rc<T>) {
    let ctx = use_app();
    let data = ctx.app.data.clone();
    let computed = {
        let data = data.clone();
        use_memo((), move |_| compute(&data))
    };
    (data, computed)
}
