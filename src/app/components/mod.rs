//! Small function components; each gets props and emits actions.

pub mod dialog;
pub mod editor;
pub mod header;
pub mod help;
pub mod keeping;
pub mod legend;
pub mod lesson_panel;
pub mod notices;
pub mod options;
pub mod panes;
pub mod presenter;
pub mod progress;
pub mod reading_bar;
pub mod restore;
pub mod report_view;
pub mod rows_block;
pub mod sentence;
pub mod share;
pub mod story;
pub mod summary;
pub mod toolbar;
pub mod version_editing;
pub mod version_text;
pub mod versions_bar;
pub mod versions_view;
pub mod voices;
