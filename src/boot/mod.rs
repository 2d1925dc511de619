//! How the widget starts in a browser: static first, interactive after.
//!
//! The reader first sees a comparison that is plain HTML: the standalone page
//! is pre-rendered at build time (by [`prerender`], natively, with the same
//! components), and a script embed carries its copy inside its element. When
//! the wasm arrives (after first paint), the widget is rendered again, live,
//! into a detached element; once it shows its comparison it replaces the
//! static copy in one step, with the scroll positions and focus carried
//! over. Both copies come from the same components and props, so nothing
//! moves or flashes.
//!
//! The page's first module holds the reading view only; the first time the
//! reader edits, opens the versions view, Teach or Share, the full widget
//! (parallax-studio) is loaded and takes over the same way, from the live
//! widget, with what it shows handed over ([`handover`], [`later`]). Before
//! any wasm has arrived, the copy answers pointing, tapping and focus with a
//! small script of its own (web/quick.js), whose marks the live widget takes
//! over.
//!
//! This exchange is used instead of Yew's hydration because a script embed's
//! copy is made in the browser by the Share dialog, which cannot produce
//! hydration markers without the server renderer in the page's wasm, and
//! because a copy that does not match (a host that edited the embed code)
//! then simply gives way instead of failing.

pub mod carried;
pub mod handover;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

use serde::{Deserialize, Serialize};

use crate::app::examples::EXAMPLES;
use crate::app::permalink::Shared;
use crate::app::shared_comparison::SharedComparison;
use crate::app::Initial;
use crate::engine::Comparison;

/// The id of the element the standalone page's widget lives in.
pub const APP_ID: &str = "parallax-app";
/// The id of the JSON the pre-rendered page carries for the takeover.
pub const DATA_ID: &str = "parallax-data";

/// What the pre-rendered page hands to the live widget: the statements it
/// shows and their comparison (made at build time, natively).
#[derive(Serialize, Deserialize)]
pub struct PageData {
    /// The statements, options and lesson shown.
    pub shared: Shared,
    /// Their comparison, as the pre-rendered page shows it.
    pub comparison: Comparison,
    /// The bundled example they are, if they are one: the live widget
    /// opens as the example does (what it points out).
    #[serde(default)]
    pub example: Option<usize>,
}

impl From<PageData> for Initial {
    fn from(data: PageData) -> Self {
        let opening = data.example.and_then(|i| EXAMPLES.get(i)).map(|e| e.opening()).unwrap_or_default();
        let comparison = Some(SharedComparison::new(data.comparison));
        Initial { comparison, opening, example: data.example, ..Initial::from(data.shared) }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::{mount_embed, resume, start_page, use_keep};
#[cfg(all(target_arch = "wasm32", not(feature = "studio")))]
pub mod later;
#[cfg(target_arch = "wasm32")]
mod quick;
