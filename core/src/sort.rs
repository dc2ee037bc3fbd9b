//! One sort routine for the whole engine.
//!
//! Every `sort_by_key` on another item type puts one more copy of the
//! standard library's sort into the page's wasm (about 1–3 KB gzipped each,
//! a few hundred bytes less than the page's budget left). The engine sorts by
//! a number (a line, an offset, a rank made of a few small fields), so every
//! sort goes through [`sort_by_rank`]: one sort of `(rank, index)` pairs,
//! then the items moved into that order in place.

/// Sorts `items` by `rank`, stably (items of equal rank keep their order),
/// in O(n log n) time and one pass of swaps.
pub fn sort_by_rank<T>(items: &mut [T], rank: impl Fn(&T) -> u64) {
    let mut ranked: Vec<(u64, usize)> = items.iter().map(rank).zip(0..).collect();
    // The index breaks ties: unstable sorting of the pairs is a stable sort
    // of the items.
    ranked.sort_unstable();
    let mut source: Vec<usize> = ranked.into_iter().map(|(_, index)| index).collect();
    // Position `at` takes the item at `source[at]`: each cycle of the
    // permutation is followed once, swapping, and marked done on the way.
    const DONE: usize = usize::MAX;
    for start in 0..source.len() {
        let mut at = start;
        while source[at] != DONE {
            let from = std::mem::replace(&mut source[at], DONE);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts positions (lines, offsets) in ascending order.
pub fn sort_positions(positions: &mut [usize]) {
    sort_by_rank(positions, |&p| p as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A small linear congruential generator: many ties, long cycles.
        let mut state = 12345u64;
        for len in [0, 1, 2, 3, 10, 257, 4096] {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((state >> 33) % 17, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(rank, _)| rank);
            let mut sorted = items;
            sort_by_rank(&mut sorted, |&(rank, _)| rank);
            assert_eq!(sorted, expected, "{len} items");
        }
    }

    #[test]
    fn reverses_and_rotates() {
        let mut reversed: Vec<usize> = (0..9).rev().collect();
        sort_positions(&mut reversed);
        assert_eq!(reversed, (0..9).collect::<Vec<_>>());
        let mut rotated = vec![3, 4, 5, 0, 1, 2];
        sort_positions(&mut rotated);
        assert_eq!(rotated, [0, 1, 2, 3, 4, 5]);
    }
}
