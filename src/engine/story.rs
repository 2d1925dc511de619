//! The comparison told in plain words: a short paragraph, built from the
//! result alone (no model, no randomness), in which every claim quotes or
//! points at the text it comes from, so a reader can check it.
//!
//! What it says, in order: how long each statement is; what both say (the
//! longest shared phrases, the closest sentence pair); what only each says
//! (the words each uses far more, a sentence only it has); who is given
//! voice (each party's share of the words) and what each party is credited
//! with saying in both statements.

use serde::{Deserialize, Serialize};

use super::concepts::BOTH;
use super::model::{ByteRange, Comparison, SideResult};
use super::options::Side;

/// Longest excerpt quoted from a sentence, in words.
const EXCERPT_WORDS: usize = 14;
/// Shared phrases named, longest first.
const PHRASES_NAMED: usize = 3;
/// Distinctive terms named per side.
const TERMS_NAMED: usize = 3;

/// A piece of a claim: plain words, or a quotation of one statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Piece {
    /// Plain words.
    Text(String),
    /// The words of `range` on `side`; `cut` when the quotation stops before
    /// the end of what it quotes (shown with an ellipsis).
    Quote {
        /// The statement quoted.
        side: Side,
        /// The words quoted, in that statement's text.
        range: ByteRange,
        /// The quotation stops before the end of what it quotes.
        cut: bool,
    },
}

/// One sentence of the paragraph.
pub type Claim = Vec<Piece>;

fn text(s: impl Into<String>) -> Piece {
    Piece::Text(s.into())
}

/// A quotation of at most [`EXCERPT_WORDS`] words from the start of `range`
/// (public so the UI quotes excerpts exactly as the story does).
pub fn quote(side: Side, result: &SideResult, range: ByteRange) -> Piece {
    let words = result.slice(range);
    let mut end = range.end;
    let mut seen = 0;
    let mut in_word = false;
    for (i, ch) in words.char_indices() {
        let word_char = !ch.is_whitespace();
        if word_char && !in_word {
            seen += 1;
            if seen > EXCERPT_WORDS {
                end = range.start + words[..i].trim_end().len();
                break;
            }
        }
        in_word = word_char;
    }
    // Quote words, not the sentence's closing punctuation.
    let body = result.slice(ByteRange::new(range.start, end));
    let trimmed = body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'));
    Piece::Quote { side, range: ByteRange::new(range.start, range.start + trimmed.len()), cut: end < range.end }
}

/// "a", "a and b", "a, b and c" from pieces.
fn list(items: Vec<Piece>) -> Vec<Piece> {
    let n = items.len();
    let mut out = Vec::with_capacity(2 * n);
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(text(if i + 1 == n { " and " } else { ", " }));
        }
        out.push(item);
    }
    out
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".into();
    }
    format!("{:.0}%", 100.0 * part as f64 / whole as f64)
}

/// The comparison in plain words. `labels` name the two statements as the
/// reader knows them ("China's readout"); empty labels become "the left
/// statement" and "the right statement". A label of the form "Who — source"
/// is shortened to "Who" when the two differ there, so a paragraph that
/// names each statement a dozen times stays readable ("Russia, according to
/// China: …").
pub fn story(c: &Comparison, labels: [&str; 2]) -> Vec<Claim> {
    let who = labels.map(|l| l.split(" — ").next().unwrap_or("").trim());
    let labels = if who.iter().all(|w| !w.is_empty()) && who[0] != who[1] { who } else { labels };
    let name = |side: Side| match (labels[side as usize].trim(), side) {
        ("", Side::Left) => "the left statement".to_owned(),
        ("", Side::Right) => "the right statement".to_owned(),
        (label, _) => label.to_owned(),
    };
    let (a, b) = (name(Side::Left), name(Side::Right));
    let mut claims: Vec<Claim> = Vec::new();

    // How long each is.
    let (wa, wb) = (c.left.metrics.words, c.right.metrics.words);
    let mut length = format!("{a} has {wa} words, {b} {wb}");
    let (long, short, ratio) = if wa >= wb { (&a, &b, wa as f64 / wb.max(1) as f64) } else { (&b, &a, wb as f64 / wa.max(1) as f64) };
    if ratio >= 1.5 && wa.min(wb) > 0 {
        // Whole numbers from ten times up; below, one decimal, so 221 words
        // against 130 reads "1.7 times", not "2 times".
        let times = if ratio >= 10.0 { format!("{ratio:.0}") } else { format!("{ratio:.1}").trim_end_matches(".0").to_owned() };
        length += &format!(": {long} is {times} times as long as {short}");
    }
    claims.push(vec![text(length + ".")]);

    // What both say.
    let phrases: Vec<Piece> = c
        .metrics
        .phrases_by_length
        .iter()
        .take(PHRASES_NAMED)
        .filter_map(|&p| c.phrases.get(p)?.left.first().map(|&r| quote(Side::Left, &c.left, r)))
        .collect();
    if phrases.is_empty() {
        claims.push(vec![text("They share no phrase of two meaningful words.")]);
    } else {
        let mut claim = vec![text("Both say ")];
        claim.extend(list(phrases));
        claim.push(text("."));
        claims.push(claim);
    }
    let paired = |s: &SideResult| s.sentences.iter().filter(|x| x.pair.is_some()).count();
    match c.pairs.iter().max_by(|x, y| x.similarity.total_cmp(&y.similarity)) {
        None => claims.push(vec![text("No sentence of one corresponds to a sentence of the other.")]),
        Some(best) => {
            let first = |side: &SideResult, s: &[usize]| side.sentences[s[0]].range;
            claims.push(vec![
                text(format!(
                    "{} of the {} of {a} {} a counterpart in {b}; the closest: ",
                    paired(&c.left),
                    count(c.left.sentences.len(), "sentence"),
                    if paired(&c.left) == 1 { "has" } else { "have" }
                )),
                quote(Side::Left, &c.left, first(&c.left, &best.left)),
                text(" and "),
                quote(Side::Right, &c.right, first(&c.right, &best.right)),
                text("."),
            ]);
        }
    }

    // What only each says.
    for side in [Side::Left, Side::Right] {
        let (me, other) = (name(side), name(side.other()));
        let result = c.side(side);
        let terms: Vec<Piece> = result
            .distinctive
            .iter()
            .take(TERMS_NAMED)
            .filter_map(|t| t.occurrences.first().map(|&r| Piece::Quote { side, range: r, cut: false }))
            .collect();
        if !terms.is_empty() {
            let mut claim = vec![text(format!("Words {me} uses far more than {other}: "))];
            claim.extend(list(terms));
            claim.push(text("."));
            claims.push(claim);
        }
        // The longest sentence only this side has (the first of equals).
        let words = |s: &super::model::Sentence| result.slice(s.range).split_whitespace().count();
        let alone = result.sentences.iter().filter(|s| s.pair.is_none()).max_by(|x, y| words(x).cmp(&words(y)).then(y.range.start.cmp(&x.range.start)));
        if let Some(alone) = alone {
            let unpaired = result.sentences.iter().filter(|s| s.pair.is_none()).count();
            claims.push(vec![
                text(format!("{me} has {} with no counterpart in {other}, such as ", count(unpaired, "sentence"))),
                quote(side, result, alone.range),
                text("."),
            ]);
        }
    }

    // Who is given voice, and what each party is credited with saying.
    for side in [Side::Left, Side::Right] {
        let result = c.side(side);
        let given: Vec<_> = result.voices.iter().filter(|v| v.party.is_some() && v.words > 0).collect();
        if given.is_empty() {
            claims.push(vec![text(format!("{} credits no one by name.", name(side)))]);
            continue;
        }
        let shares: Vec<Piece> = given
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let who = if v.speakers.is_empty() { String::new() } else { format!(" ({})", v.speakers.join(", ")) };
                let of = if i == 0 { " of its words" } else { "" };
                text(format!("{} {}{of}{who}", party_name(v.party.as_deref().unwrap_or("")), percent(v.words, result.metrics.words)))
            })
            .collect();
        let mut claim = vec![text(format!("{} gives ", name(side)))];
        claim.extend(list(shares));
        claim.push(text("."));
        claims.push(claim);
    }
    let parties: Vec<&str> = c.left.voices.iter().filter_map(|v| v.party.as_deref()).filter(|p| *p != BOTH).collect();
    for party in parties {
        let credited = |side: Side| {
            let result = c.side(side);
            result
                .sentences
                .iter()
                .filter_map(|s| s.speaker.as_ref().filter(|sp| sp.party.as_deref() == Some(party) && sp.mention.is_some()))
                .map(|sp| quote(side, result, sp.said))
                .next()
        };
        if let (Some(in_a), Some(in_b)) = (credited(Side::Left), credited(Side::Right)) {
            claims.push(vec![
                text(format!("{}, according to {a}: ", party_name(party))),
                in_a,
                text(format!("; according to {b}: ")),
                in_b,
                text("."),
            ]);
        }
    }
    // Each claim opens with a capital letter.
    for claim in &mut claims {
        if let Some(Piece::Text(t)) = claim.first_mut() {
            *t = capitalize(t);
        }
    }
    claims
}

/// "1 sentence", "3 sentences".
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// How a party is named in a sentence ("both sides" as "Both sides" at the
/// start is the caller's business).
fn party_name(party: &str) -> String {
    if party == BOTH { "both sides together".to_owned() } else { party.to_owned() }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
}

/// A claim as plain text, quotations in quotation marks (for the CLI, tests).
pub fn plain(c: &Comparison, claim: &Claim) -> String {
    claim
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Quote { side, range, cut } => {
                format!("“{}{}”", c.side(*side).slice(*range), if *cut { " …" } else { "" })
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, Options};

    #[test]
    fn every_quotation_points_into_its_statement() {
        let l = "Lavrov said that Russia fully recognizes China's effective response to the outbreak. Wang Yi thanked him.";
        let r = "The Russian side highly praised the measures being taken by China against the outbreak.";
        let c = compare(l, r, &Options::default());
        let claims = story(&c, ["China's readout", "Russia's statement"]);
        let all: Vec<String> = claims.iter().map(|cl| plain(&c, cl)).collect();
        for cl in &claims {
            for p in cl {
                if let Piece::Quote { side, range, .. } = p {
                    let t = c.side(*side).slice(*range);
                    assert!(!t.is_empty() && !t.starts_with(' ') && !t.ends_with(' '), "{t:?}");
                }
            }
        }
        assert!(all[0].starts_with("China's readout has 16 words, Russia's statement 14"), "{all:#?}");
        let credited = all.iter().find(|s| s.starts_with("Russia, according to")).expect("Russia is credited in both");
        assert!(credited.contains("“Russia fully recognizes China's effective response to the outbreak”"), "{credited}");
        assert!(credited.contains("“highly praised the measures being taken by China against the outbreak”"), "{credited}");
    }

    #[test]
    fn the_same_result_tells_the_same_story() {
        let l = "The ministers discussed trade. Both praised the agreement warmly.";
        let r = "Both praised the agreement warmly. Only one side spoke of trade.";
        let c = compare(l, r, &Options::default());
        assert_eq!(story(&c, ["", ""]), story(&c, ["", ""]));
        assert!(plain(&c, &story(&c, ["", ""])[0]).starts_with("The left statement has"));
    }

    #[test]
    fn labels_are_shortened_to_who_speaks_only_when_that_tells_them_apart() {
        let c = compare("Wang Yi praised the talks.", "Lavrov praised the talks warmly.", &Options::default());
        let first = |labels| plain(&c, &story(&c, labels)[0]);
        let short = first(["China — Ministry of Foreign Affairs", "Russia — Kremlin"]);
        assert!(short.starts_with("China has 5 words, Russia 5"), "{short}");
        assert!(first(["Russia — TASS", "Russia — Sputnik"]).starts_with("Russia — TASS has 5 words, Russia — Sputnik 5"));
        assert!(first(["China — MFA", ""]).starts_with("China — MFA has"));
    }
}
