//! Rendering long texts in blocks: what is on screen first, then the rest a
//! block per task, so no task holds the page for long and the reader can
//! point, scroll and press keys while the rest fills in; and, leaving them,
//! taking them out the same way.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::shared_comparison::SharedComparison;
use crate::app::view::Layout;

/// Blocks rendered at once: more than a tall screen shows.
pub const FIRST_BLOCKS: usize = 2;

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
            if count >= total && shown.0 != key {
                // What was shown before is forgotten (the panes left for the
                // editor, say), so coming back fills in anew from the top.
                shown.set((key.clone(), count));
            }
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

/// Blocks taken out per task from panes being left.
const DRAIN_BLOCKS: usize = 8;

/// The panes of a pair just left (for the versions view, say), and how
/// many of their blocks are still in the page: hidden at once, they are
/// taken out a few blocks per task, as they came in, rather than all in one
/// long task. `shown` is the pair on screen, with `layout` and `blocks`.
#[hook]
pub fn use_draining(shown: Option<SharedComparison>, layout: Layout, blocks: usize) -> Option<(SharedComparison, Layout, usize)> {
    let last = use_mut_ref(|| None::<(SharedComparison, Layout, usize)>);
    let redraw = use_force_update();
    let draining = match shown {
        Some(c) => {
            *last.borrow_mut() = Some((c, layout, blocks));
            None
        }
        None => {
            let mut last = last.borrow_mut();
            if last.as_ref().is_some_and(|(_, _, n)| *n == 0) {
                *last = None;
            }
            last.clone()
        }
    };
    use_effect_with(draining.as_ref().map(|(_, _, n)| *n), move |n| {
        let step = n.map(|_| {
            Timeout::new(0, move || {
                if let Some((_, _, n)) = last.borrow_mut().as_mut() {
                    *n = n.saturating_sub(DRAIN_BLOCKS);
                }
                redraw.force_update();
            })
        });
        move || drop(step)
    });
    draining
}
