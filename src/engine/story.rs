//! The comparison told in plain words: a short paragraph, built from the
//! result alone (no model, no randomness), in which every claim quotes or
//! points at the text it comes from, so a reader can check it.
//!
//! What it says, in order: how long each statement is; what both say (the
//! longest shared phrases, each side's own wording where the two differ;
//! the closest sentence pair); what only each says (the words each uses far
//! more, a sentence Parallax pairs with none of the other's); who is given
//! voice, as far as Parallax could attribute the sentences (and how far that
//! is); and what each statement reports of each party.
//!
//! Every claim holds whatever the attribution found: shares are of the
//! sentences attributed, and a statement is said to credit a party with
//! nothing only when every one of its sentences is attributed to another.
//! Every quotation is the named statement's own words, never a bare verb or
//! a run of function words.

use serde::{Deserialize, Serialize};

use super::concepts::BOTH;
use super::lang::{is_cjk, is_stopword};
use super::model::{ByteRange, Comparison, Sentence, SideResult};
use super::options::{Lang, Side};
use super::tokens::{tokenize, TokenKind};

/// Longest excerpt quoted from a sentence, in words.
const EXCERPT_WORDS: usize = 14;
/// Shared phrases named, longest first.
const PHRASES_NAMED: usize = 3;
/// Distinctive terms named per side.
const TERMS_NAMED: usize = 3;
/// Occurrences of a shared phrase tried on each side for two written alike.
const OCCURRENCES_TRIED: usize = 8;

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
    /// The name of statement `side`, as the reader calls it (see [`names`]):
    /// the story is told once and names follow the labels as they change.
    Name(Side),
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

/// The words of `range`, without the whitespace around them; `None` when
/// there are none.
fn words_of(result: &SideResult, range: ByteRange) -> Option<ByteRange> {
    let s = result.slice(range);
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    (start < end).then(|| ByteRange::new(start, end))
}

/// The words (word tokens) of `range`.
fn words<'a>(result: &'a SideResult, range: ByteRange) -> impl Iterator<Item = &'a str> {
    let s = result.slice(range);
    tokenize(s).into_iter().filter(|t| t.kind == TokenKind::Word).map(move |t| &s[t.start..t.end])
}

/// True when `range` holds a content word: a word of more than one letter
/// (the "E" of "H.E." is none) or a Han character, that is not a function
/// word of its statement's language or is an acronym.
pub fn has_content(result: &SideResult, range: ByteRange) -> bool {
    // An acronym ("US", "WHO") is a name, whatever word it spells.
    let acronym = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
    words(result, range).any(|w| {
        (w.chars().nth(1).is_some() || w.chars().any(is_cjk)) && (acronym(w) || !is_stopword(&w.to_lowercase(), result.lang))
    })
}

/// What a quotation of a sentence attributed to a speaker quotes: from the
/// speaker's name to the end of what they are credited with ("Lavrov said
/// that Russia fully recognizes ...", "The Russian side highly praised ..."),
/// so the statement's own attribution is part of the quotation and a
/// narrated act is never passed off as the party's words; the whole sentence
/// when the sentence goes on with an earlier speaker's words or credits no
/// more than a word ("..., the minister said"). `None` without a speaker or
/// without a content word.
pub fn attributed_words(result: &SideResult, sentence: &Sentence) -> Option<ByteRange> {
    let speaker = sentence.speaker.as_ref()?;
    let whole = words_of(result, sentence.range)?;
    let said = speaker.said;
    let credits_words = whole.contains(said) && words(result, said).nth(1).is_some() && has_content(result, said);
    let range = match speaker.mention {
        Some(m) if credits_words && whole.contains(m) && m.start < said.start => ByteRange::new(m.start, said.end),
        _ => whole,
    };
    has_content(result, range).then_some(range)
}

/// One party's part of the sentences a statement attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyShare {
    /// The party ("Russia", [`BOTH`]).
    pub party: String,
    /// Its speakers as the statement names them.
    pub speakers: Vec<String>,
    /// Sentences attributed to it.
    pub sentences: usize,
    /// Words in those sentences.
    pub words: usize,
}

/// How much of a statement Parallax attributes to a party, and to which:
/// the known part of who speaks, with the size of the unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The statement's sentences.
    pub sentences: usize,
    /// Sentences attributed to a party.
    pub attributed: usize,
    /// Sentences that name a speaker whose party is not known.
    pub unplaced: usize,
    /// Words in the sentences attributed to a party.
    pub words: usize,
    /// Each party's part, most words first.
    pub parties: Vec<PartyShare>,
}

impl Attribution {
    /// A party's words as a share of the words attributed, 0 to 100.
    pub fn percent(&self, share: &PartyShare) -> f64 {
        100.0 * share.words as f64 / self.words.max(1) as f64
    }

    /// That share as a reader sees it: "54%", and "<1%" for a party given
    /// so few words that they round to nothing (it is given some).
    pub fn percent_text(&self, share: &PartyShare) -> String {
        match self.percent(share) {
            p if p > 0.0 && p < 0.5 => "<1%".to_owned(),
            p => format!("{p:.0}%"),
        }
    }

    /// "13 of the 17 sentences", "all 5 sentences", "the one sentence" (when
    /// some are attributed).
    pub fn of_sentences(&self) -> String {
        part(self.attributed, self.sentences, "sentence")
    }
}

/// Who speaks in `result`, from the engine's voices and speakers.
pub fn attribution(result: &SideResult) -> Attribution {
    let parties: Vec<PartyShare> = result
        .voices
        .iter()
        .filter_map(|v| {
            let party = v.party.clone()?;
            Some(PartyShare { party, speakers: v.speakers.clone(), sentences: v.sentences.len(), words: v.words })
        })
        .filter(|p| p.sentences > 0)
        .collect();
    Attribution {
        sentences: result.sentences.len(),
        attributed: parties.iter().map(|p| p.sentences).sum(),
        unplaced: result.sentences.iter().filter(|s| s.speaker.as_ref().is_some_and(|sp| sp.party.is_none())).count(),
        words: parties.iter().map(|p| p.words).sum(),
        parties,
    }
}

/// True when `result` is known to credit `party` with nothing: every one
/// of its sentences is attributed to a party other than `party` and not to
/// both sides together. Where Parallax could not attribute a sentence, that
/// sentence may be the party's, so this is false.
pub fn credits_none(result: &SideResult, party: &str) -> bool {
    !result.sentences.is_empty()
        && result.sentences.iter().all(|s| s.speaker.as_ref().and_then(|sp| sp.party.as_deref()).is_some_and(|p| p != party && p != BOTH))
}

/// A statement's length as its readers count it, and the unit: words, or
/// for Chinese (written without spaces between words) characters, each
/// Chinese character one and each number or Latin word one, as Chinese word
/// counts go (and as the engine counts them).
pub fn length(result: &SideResult) -> (usize, &'static str) {
    let unit = if result.lang == Lang::Chinese { "character" } else { "word" };
    (result.metrics.words, unit)
}

/// "a", "a and b", "a, b and c" from pieces.
fn list(items: Vec<Vec<Piece>>) -> Vec<Piece> {
    let n = items.len();
    let mut out = Vec::with_capacity(2 * n);
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(text(if i + 1 == n { " and " } else { ", " }));
        }
        out.extend(item);
    }
    out
}

/// The words a quotation shows, whitespace runs read as one space (as a
/// page shows them); other pieces show none here.
fn shown(c: &Comparison, piece: &Piece) -> String {
    let (words, cut) = match piece {
        Piece::Quote { side, range, cut } => (c.side(*side).slice(*range), *cut),
        Piece::Text(_) | Piece::Name(_) => ("", false),
    };
    words.split_whitespace().collect::<Vec<_>>().join(" ") + if cut { " …" } else { "" }
}

/// How a shared phrase is quoted: once, when some occurrence on each side
/// is written alike; else each side's own wording (it matched through
/// stemming, case, a spelling variant or punctuation).
enum Wording {
    Alike(Piece),
    Own(Piece, Piece),
}

fn wording(c: &Comparison, phrase: usize) -> Option<Wording> {
    let p = c.phrases.get(phrase)?;
    let left = |r| quote(Side::Left, &c.left, r);
    let right = |r| quote(Side::Right, &c.right, r);
    for &l in p.left.iter().take(OCCURRENCES_TRIED) {
        for &r in p.right.iter().take(OCCURRENCES_TRIED) {
            let (a, b) = (left(l), right(r));
            if shown(c, &a) == shown(c, &b) {
                return Some(Wording::Alike(a));
            }
        }
    }
    Some(Wording::Own(left(*p.left.first()?), right(*p.right.first()?)))
}

/// What the story calls the two statements, from their `labels` ("China's
/// readout"): empty labels become "the left statement" and "the right
/// statement"; a label of the form "Who — source" is shortened to "Who" when
/// the two differ there, so a paragraph that names each statement a dozen
/// times stays readable ("Russia, according to China: …").
pub fn names(labels: [&str; 2]) -> [String; 2] {
    let who = labels.map(|l| l.split(" — ").next().unwrap_or("").trim());
    let labels = if who.iter().all(|w| !w.is_empty()) && who[0] != who[1] { who } else { labels };
    [Side::Left, Side::Right].map(|side| match (labels[side as usize].trim(), side) {
        ("", Side::Left) => "the left statement".to_owned(),
        ("", Side::Right) => "the right statement".to_owned(),
        (label, _) => label.to_owned(),
    })
}

/// How [`Piece::Name`] reads: the name of `side`, with a capital when it
/// opens its claim.
pub fn name_shown(names: &[String; 2], side: Side, opens_claim: bool) -> String {
    let name = &names[side as usize];
    if opens_claim { capitalize(name) } else { name.clone() }
}

/// The comparison in plain words, the statements named by [`Piece::Name`]
/// (so it is told once, whatever the labels).
pub fn story(c: &Comparison) -> Vec<Claim> {
    let mut claims: Vec<Claim> = vec![length_claim(c)];
    claims.extend(shared_claims(c));
    claims.extend(pairs_claim(c));
    for side in [Side::Left, Side::Right] {
        claims.extend(only_claims(c, side));
    }
    claims.extend(voice_claims(c));
    // Each claim opens with a capital letter.
    for claim in &mut claims {
        if let Some(Piece::Text(t)) = claim.first_mut() {
            *t = capitalize(t);
        }
    }
    claims
}

/// How long each is, and how many times as long the longer is when both
/// are counted alike.
fn length_claim(c: &Comparison) -> Claim {
    let ((wa, unit_a), (wb, unit_b)) = (length(&c.left), length(&c.right));
    let mut claim = vec![
        Piece::Name(Side::Left),
        text(format!(" has {}, ", count(wa, unit_a))),
        Piece::Name(Side::Right),
        text(format!(" {}", if unit_a == unit_b { wb.to_string() } else { count(wb, unit_b) })),
    ];
    let (long, short, ratio) = if wa >= wb { (Side::Left, Side::Right, wa as f64 / wb.max(1) as f64) } else { (Side::Right, Side::Left, wb as f64 / wa.max(1) as f64) };
    if unit_a == unit_b && ratio >= 1.5 && wa.min(wb) > 0 {
        // Whole numbers from ten times up; below, one decimal, so 221 words
        // against 130 reads "1.7 times", not "2 times".
        let times = if ratio >= 10.0 { format!("{ratio:.0}") } else { format!("{ratio:.1}").trim_end_matches(".0").to_owned() };
        claim.extend([text(": "), Piece::Name(long), text(format!(" is {times} times as long as ")), Piece::Name(short)]);
    }
    claim.push(text("."));
    claim
}

/// What both say: the longest shared phrases, quoted once where both write
/// them alike, and in each side's own words where they do not.
fn shared_claims(c: &Comparison) -> Vec<Claim> {
    let (mut alike, mut own) = (Vec::new(), Vec::new());
    // Longest first, each adding words: a phrase inside one named is not named again.
    let mut named: Vec<String> = Vec::new();
    for wording in c.metrics.phrases_by_length.iter().filter_map(|&p| wording(c, p)) {
        let left = match &wording {
            Wording::Alike(q) | Wording::Own(q, _) => shown(c, q),
        };
        if named.iter().any(|n| n.contains(left.trim_end_matches(" …"))) {
            continue;
        }
        named.push(left);
        match wording {
            Wording::Alike(q) => alike.push(vec![q]),
            Wording::Own(l, r) => own.push((l, r)),
        }
        if named.len() == PHRASES_NAMED {
            break;
        }
    }
    let mut claims = Vec::new();
    if alike.is_empty() && own.is_empty() {
        claims.push(vec![text(match two_languages(c) {
            Some([a, b]) => format!("They are written in two languages, {} and {}, so they share no phrasing.", a.name(), b.name()),
            None => "They share no phrase of two meaningful words.".to_owned(),
        })]);
    }
    if !alike.is_empty() {
        let mut claim = vec![text("Both say ")];
        claim.extend(list(alike));
        claim.push(text("."));
        claims.push(claim);
    }
    if !own.is_empty() {
        let (l, r): (Vec<_>, Vec<_>) = own.into_iter().map(|(l, r)| (vec![l], vec![r])).unzip();
        let mut claim = vec![Piece::Name(Side::Left), text(" writes ")];
        claim.extend(list(l));
        claim.extend([text(" where "), Piece::Name(Side::Right), text(" writes ")]);
        claim.extend(list(r));
        claim.push(text("."));
        claims.push(claim);
    }
    claims
}

/// How many sentences Parallax pairs, and the closest pair.
fn pairs_claim(c: &Comparison) -> Option<Claim> {
    let Some(best) = c.pairs.iter().max_by(|x, y| x.similarity.total_cmp(&y.similarity)) else {
        return Some(vec![text("Parallax pairs no sentence of one with a sentence of the other.")]);
    };
    let paired = c.left.sentences.iter().filter(|x| x.pair.is_some()).count();
    let first = |side: Side, s: &[usize]| {
        let result = c.side(side);
        words_of(result, result.sentences[s[0]].range).map(|r| quote(side, result, r))
    };
    Some(vec![
        text(format!("Parallax pairs {} of ", part(paired, c.left.sentences.len(), "sentence"))),
        Piece::Name(Side::Left),
        text(" with sentences of "),
        Piece::Name(Side::Right),
        text("; the closest pair: "),
        first(Side::Left, &best.left)?,
        text(" and "),
        first(Side::Right, &best.right)?,
        text("."),
    ])
}

/// The languages of the two statements, when they differ (and both are known).
fn two_languages(c: &Comparison) -> Option<[Lang; 2]> {
    let langs = [c.left.lang, c.right.lang];
    (langs[0] != langs[1] && !langs.contains(&Lang::Other)).then_some(langs)
}

/// What only one side says: the words it uses far more (between two
/// languages every word is used far more by one side, and that says
/// nothing), and its longest sentence Parallax pairs with none of the
/// other's.
fn only_claims(c: &Comparison, side: Side) -> Vec<Claim> {
    let result = c.side(side);
    let mut claims = Vec::new();
    let terms: Vec<Vec<Piece>> = result
        .distinctive
        .iter()
        .filter(|_| two_languages(c).is_none())
        .filter_map(|t| t.occurrences.first().copied())
        .filter(|&r| has_content(result, r))
        .take(TERMS_NAMED)
        .map(|r| vec![Piece::Quote { side, range: r, cut: false }])
        .collect();
    if !terms.is_empty() {
        let mut claim = vec![text("Words "), Piece::Name(side), text(" uses far more than "), Piece::Name(side.other()), text(": ")];
        claim.extend(list(terms));
        claim.push(text("."));
        claims.push(claim);
    }
    // The longest such sentence (the first of equals) with a content word.
    let unpaired: Vec<ByteRange> = result.sentences.iter().filter(|s| s.pair.is_none()).filter_map(|s| words_of(result, s.range)).collect();
    let size = |r: &ByteRange| words(result, *r).count();
    let alone = unpaired.iter().filter(|r| has_content(result, **r)).max_by(|x, y| size(x).cmp(&size(y)).then(y.start.cmp(&x.start)));
    if let Some(&alone) = alone {
        let n = result.sentences.iter().filter(|s| s.pair.is_none()).count();
        claims.push(vec![
            Piece::Name(side),
            text(format!(" has {} that Parallax pairs with none in ", count(n, "sentence"))),
            Piece::Name(side.other()),
            text(", such as "),
            quote(side, result, alone),
            text("."),
        ]);
    }
    claims
}

/// Who is given voice in each statement, as far as Parallax could tell,
/// and what each statement reports of a party both report. Nothing when
/// neither statement has a sentence attributed to a party.
fn voice_claims(c: &Comparison) -> Vec<Claim> {
    let known = [attribution(&c.left), attribution(&c.right)];
    if known.iter().all(|k| k.attributed == 0) {
        return vec![];
    }
    let mut claims = Vec::new();
    for (side, at) in [Side::Left, Side::Right].into_iter().zip(&known) {
        let unplaced = match at.unplaced {
            0 => String::new(),
            1 => "; 1 more names a speaker whose party it does not know".to_owned(),
            n => format!("; {n} more name a speaker whose party it does not know"),
        };
        if at.attributed == 0 {
            claims.push(vec![text("Parallax attributes no sentence of "), Piece::Name(side), text(format!(" to a party{unplaced}."))]);
            continue;
        }
        let shares: Vec<Vec<Piece>> = at
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let who = if p.speakers.is_empty() { String::new() } else { format!(" ({})", p.speakers.join(", ")) };
                let of = if i == 0 { " of their words" } else { "" };
                let share = if at.parties.len() == 1 { String::new() } else { format!(" {}{of}", at.percent_text(p)) };
                vec![text(format!("{}{share}{who}", party_name(&p.party)))]
            })
            .collect();
        let to = match (at.parties.len(), at.attributed) {
            (1, 1) => ", ",
            (1, _) => ", all to ",
            _ => ": ",
        };
        let mut claim = vec![text(format!("Parallax attributes {} of ", at.of_sentences())), Piece::Name(side), text(format!(" to a party{to}"))];
        claim.extend(list(shares));
        claim.push(text(format!("{unplaced}.")));
        claims.push(claim);
    }
    // What each statement reports of a party that both report.
    let mut parties: Vec<&str> = Vec::new();
    for p in known.iter().flat_map(|k| &k.parties).map(|p| p.party.as_str()).filter(|p| *p != BOTH) {
        if !parties.contains(&p) {
            parties.push(p);
        }
    }
    for party in parties {
        let reported = |side: Side| {
            let result = c.side(side);
            let of_party = |s: &&Sentence| s.speaker.as_ref().is_some_and(|sp| sp.party.as_deref() == Some(party));
            // A sentence that names the speaker first, then one that goes on with their words.
            let named = result.sentences.iter().filter(of_party).filter(|s| s.speaker.as_ref().is_some_and(|sp| sp.mention.is_some()));
            named.chain(result.sentences.iter().filter(of_party)).find_map(|s| attributed_words(result, s)).map(|r| quote(side, result, r))
        };
        if let (Some(in_a), Some(in_b)) = (reported(Side::Left), reported(Side::Right)) {
            claims.push(vec![
                text(format!("{}, according to ", party_name(party))),
                Piece::Name(Side::Left),
                text(": "),
                in_a,
                text("; according to "),
                Piece::Name(Side::Right),
                text(": "),
                in_b,
                text("."),
            ]);
        }
    }
    claims
}

/// `k` of `n` things (`k` at least 1): "13 of the 17 sentences", "all 5
/// sentences", "the one sentence".
fn part(k: usize, n: usize, noun: &str) -> String {
    match (k, n) {
        (1, 1) => format!("the one {noun}"),
        (k, n) if k == n => format!("all {n} {noun}s"),
        (k, n) => format!("{k} of the {}", count(n, noun)),
    }
}

/// "1 sentence", "3 sentences".
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// How a party is written for a reader ("both sides together" for both;
/// a capital at the start of a sentence is the caller's business).
pub fn party_name(party: &str) -> &str {
    if party == BOTH { "both sides together" } else { party }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
}

/// A claim as plain text, the statements called `names` (see [`names`]),
/// quotations in quotation marks (for the CLI, tests).
pub fn plain(c: &Comparison, claim: &Claim, names: &[String; 2]) -> String {
    claim
        .iter()
        .enumerate()
        .map(|(i, p)| match p {
            Piece::Text(t) => t.clone(),
            Piece::Quote { side, range, cut } => {
                format!("“{}{}”", c.side(*side).slice(*range), if *cut { " …" } else { "" })
            }
            Piece::Name(side) => name_shown(names, *side, i == 0),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{compare, Options};

    #[test]
    fn every_quotation_points_into_its_statement() {
        // Lavrov introduced with his country: a name alone is no party.
        let l = "Russian Foreign Minister Lavrov said that Russia fully recognizes China's effective response to the outbreak. Wang Yi thanked him.";
        let r = "The Russian side highly praised the measures being taken by China against the outbreak.";
        let c = compare(l, r, &Options::default());
        let claims = story(&c);
        let names = names(["China's readout", "Russia's statement"]);
        let all: Vec<String> = claims.iter().map(|cl| plain(&c, cl, &names)).collect();
        for cl in &claims {
            for p in cl {
                if let Piece::Quote { side, range, .. } = p {
                    let t = c.side(*side).slice(*range);
                    assert!(!t.is_empty() && !t.starts_with(' ') && !t.ends_with(' '), "{t:?}");
                }
            }
        }
        assert!(all[0].starts_with("China's readout has 19 words, Russia's statement 14"), "{all:#?}");
        let credited = all.iter().find(|s| s.starts_with("Russia, according to")).expect("Russia is credited in both");
        // Each with the statement's own attribution, so it reads as what the statement says of Russia.
        assert!(credited.contains("“Russian Foreign Minister Lavrov said that Russia fully recognizes China's effective response to the …”"), "{credited}");
        assert!(credited.contains("“The Russian side highly praised the measures being taken by China against the outbreak”"), "{credited}");
    }

    #[test]
    fn the_same_result_tells_the_same_story() {
        let l = "The ministers discussed trade. Both praised the agreement warmly.";
        let r = "Both praised the agreement warmly. Only one side spoke of trade.";
        let c = compare(l, r, &Options::default());
        assert_eq!(story(&c), story(&c));
        assert!(plain(&c, &story(&c)[0], &names(["", ""])).starts_with("The left statement has"));
    }

    #[test]
    fn two_languages_are_said_to_share_no_phrasing_and_no_word_is_theirs_alone() {
        let c = crate::engine::compare("Министры обсудили торговлю и инвестиции в Лиме.", "The ministers discussed trade and investment in Lima.", &crate::engine::Options::default());
        let told: Vec<String> = story(&c).iter().map(|claim| plain(&c, claim, &names(["A", "B"]))).collect();
        assert!(told.iter().any(|t| t == "They are written in two languages, Russian and English, so they share no phrasing."), "{told:?}");
        assert!(!told.iter().any(|t| t.contains("far more")), "{told:?}");
        assert!(told.iter().any(|t| t.starts_with("Parallax pairs the one sentence of A with sentences of B")), "{told:?}");
    }

    #[test]
    fn labels_are_shortened_to_who_speaks_only_when_that_tells_them_apart() {
        let c = compare("Wang Yi praised the talks.", "Lavrov praised the talks warmly.", &Options::default());
        let first = |labels| plain(&c, &story(&c)[0], &names(labels));
        let short = first(["China — Ministry of Foreign Affairs", "Russia — Kremlin"]);
        assert!(short.starts_with("China has 5 words, Russia 5"), "{short}");
        assert!(first(["Russia — TASS", "Russia — Sputnik"]).starts_with("Russia — TASS has 5 words, Russia — Sputnik 5"));
        assert!(first(["China — MFA", ""]).starts_with("China — MFA has"));
    }
}
