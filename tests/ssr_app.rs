//! Server-side renders of the whole widget: structure, text and escaping,
//! checked natively without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::text_content;

use parallax::app::statement::Statement;
use parallax::app::{App, AppProps, Initial};
use yew::{LocalServerRenderer, ServerRenderer};

async fn render(props: AppProps) -> String {
    LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// The text content of the first `div` whose opening tag contains `marker`
/// (its nested `div`s included).
fn text_of(html: &str, marker: &str) -> String {
    let start = html.find(marker).unwrap_or_else(|| panic!("{marker} not rendered"));
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let mut depth = 1;
    let mut at = open_end;
    let close = loop {
        let next_open = html[at..].find("<div").map(|i| at + i);
        let next_close = at + html[at..].find("</div>").expect("an unclosed div");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 4;
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    break next_close;
                }
                at = next_close + 6;
            }
        }
    };
    text_content(&html[open_end..close])
}

fn statement(label: &str, text: &str) -> Statement {
    Statement { label: label.into(), text: text.into(), ..Statement::default() }
}

#[tokio::test]
async fn example_renders_both_panes_with_every_character() {
    let html = render(AppProps::default()).await;
    assert!(html.contains("px-pane-left") && html.contains("px-pane-right"));
    assert!(html.contains("China — Ministry of Foreign Affairs"));
    assert!(html.contains("Russia — Ministry of Foreign Affairs (via TASS)"));
    let left = include_str!("../examples/cn-mfa.txt");
    let right = include_str!("../examples/ru-mid-tass.txt");
    assert_eq!(text_of(&html, "class=\"px-text\""), left);
    let right_at = html.find("px-pane-right").unwrap();
    assert_eq!(text_of(&html[right_at..], "class=\"px-text\""), right);
}

#[tokio::test]
async fn example_pairs_the_russian_praise_with_lavrovs() {
    let html = render(AppProps::default()).await;
    let right_at = html.find("px-pane-right").unwrap();
    let (left, right) = html.split_at(right_at);
    // The headline pair shares no phrase of two meaningful words; what it
    // shares is the praise: the Russian statement's first sentence and
    // Lavrov's in the Chinese readout are one sentence pair.
    let pair_of = |html: &str, opening: &str| {
        let at = html.find(opening).unwrap_or_else(|| panic!("{opening} not rendered"));
        let attribute = html[..at].rfind(" data-sentence=").expect("a sentence element");
        let open = html[..attribute].rfind("<span").expect("a sentence element");
        let tag = &html[open..open + html[open..].find('>').unwrap()];
        tag.split("data-pair=\"").nth(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned())
    };
    let russian = pair_of(right, "The Russian side highly praised").expect("the Russian praise is paired");
    assert_eq!(pair_of(left, "Lavrov said that Russia fully recognizes").as_deref(), Some(russian.as_str()));
    assert!(html.contains("data-testid=\"summary\""));
}

#[tokio::test]
async fn shared_phrases_are_highlighted_on_both_sides() {
    let tass = "The Russian side highly praised the measures being taken by China against the spread of the disease caused by coronavirus.";
    let sputnik = "The Russian side praised the measures taken by China to combat the spread of the disease caused by the Corona virus.";
    let props = AppProps {
        initial: Some(Initial { left: statement("TASS", tass), right: statement("Sputnik", sputnik), ..Initial::default() }),
        ..AppProps::default()
    };
    let html = render(props).await;
    let right_at = html.find("px-pane-right").unwrap();
    let (left, right) = html.split_at(right_at);
    let shared = |html: &str| html.contains("class=\"px-span px-shared") || html.contains("class=\"px-span px-moved");
    assert!(shared(left), "no shared phrase on the left");
    assert!(shared(right), "no shared phrase on the right");
    // Spoken labels say the words shown, then what the underline means.
    assert!(html.contains(": shared phrase"), "highlights carry spoken labels");
    assert!(!html.contains("aria-label=\"shared phrase"), "a spoken label drops the words it stands for");
}

#[tokio::test]
async fn markup_in_texts_and_labels_is_shown_as_text() {
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let props = AppProps {
        initial: Some(Initial {
            left: Statement { source: "javascript:alert(3)".into(), ..statement(payload, &format!("Left {payload} text.")) },
            right: statement("<b>Right</b>", &format!("Right {payload} text.")),
            ..Initial::default()
        }),
        ..AppProps::default()
    };
    let html = render(props).await;
    assert!(!html.contains("<script>"), "a script tag was rendered");
    assert!(!html.contains("<img"), "an img tag was rendered");
    assert!(!html.contains("<b>Right"), "markup in a label was rendered");
    assert!(!html.contains("javascript:"), "a javascript: link was rendered");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn an_empty_side_opens_the_editor_with_a_prompt() {
    let props = AppProps {
        initial: Some(Initial {
            left: statement("A", "Some text here."),
            right: statement("B", ""),
            ..Initial::default()
        }),
        ..AppProps::default()
    };
    let html = render(props).await;
    assert!(html.contains("data-testid=\"text-right\""), "editor not shown");
    assert!(html.contains("Paste the right statement here"));
}

#[tokio::test]
async fn the_server_rendered_report_is_self_contained_and_highlighted() {
    use parallax::app::components::report_view::render_report;
    let initial = Initial {
        left: statement("China <MFA>", include_str!("../examples/cn-mfa.txt")),
        right: statement("Russia", include_str!("../examples/ru-mid-tass.txt")),
        options: parallax::engine::Options { min_phrase: 2, ..Default::default() },
        ..Initial::default()
    };
    let html = render_report(initial).await;
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<title>China &lt;MFA&gt; and Russia: two statements compared</title>"));
    assert!(html.contains("class=\"px-span px-moved"), "no highlights in the report");
    assert!(html.contains("px-legend") && html.contains("data-testid=\"summary\""));
    assert!(!html.contains("<script") && !html.contains("class=\"px-toolbar"), "the report carries controls or scripts");
}

#[tokio::test]
async fn a_result_cut_short_says_where_in_the_summary() {
    use parallax::app::components::summary::{Summary, SummaryProps};
    use parallax::app::shared_comparison::SharedComparison;
    use parallax::engine::{compare_within, Budget, Options};
    let l = "The ministers discussed trade ties in detail. Both praised the new agreement warmly.";
    let r = "Both praised the new agreement warmly. The ministers discussed trade ties in detail.";
    let html = ServerRenderer::<Summary>::with_props(move || SummaryProps {
        comparison: SharedComparison::new(compare_within(l, r, &Options::default(), Budget { order_ms: 0, word_diff_ms: 0 })),
        labels: ["Left".into(), "Right".into()],
        pinned: None,
        term: None,
        dispatch: yew::Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains("data-testid=\"limit\""), "{html}");
    assert!(html.contains("Time ran out while ordering sentence"), "{html}");
}

/// Every `href="#…"` of a link in `html`, and whether the element it names is there.
fn anchors(html: &str) -> Vec<(String, bool)> {
    html.match_indices("href=\"#")
        .map(|(at, m)| {
            let id = &html[at + m.len()..at + m.len() + html[at + m.len()..].find('"').unwrap()];
            (id.to_owned(), html.contains(&format!("id=\"{id}\"")))
        })
        .collect()
}

#[tokio::test]
async fn the_example_shows_who_speaks_and_tells_the_comparison_in_plain_words() {
    use parallax::app::examples::first_from_source;
    let initial = first_from_source();
    let c = initial.comparison.clone().expect("compared natively");
    let html = render(AppProps::default()).await;
    // Chips where attributed runs open, from the engine's speakers.
    let lavrov = c.left.sentences.iter().position(|s| s.speaker.as_ref().is_some_and(|sp| sp.name == "Lavrov")).unwrap();
    assert!(html.contains(&format!("id=\"px-left-s{lavrov}\" data-sentence=\"{lavrov}\" data-pair=\"0\" data-speaker=\"Lavrov · Russia\"")), "{html}");
    assert!(html.contains("data-speaker=\"The Russian side · Russia\""));
    // Of the words China's readout attributes to a party, Russia's side has this share, in the story and in the legend of its bar.
    let russia = c.left.voices.iter().find(|v| v.party.as_deref() == Some("Russia")).unwrap();
    let attributed: usize = c.left.voices.iter().filter(|v| v.party.is_some()).map(|v| v.words).sum();
    let sentences: usize = c.left.voices.iter().filter(|v| v.party.is_some()).map(|v| v.sentences.len()).sum();
    let percent = format!("{:.0}%", 100.0 * russia.words as f64 / attributed as f64);
    // Lavrov is introduced as Russia's foreign minister; the list is the engine's own.
    assert!(russia.speakers.iter().any(|s| s == "Lavrov"), "{:?}", russia.speakers);
    let names = russia.speakers.join(", ");
    let story = text_of(&html.replace("<p class=\"px-story\"", "<div class=\"px-story\"").replace("</p>", "</div>"), "class=\"px-story\"");
    // The paragraph names each statement by who speaks in its label.
    assert!(story.starts_with(&format!("China has {} words, Russia {}", c.left.metrics.words, c.right.metrics.words)), "{story}");
    let of = format!("{sentences} of the {} sentences of China to a party", c.left.sentences.len());
    assert!(story.contains(&of) && story.contains(&format!("Russia {percent} ({names})")), "{story}");
    let legend = text_of(&html, "data-testid=\"voices-left\"");
    assert!(legend.contains(&format!("Attributed to a party: {sentences} of the {} sentences; of their words:", c.left.sentences.len())), "{legend}");
    assert!(legend.contains(&format!("Russia: {percent} ({names})")), "{legend}");
    // What each statement reports of Russia, each quotation a link to its sentence.
    let links = anchors(&html);
    assert!(links.len() >= 10, "{links:?}");
    assert!(links.iter().all(|(_, found)| *found), "links to nowhere: {links:?}");
    assert!(html.contains("<strong>Russia</strong>, <span class=\"px-according\">according to China — Ministry of Foreign Affairs: "), "{html}");
}

#[tokio::test]
async fn the_report_tells_the_comparison_with_anchors_to_its_sentences() {
    use parallax::app::components::report_view::render_report;
    let html = render_report(parallax::app::examples::first_from_source()).await;
    assert!(html.contains("class=\"px-story\""));
    assert!(html.contains("px-voice-bar"));
    let links = anchors(&html);
    assert!(!links.is_empty() && links.iter().all(|(_, found)| *found), "{links:?}");
}

#[tokio::test]
async fn the_legend_explains_speaker_chips_only_where_someone_speaks() {
    let chip = "data-speaker=\"Name · party\"";
    assert!(render(AppProps::default()).await.contains(chip));
    let plain = AppProps {
        initial: Some(Initial {
            left: statement("A", "Trade grew in May. Exports rose sharply."),
            right: statement("B", "Exports rose sharply in May. Imports fell."),
            ..Initial::default()
        }),
        ..AppProps::default()
    };
    let html = render(plain).await;
    assert!(!html.contains(chip) && !html.contains("data-speaker="), "a speaker was guessed");
}

/// A pair whose sentences stand in two paragraphs on one side is shown on
/// one aligned row with its paragraph break, never glued ("…with the
/// President" + "Vladimir Putin said…" is not "PresidentVladimir").
#[tokio::test]
async fn sentences_joined_on_a_row_keep_their_paragraph_break() {
    use parallax::app::components::rows_block::{RowsBlock, RowsBlockProps};
    use parallax::app::components::sentence::Look;
    use parallax::app::shared_comparison::SharedComparison;
    use parallax::app::view::Granularity;
    use parallax::engine::{compare, Options};

    let left = "The Chinese leader held a telephone conversation with the Russian President Vladimir Putin, who said that the two countries will expand trade and energy cooperation this year.\n";
    let right = "The Chinese leader held a telephone conversation with the Russian President.\n\nVladimir Putin said that the two countries will expand trade and energy cooperation this year.\n";
    let c = compare(left, right, &Options::default());
    assert!(c.pairs.iter().any(|p| p.right == [0, 1]), "a one-to-two pair: {:?}", c.pairs);
    let comparison = SharedComparison::new(c);
    let look = |other: &str| Look {
        granularity: Granularity::Word,
        other_name: other.to_owned().into(),
        fold_trailing_breaks: true,
        chip_every_sentence: true,
    };
    let rows = 0..comparison.rows().len();
    let props = RowsBlockProps {
        comparison,
        rows,
        looks: [look("right"), look("left")],
        notes: Vec::new(),
        questions: Vec::new(),
        current: None,
        presenting: false,
    };
    let html = LocalServerRenderer::<RowsBlock>::with_props(props).hydratable(false).render().await;
    let cell = &html[html.find("px-cell-right").unwrap()..];
    let first = cell.find("President").unwrap();
    let between = &cell[first..cell.find("Vladimir").unwrap()];
    assert!(between.contains("\n\n"), "the break is kept: {between:?}");
    assert!(!between.contains("px-fold"), "the break between the row's sentences is not folded: {between:?}");
}

#[tokio::test]
async fn a_side_says_why_it_lists_no_terms_across_languages_or_in_chinese() {
    use parallax::app::components::report_view::render_report;
    let initial = Initial {
        left: statement("China", "中方愿同埃方加强合作。中方支持埃方立场。双方同意保持沟通。"),
        right: statement("Egypt", "Egypt and China agreed to strengthen cooperation. China supports Egypt's position."),
        ..Initial::default()
    };
    let html = render_report(initial).await;
    for side in ["left", "right"] {
        let terms = text_of(&html, &format!("data-testid=\"terms-{side}\""));
        assert!(terms.contains("Terms are compared within one language; these statements are in two."), "{terms}");
    }
    let chinese = Initial {
        left: statement("China", "中方愿同埃方加强合作。中方支持埃方立场。双方同意保持沟通。"),
        right: statement("China again", "中方愿同埃方深化合作。中方支持埃方立场。"),
        ..Initial::default()
    };
    let html = render_report(chinese).await;
    let terms = text_of(&html, "data-testid=\"terms-left\"");
    assert!(terms.contains("Terms are not listed for Chinese"), "{terms}");
    assert!(!html.contains("px-term-chip"), "a character listed as a term");
}
