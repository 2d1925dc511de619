//! The script embed's pre-rendered copy: the widget exactly as the embed
//! shows it, rendered here in the page (in a detached element) from the
//! comparison on screen. The Share dialog puts it into the embed code, so a
//! host page shows the highlighted comparison at once, and without JavaScript;
//! the embed's script later takes over from it without a visible change.

use yew::prelude::*;

use super::{App, AppProps, EmbedView, Initial};

/// The markup of the embed for `initial` (which must carry its comparison),
/// linking to `page_url`; `None` until it is rendered.
#[hook]
pub fn use_embed_markup(initial: Option<Initial>, page_url: AttrValue) -> Option<String> {
    let markup = use_state(|| None::<(Option<Initial>, String)>);
    {
        let markup = markup.clone();
        use_effect_with((initial.clone(), page_url), move |(initial, page_url)| {
            let app = initial.clone().map(|initial| {
                let root = gloo::utils::document().create_element("div").expect("a div");
                let on_ready = {
                    let (root, made_for) = (root.clone(), Some(initial.clone()));
                    Callback::from(move |shows_comparison: bool| {
                        if shows_comparison {
                            markup.set(Some((made_for.clone(), root.inner_html())));
                        }
                    })
                };
                let embed = Some(EmbedView { controls: false, page_url: page_url.clone() });
                let props = AppProps { initial: Some(initial), embed, on_ready: Some(on_ready), ..AppProps::default() };
                yew::Renderer::<App>::with_root_and_props(root, props).render()
            });
            move || {
                if let Some(app) = app {
                    app.destroy();
                }
            }
        });
    }
    match &*markup {
        Some((made_for, html)) if *made_for == initial => Some(html.clone()),
        _ => None,
    }
}
