//! Rendering long texts in blocks: what is on screen first, then the rest a
//! block per task, so no task holds the page for long and the reader can
//! point, scroll and press keys while the rest fills in.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::shared_comparison::SharedComparison;
use crate::app::view::Layout;

/// Blocks rendered at once: more than a tall screen shows.
const FIRST_BLOCKS: usize = 2;

/// Prepares `comparison`'s derived views (navigation stops, rows) in a task
/// of their own once it is on screen, rather than on the first key press.
#[hook]
pub fn use_prepared(comparison: Option<SharedComparison>) {
    use_effect_with(comparison, |comparison| {
        let comparison = comparison.clone();
        let task = comparison.map(|c| Timeout::new(0, move || c.prepare()));
        move || drop(task)
    });
}

/// How many of the `total` blocks of `comparison` in `layout` to render
/// now, and a callback that renders all of them at the next render (before
/// printing or saving the page).
#[hook]
pub fn use_progressive_blocks(comparison: Option<SharedComparison>, layout: Layout, total: usize) -> (usize, Callback<()>) {
    use_progressive((comparison, layout), total, FIRST_BLOCKS)
}

/// How many of the `total` blocks of whatever `key` names to render now:
/// `first` at once, then one more per task; and a callback that renders all
/// of them at the next render. A new key starts again from `first`.
#[hook]
pub fn use_progressive<K: PartialEq + Clone + 'static>(key: K, total: usize, first: usize) -> (usize, Callback<()>) {
    let shown = use_state(|| (key.clone(), first));
    let count = if shown.0 == key { shown.1 } else { first }.min(total);
    {
        let shown = shown.clone();
        use_effect_with((key.clone(), count, total), move |(key, count, total)| {
            let (key, count, total) = (key.clone(), *count, *total);
            let next = (count < total).then(|| Timeout::new(0, move || shown.set((key, count + 1))));
            move || drop(next)
        });
    }
    let finish = {
        let shown = shown.clone();
        use_callback((key, total), move |_, (key, total)| shown.set((key.clone(), *total)))
    };
    (count, finish)
}
