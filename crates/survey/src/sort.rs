//! Stable sorting with one copy of the sorting code in a bundle. The standard library's sort is
//! generic: every element type and comparison sorted in the app made its own copy of it (seven in
//! the explorer's WASM, about 20 kB before compression, issue 13). Here the standard stable sort
//! runs once, on indices, behind a `dyn` comparison, and each call site only applies the order it
//! returns. Same results as `slice::sort_by` (stable, O(n log n)); each call allocates the index.

use std::cmp::Ordering;

/// The indices `0..len` in the order that sorts the items they stand for by `cmp`, stably (equal
/// items keep their order).
#[inline(never)]
pub fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..len).collect();
    indices.sort_by(|&a, &b| cmp(a, b));
    indices
}

/// Sorts `v` by `cmp`, stably: what `v.sort_by(cmp)` does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by the key `key` gives each item, stably: what `v.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order, stably: what `v.sort()` does.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Rearranges `v` so that position `i` holds what was at `order[i]` (`order` a permutation of the
/// positions), by swaps along each cycle of the permutation.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        // The item first at `start` travels along the cycle, one swap at a time, to the position
        // that takes it; each position passed gets its own item and is marked done.
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, equal keys included: each item carries
        /// its first position, so a reordering of equal keys would show.
        #[test]
        fn sorts_as_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..80)) {
            let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|&(k, _)| k);
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            prop_assert_eq!(&ours, &std_sorted);
            let mut reversed = items;
            sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            prop_assert_eq!(reversed, std_sorted);
        }

        #[test]
        fn applies_any_permutation(order in Just((0..40).collect::<Vec<usize>>()).prop_shuffle()) {
            let mut v: Vec<String> = (0..40).map(|i| format!("item {i}")).collect();
            permute(&mut v, order.clone());
            let want: Vec<String> = order.iter().map(|i| format!("item {i}")).collect();
            prop_assert_eq!(v, want);
        }
    }

    #[test]
    fn sorts_strings_and_floats() {
        let mut names = vec!["Texas", "Alaska", "Ohio", "Alaska"];
        sort(&mut names);
        assert_eq!(names, ["Alaska", "Alaska", "Ohio", "Texas"]);
        let mut xs = [2.5, -1.0, 9.0, 0.0];
        sort_by(&mut xs, f64::total_cmp);
        assert_eq!(xs, [-1.0, 0.0, 2.5, 9.0]);
        let mut empty: [u8; 0] = [];
        sort(&mut empty);
    }
}
