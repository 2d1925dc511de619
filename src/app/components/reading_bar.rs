//! What an embed shows above the statements instead of the toolbar: a way
//! out to the full Parallax, where the reader can edit, teach or share.

use yew::prelude::*;

/// Properties of [`ReadingBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReadingBarProps {
    /// The comparison in the standalone page (a permalink), or `None` when
    /// the texts are too long for a link.
    pub open_url: Option<AttrValue>,
}

/// "Open in Parallax", for a reader who wants more than to read.
#[component]
pub fn ReadingBar(props: &ReadingBarProps) -> Html {
    html! {
        <div class="px-reading-bar">
            if let Some(url) = &props.open_url {
                <a class="px-button" href={url.clone()} target="_blank" rel="noopener" data-testid="open-in-parallax">
                    { "Open in Parallax ↗" }
                </a>
            }
        </div>
    }
}
