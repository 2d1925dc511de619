//! Hooks for the outside world: the page's DOM, scrolling, keys, files and
//! full screen. Nothing here decides what to show; hooks feed actions to the
//! reducer, or carry what the state says into the page where re-rendering
//! would cost too much (marks that follow the pointer, scroll positions).

pub mod dialog_focus;
pub mod example_loader;
pub mod file_drop;
pub mod focus;
pub mod keys;
pub mod presentation;
pub mod progressive;
pub mod scroll;
pub mod session;
