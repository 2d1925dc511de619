//! The framing lens's claims, rendered as the page, the pre-rendered page
//! and the report render them (server-side, natively), checked against the
//! texts on every corpus pair and on invented pairs made to provoke each
//! false claim it once made: the line under each header ("Who speaks"), the
//! bars and their legends, and what each statement reports of each party.
//!
//! As in tests/story_claims.rs the checker reads the rendered text, and
//! recomputes every count and share from the texts and the result's
//! sentences.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{corpus, corpus_pairs, credited_to, meaningful, part, speaker, text_content, with_speakers, Facts};

use parallax::app::components::voices::{voice_line, Voices, VoicesProps};
use parallax::app::shared_comparison::SharedComparison;
use parallax::engine::concepts::BOTH;
use parallax::engine::{compare, Comparison, Options, Side};
use yew::prelude::*;
use yew::LocalServerRenderer;

const NAMES: [&str; 2] = ["Statement L", "Statement R"];

async fn voices(c: &Comparison) -> String {
    let props = VoicesProps {
        comparison: SharedComparison::new(c.clone()),
        labels: NAMES.map(AttrValue::from),
        dispatch: Callback::noop(),
    };
    LocalServerRenderer::<Voices>::with_props(props).hydratable(false).render().await
}

/// Properties of [`Lines`].
#[derive(Properties, PartialEq)]
struct LinesProps {
    comparison: SharedComparison,
}

/// The two lines under the statements' headers.
#[component]
fn Lines(props: &LinesProps) -> Html {
    html! { <>{ voice_line(&props.comparison, Side::Left) }{ "|" }{ voice_line(&props.comparison, Side::Right) }</> }
}

async fn lines(c: &Comparison) -> [String; 2] {
    let html = LocalServerRenderer::<Lines>::with_props(LinesProps { comparison: SharedComparison::new(c.clone()) }).hydratable(false).render().await;
    let text = text_content(&html);
    let (l, r) = text.split_once('|').unwrap();
    [l.to_owned(), r.to_owned()]
}

/// The markup between `from` and the first `to` after it.
fn between<'a>(html: &'a str, from: &str, to: &str) -> Option<&'a str> {
    let start = html.find(from)? + from.len();
    let end = html[start..].find(to).map_or(html.len(), |e| start + e);
    Some(&html[start..end])
}

/// The items of a list, as markup (their own attributes left out).
fn items(list: &str) -> Vec<&str> {
    list.split("<li").skip(1).map(|li| &li[li.find('>').map_or(0, |g| g + 1)..li.find("</li>").unwrap_or(li.len())]).collect()
}

/// The attributes of the shown parties: name as written, and the party.
fn party_of(shown: &str) -> &str {
    if shown == "both sides together" { BOTH } else { shown }
}

/// Checks the "Who speaks" lines, the bars' legends and what each
/// statement reports of each party, against `c`.
async fn check(c: &Comparison) {
    let facts = [Facts::new(&c.left), Facts::new(&c.right)];
    let known: Vec<Vec<usize>> = facts.iter().map(|f| (0..f.result.sentences.len()).filter(|&i| f.party(i).is_some()).collect()).collect();
    let html = voices(c).await;
    let lines = lines(c).await;
    if known.iter().all(Vec::is_empty) {
        assert_eq!(html, "", "nothing is said where nothing is attributed");
        assert_eq!(lines, [String::new(), String::new()]);
        return;
    }
    for (s, side) in facts.iter().enumerate() {
        let attributed = &known[s];
        let total: usize = attributed.iter().map(|&i| side.words[i]).sum();
        let mut parties: Vec<&str> = attributed.iter().filter_map(|&i| side.party(i)).collect();
        parties.sort();
        parties.dedup();
        let share = |p: &str| 100.0 * attributed.iter().filter(|&&i| side.party(i) == Some(p)).map(|&i| side.words[i]).sum::<usize>() as f64 / total as f64;
        let check_percent = |p: &str, stated: &str, what: &str| {
            let expected = share(p);
            match stated {
                "<1%" => assert!(expected > 0.0 && expected < 0.5, "{what}"),
                _ => {
                    let stated: f64 = stated.trim_end_matches('%').parse().unwrap_or_else(|_| panic!("{stated:?}: {what}"));
                    assert!((stated - expected).abs() <= 0.5 + 1e-9, "{p} {stated}%, really {expected:.1}%: {what}");
                }
            }
        };
        // The line under the header.
        let line = &lines[s];
        if attributed.is_empty() {
            assert_eq!(line, "", "a line where nothing is attributed");
        } else {
            let v = line.strip_prefix("Who speaks (").and_then(|l| l.split_once(" sentences attributed): ")).expect(line);
            assert_eq!(v.0, format!("{} of {}", attributed.len(), side.result.sentences.len()), "{line}");
            let mut listed = Vec::new();
            for item in v.1.split(", ") {
                if parties.len() == 1 {
                    listed.push(party_of(item));
                } else {
                    let (p, pct) = item.rsplit_once(' ').expect(line);
                    check_percent(party_of(p), pct, line);
                    listed.push(party_of(p));
                }
            }
            listed.sort();
            assert_eq!(listed, parties, "{line}");
        }
        // The bar and its legend.
        let block = between(&html, &format!("data-testid=\"voices-{}\"", ["left", "right"][s]), "data-testid=\"voices-right\"").unwrap();
        let block = &block[..block.find("class=\"px-credited\"").unwrap_or(block.len())];
        let text = text_content(block);
        if attributed.is_empty() {
            assert!(text.contains("Parallax attributes none of its sentences to a party."), "{text}");
            assert!(!block.contains("<svg"), "a bar with nothing in it: {text}");
            continue;
        }
        let (k, n) = part(between(&text, "Attributed to a party: ", "; of their words:").expect(&text));
        assert_eq!((k, n), (attributed.len(), side.result.sentences.len()), "{text}");
        let widths: f64 = block.match_indices(" width=\"").map(|(at, m)| between(&block[at..], m, "\"").unwrap().parse::<f64>().unwrap()).sum();
        let all_words = side.words.iter().sum::<usize>().max(1);
        assert!((widths - 100.0 * total as f64 / all_words as f64).abs() < 0.05 * parties.len() as f64, "the bar is not the attributed words: {widths}");
        let mut listed = Vec::new();
        let unplaced = side.result.sentences.iter().filter(|x| x.speaker.as_ref().is_some_and(|sp| sp.party.is_none())).count();
        let mut unplaced_said = 0;
        for item in items(between(block, "class=\"px-voice-legend\"", "</ul>").unwrap()).into_iter().map(text_content) {
            if let Some(v) = item.split_once(" more sentence") {
                unplaced_said = v.0.parse().unwrap();
                continue;
            }
            let (p, rest) = item.split_once(": ").expect(&item);
            let party = *parties.iter().find(|q| **q == party_of(p)).unwrap_or_else(|| panic!("{p} is given no sentence: {item}"));
            let (amount, speakers) = rest.split_once(" (").map_or((rest, None), |(a, s)| (a, Some(s.trim_end_matches(')'))));
            if parties.len() == 1 {
                assert_eq!(amount, "all of them", "{item}");
            } else {
                check_percent(party, amount, &item);
            }
            for name in speakers.into_iter().flat_map(|s| s.split(", ")) {
                let named = side.result.sentences.iter().any(|x| x.speaker.as_ref().is_some_and(|sp| sp.name == name && sp.party.as_deref() == Some(party)));
                assert!(named, "{name:?} is not a speaker of {party}: {item}");
            }
            listed.push(party);
        }
        listed.sort();
        assert_eq!(listed, parties, "{text}");
        assert_eq!(unplaced_said, unplaced, "{text}");
    }
    // What each statement reports of each party.
    let Some(list) = between(&html, "class=\"px-credited\"", "</ul>") else {
        assert!(!html.contains("according to each statement"), "a heading over nothing");
        return;
    };
    for li in list.split("<li").skip(1) {
        let party = between(li, "data-party=\"", "\"").unwrap();
        let text = text_content(&li[li.find('>').unwrap() + 1..li.find("</li>").unwrap()]);
        let mut rest = text.strip_prefix(&format!("{party}, ")).expect(&text).strip_suffix('.').expect(&text);
        for (s, side) in facts.iter().enumerate() {
            let label = NAMES[s];
            let of_party: Vec<usize> = (0..side.result.sentences.len())
                .filter(|&i| side.party(i) == Some(party) && meaningful(side.result.slice(side.result.sentences[i].range), side.result.lang))
                .collect();
            if let Some(r) = rest.strip_prefix(&format!("according to {label}: ")) {
                rest = r;
                let mut shown = 0;
                while let Some(r) = rest.strip_prefix('“') {
                    let end = r.find('”').expect(&text);
                    let quote = r[..end].trim_end_matches(" …");
                    assert!(quote.split(' ').count() >= 2, "“{quote}” is a bare word: {text}");
                    let found = side.find(quote, &text);
                    assert!(found.iter().any(|&at| credited_to(side, at, party)), "“{quote}” is not {label}'s words of {party}, with its attribution: {text}");
                    shown += 1;
                    rest = &r[end + '”'.len_utf8()..];
                    rest = rest.strip_prefix(" · ").unwrap_or(rest);
                }
                if let Some(r) = rest.strip_prefix(" and ") {
                    let (n, r) = r.split_once(" more sentence").expect(&text);
                    shown += n.parse::<usize>().unwrap();
                    rest = r.strip_prefix('s').unwrap_or(r);
                }
                assert_eq!(shown, of_party.len(), "{label} reports {party} in {} sentences: {text}", of_party.len());
            } else if let Some(r) = rest.strip_prefix(&format!("{label} credits it with nothing")) {
                rest = r;
                let every = side.result.sentences.iter().enumerate().all(|(i, _)| side.party(i).is_some_and(|p| p != party && p != BOTH));
                assert!(every, "{label} may credit {party}: not every sentence is attributed to another: {text}");
            } else if let Some(r) = rest.strip_prefix(&format!("in {label}, no sentence attributed to any party")) {
                rest = r;
                assert!(known[s].is_empty(), "{text}");
            } else {
                let jointly = side.result.sentences.iter().enumerate().any(|(i, _)| side.party(i) == Some(BOTH));
                let alone = if jointly { " alone" } else { "" };
                let v = rest.strip_prefix(&format!("in {label}, no sentence attributed to it{alone} (Parallax attributes ")).and_then(|r| r.split_once(')')).expect(&text);
                assert_eq!(v.0, format!("{} of {}", known[s].len(), side.result.sentences.len()), "{text}");
                assert!(of_party.is_empty(), "{text}");
                rest = v.1;
            }
            if s == 0 {
                rest = rest.strip_prefix("; ").expect(&text);
            }
        }
        assert_eq!(rest, "", "{text}");
    }
}

#[tokio::test]
async fn every_claim_of_the_framing_lens_on_every_corpus_pair_is_true() {
    for (a, b) in corpus_pairs() {
        let (ta, tb) = (corpus(&a), corpus(&b));
        for (l, r) in [(&ta, &tb), (&tb, &ta)] {
            check(&compare(l, r, &Options::default())).await;
        }
    }
}

#[tokio::test]
async fn a_statement_credits_a_party_with_nothing_only_where_every_sentence_is_attributed() {
    let l = "President Xi said that the talks were useful. President Putin, in turn, focused on energy supplies.";
    let r = "President Putin said that energy supplies matter. President Putin added that talks will go on.";
    let c = compare(l, r, &Options::default());
    let xi = speaker(l, 0, "President Xi", Some("China"), "the talks");
    let putin = |from: usize, said: &str| speaker(r, from, "President Putin", Some("Russia"), said);
    let c = with_speakers(c, Side::Right, vec![Some(putin(0, "energy")), Some(putin(10, "talks"))]);
    // Putin's "in turn" sentence left unattributed: Parallax found nothing of Russia there, and says so as its own finding.
    let partial = with_speakers(c.clone(), Side::Left, vec![Some(xi.clone()), None]);
    check(&partial).await;
    let text = text_content(&voices(&partial).await);
    assert!(!text.contains("Statement L credits it with nothing"), "{text}");
    // The right, every sentence of it Russia's, does credit China with nothing.
    assert!(text.contains("China, according to Statement L: “President Xi said that the talks were useful”; Statement R credits it with nothing."), "{text}");
    assert!(text.contains("Russia, in Statement L, no sentence attributed to it (Parallax attributes 1 of 2); according to Statement R: "), "{text}");
    // Every sentence of the left attributed, to China: then it is the text's doing.
    let whole = with_speakers(c, Side::Left, vec![Some(xi.clone()), Some(speaker(l, 0, "President Putin", Some("China"), "focused"))]);
    check(&whole).await;
    assert!(text_content(&voices(&whole).await).contains("Statement L credits it with nothing"));
}

#[tokio::test]
async fn no_heading_over_an_empty_list_and_no_bar_where_nothing_is_attributed() {
    let l = "The two sides discussed trade. The two sides agreed to meet again.";
    let r = "Trade was discussed.";
    let c = compare(l, r, &Options::default());
    let both = |from: usize, verb: &str| speaker(l, from, "The two sides", Some(BOTH), verb);
    let c = with_speakers(c, Side::Left, vec![Some(both(0, "discussed")), Some(both(10, "agreed"))]);
    let c = with_speakers(c, Side::Right, vec![None]);
    check(&c).await;
    let html = voices(&c).await;
    assert!(!html.contains("px-credited") && !html.contains("according to each statement") && !html.contains("credited with saying"), "{html}");
    assert!(text_content(&html).contains("Parallax attributes none of its sentences to a party."));
    assert_eq!(lines(&c).await[1], "", "no line for a statement with nothing attributed");
}

#[tokio::test]
async fn a_speech_citing_one_party_once_is_not_shown_as_that_partys_words() {
    let speech = "We will defend our country. We ask our partners for help. NATO says the door is open. We are grateful.";
    let c = compare(speech, "The alliance met in Brussels.", &Options::default());
    let nato = speaker(speech, 0, "NATO", Some("NATO"), "the door");
    let c = with_speakers(c, Side::Left, vec![None, None, Some(nato), None]);
    let c = with_speakers(c, Side::Right, vec![None]);
    check(&c).await;
    assert_eq!(lines(&c).await[0], "Who speaks (1 of 4 sentences attributed): NATO");
    let text = text_content(&voices(&c).await);
    assert!(!text.contains("0%") && !text.contains("unattributed") && !text.contains("100%"), "{text}");
}

#[tokio::test]
async fn a_party_given_a_sliver_of_the_words_is_never_shown_at_0_percent() {
    let long = format!("Minister Ortega said that {}. Minister Ruiz agreed.", "the harvest of the northern valleys was good ".repeat(90).trim_end());
    let c = compare(&long, "The harvest was good.", &Options::default());
    let ortega = speaker(&long, 0, "Minister Ortega", Some("Sylvania"), "the harvest");
    let ruiz = speaker(&long, 0, "Minister Ruiz", Some("Freedonia"), "agreed");
    let c = with_speakers(c, Side::Left, vec![Some(ortega), Some(ruiz)]);
    check(&c).await;
    let line = &lines(&c).await[0];
    assert!(line.ends_with("Sylvania 99%, Freedonia <1%") || line.ends_with("Sylvania 100%, Freedonia <1%"), "{line}");
}
