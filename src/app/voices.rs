//! Who is given voice, as the UI shows it: the parties of both statements in
//! one order (so a party has the same colour in both bars and on every
//! speaker chip), what a statement reports of a party, and the sentences
//! that quotations link to. How much of a statement is attributed, and to
//! whom, is the engine's [`attribution`](crate::engine::story::attribution).
//!
//! Pure data read from the engine's `speaker`s and `voices` (see
//! `engine::speakers`): nothing here decides who speaks.

use crate::engine::story::{attributed_words, story, Claim, Piece};
use crate::engine::{ByteRange, Comparison, Side, Speaker};

/// The engine's name for both parties at once ("the two sides").
pub use crate::engine::concepts::BOTH;
/// How a party is written for a reader.
pub use crate::engine::story::party_name;

/// Parties with a colour of their own; more parties share the colours again
/// (the chip and the legend still name each one).
pub const PARTY_COLOURS: usize = 5;

/// The parties either statement gives words to, in the order of the left
/// statement's voices (most words first), then those only the right has.
pub fn parties(c: &Comparison) -> Vec<String> {
    let mut parties: Vec<String> = Vec::new();
    for voice in c.left.voices.iter().chain(&c.right.voices) {
        if let Some(party) = &voice.party {
            if !parties.contains(party) {
                parties.push(party.clone());
            }
        }
    }
    parties
}

/// True when some sentence of either statement says who speaks.
pub fn has_speakers(c: &Comparison) -> bool {
    c.left.voices.iter().chain(&c.right.voices).any(|v| !v.speakers.is_empty())
}

/// The CSS class that colours `party` ("px-party-0" …, "px-party-both" for
/// both sides, "px-party-none" when the party is not known), given the
/// comparison's [`parties`].
pub fn party_class(parties: &[String], party: Option<&str>) -> String {
    match party {
        Some(BOTH) => "px-party-both".to_owned(),
        Some(p) => match parties.iter().filter(|q| q.as_str() != BOTH).position(|q| q == p) {
            Some(i) => format!("px-party-{}", i % PARTY_COLOURS),
            None => "px-party-none".to_owned(),
        },
        None => "px-party-none".to_owned(),
    }
}

/// What a speaker chip says: the speaker as the statement names them and
/// the party, so colour is never the only cue ("Lavrov · Russia"; "China"
/// when the speaker is the party; "… · party not stated" when unknown).
/// `continued` marks a sentence that goes on with an earlier speaker's words.
pub fn chip_text(speaker: &Speaker, continued: bool) -> String {
    let name = speaker.name.trim();
    let mut chip = match speaker.party.as_deref() {
        Some(party) if party.eq_ignore_ascii_case(name) => party.to_owned(),
        Some(party) => format!("{name} · {party}"),
        None => format!("{name} · party not stated"),
    };
    if continued {
        chip.push_str(" (continued)");
    }
    chip
}

/// What `side` reports of `party`: for each of its sentences given to that
/// party, in reading order, the words a quotation of it quotes (see
/// [`attributed_words`]).
pub fn credited(c: &Comparison, side: Side, party: &str) -> Vec<ByteRange> {
    let result = c.side(side);
    result
        .sentences
        .iter()
        .filter(|s| s.speaker.as_ref().is_some_and(|sp| sp.party.as_deref() == Some(party)))
        .filter_map(|s| attributed_words(result, s))
        .collect()
}

/// The sentence of `side` holding byte `at`.
pub fn sentence_at(c: &Comparison, side: Side, at: usize) -> usize {
    c.side(side).sentences.partition_point(|s| s.range.end <= at)
}

/// The id of a sentence's element, which quotations link to (in the
/// report, where no script runs, as plain anchors).
pub fn anchor_id(side: Side, sentence: usize) -> String {
    format!("px-{}-s{sentence}", crate::app::statement::side_word(side))
}

/// The sentences of `side` that a quotation links to, ascending: those the
/// plain-words story quotes and those with a speaker (whose words the
/// summary quotes). Only these carry an id, so long texts carry no more.
pub fn quote_targets(c: &Comparison, side: Side) -> Vec<usize> {
    quote_targets_in(c, side, &story(c))
}

/// [`quote_targets`] with the story already told.
pub fn quote_targets_in(c: &Comparison, side: Side, story: &[Claim]) -> Vec<usize> {
    let sentences = &c.side(side).sentences;
    let mut target: Vec<bool> = sentences.iter().map(|s| s.speaker.is_some()).collect();
    for piece in story.iter().flatten() {
        if let Piece::Quote { side: s, range, .. } = *piece {
            if let Some(t) = target.get_mut(sentence_at(c, side, range.start)).filter(|_| s == side) {
                *t = true;
            }
        }
    }
    target.iter().enumerate().filter(|(_, &t)| t).map(|(i, _)| i).collect()
}
