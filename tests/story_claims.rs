//! Every claim of the plain-words summary, checked against the texts it
//! speaks of, on every pair of the corpus (each statement with the others of
//! its event, and the two long speeches), and on short invented pairs made to
//! provoke each false claim the summary once made.
//!
//! The checker reads the paragraph as a reader would: it recognises each
//! claim by its wording (a claim it does not recognise fails), finds which
//! statement each quotation is said to come from by the words around it, and
//! checks it there. Counts and percentages are recomputed here from the
//! texts and the result's sentences (tokenised afresh), never taken from the
//! story's own code.

mod common;
use common::{collapse, corpus, corpus_pairs, credited_to, part, speaker, with_speakers, word_ranges, Facts};

use parallax::engine::concepts::BOTH;
use parallax::engine::story::{names, plain, story, Piece};
use parallax::engine::{compare, ByteRange, Comparison, DistinctiveTerm, Lang, Options, Side, SideResult, Speaker};

/// What the two statements are called in the checked paragraphs (no " — ",
/// so the story does not shorten them, and neither is part of the other).
const NAMES: [&str; 2] = ["Statement L", "Statement R"];
/// Where a quotation stood in a claim's wording.
const Q: &str = "§";

/// A claim as the checker reads it: its wording with each quotation
/// replaced by [`Q`], the statements' names by `{L}` and `{R}`, and the
/// quotations' words in order (whitespace runs as one space, without the
/// ellipsis of a cut quotation).
struct Read {
    wording: String,
    quotes: Vec<String>,
    whole: String,
}

fn read(c: &Comparison, claim: &[Piece]) -> Read {
    let mut wording = String::new();
    let mut quotes = Vec::new();
    for piece in claim {
        match piece {
            Piece::Text(t) => wording += t,
            Piece::Quote { .. } => {
                // Its words as the reader sees them, not where the story says they are from.
                let shown = plain(c, &vec![piece.clone()], &names(NAMES));
                let inner = shown.trim_start_matches('“').trim_end_matches('”').trim_end_matches(" …");
                quotes.push(collapse(inner));
                wording += Q;
            }
            Piece::Name(side) => wording += ["{L}", "{R}"][*side as usize],
        }
    }
    Read { wording, quotes, whole: plain(c, &claim.to_vec(), &names(NAMES)) }
}

fn side_of(name: &str) -> Side {
    match name {
        "{L}" => Side::Left,
        "{R}" => Side::Right,
        other => panic!("{other:?} names no statement"),
    }
}

/// Splits `s` at the non-greedy matches of the literal parts of `pattern`
/// around each `{}`; `None` when it does not match.
fn scan<'a>(s: &'a str, pattern: &str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = pattern.split("{}").collect();
    let mut rest = s.strip_prefix(parts[0])?;
    let mut caught = Vec::new();
    for (i, lit) in parts.iter().enumerate().skip(1) {
        let at = if i + 1 == parts.len() {
            if !rest.ends_with(lit) {
                return None;
            }
            rest.len() - lit.len()
        } else {
            rest.find(lit)?
        };
        caught.push(&rest[..at]);
        rest = &rest[at + lit.len()..];
    }
    Some(caught)
}

/// The number of quotations in a list "§", "§ and §", "§, § and §".
fn quote_list(s: &str) -> usize {
    let n = s.matches(Q).count();
    let expected: String = (0..n).map(|i| if i == 0 { Q.to_owned() } else if i + 1 == n { format!(" and {Q}") } else { format!(", {Q}") }).collect();
    assert_eq!(s, expected, "not a list of quotations");
    n
}

/// The length of a side as a reader counts it.
fn length(result: &SideResult) -> (usize, &'static str) {
    match result.lang {
        // Chinese counts: each Chinese character one, each run of other
        // letters or digits (a number, a Latin word) one.
        Lang::Chinese => {
            let (mut n, mut in_run) = (0, false);
            for c in result.text.chars() {
                let han = parallax::engine::lang::is_cjk(c);
                n += usize::from(han || (c.is_alphanumeric() && !in_run));
                in_run = c.is_alphanumeric() && !han;
            }
            (n, "characters")
        }
        _ => (word_ranges(&result.text).len(), "words"),
    }
}

/// What kinds of claims a paragraph made.
#[derive(Default, Debug)]
struct Seen {
    kinds: std::collections::BTreeSet<&'static str>,
}

/// Checks every claim of the story of `c`, failing on the first false or
/// unrecognised one.
fn check(c: &Comparison, seen: &mut Seen) {
    let facts = [Facts::new(&c.left), Facts::new(&c.right)];
    let f = |name: &str| &facts[side_of(name) as usize];
    for claim in story(c) {
        let Read { wording, quotes, whole } = read(c, &claim);
        let w = wording.as_str();
        let kind = if let Some(v) = scan(w, "{} has {} that Parallax pairs with none in {}, such as §.") {
            let me = f(v[0]);
            assert_ne!(v[0], v[2]);
            let unpaired = me.result.sentences.iter().filter(|s| s.pair.is_none()).count();
            assert_eq!(v[1], if unpaired == 1 { "1 sentence".to_owned() } else { format!("{unpaired} sentences") }, "{whole}");
            let opens = me.find(&quotes[0], &whole).iter().any(|&r| {
                me.sentence(r).is_some_and(|(i, start)| start == r.start && me.result.sentences[i].pair.is_none())
            });
            assert!(opens, "“{}” opens no unpaired sentence of the side named: {whole}", quotes[0]);
            "only in"
        } else if let Some([l, r]) = scan(w, "{L} has {}, {}.").as_deref().map(|v| [v[0], v[1]]) {
            // "{L} has 360 words, {R} 29: {L} is 12 times as long as {R}."
            let (r, ratio) = r.split_once(": ").map_or((r, None), |(r, x)| (r, Some(x)));
            let (lw, lu) = length(&c.left);
            let (rw, ru) = length(&c.right);
            let unit = |n: usize, u: &str| if n == 1 { format!("1 {}", u.trim_end_matches('s')) } else { format!("{n} {u}") };
            assert_eq!(l, unit(lw, lu), "{whole}");
            assert_eq!(r.strip_prefix("{R} ").unwrap(), if lu == ru { rw.to_string() } else { unit(rw, ru) }, "{whole}");
            let long = if lw >= rw { "{L}" } else { "{R}" };
            let true_ratio = lw.max(rw) as f64 / lw.min(rw).max(1) as f64;
            match ratio {
                Some(x) => {
                    let v = scan(x, "{} is {} times as long as {}").expect(&whole);
                    assert_eq!(v[0], long, "{whole}");
                    let times: f64 = v[1].parse().unwrap();
                    let tolerance = if v[1].contains('.') { 0.05 } else { 0.5 };
                    assert!(lu == ru && (times - true_ratio).abs() <= tolerance + 1e-9, "{whole}: really {true_ratio:.2}");
                }
                None => assert!(lu != ru || true_ratio < 1.5 || lw.min(rw) == 0, "{whole}: {true_ratio:.2} times is not said"),
            }
            "length"
        } else if let Some(list) = w.strip_prefix("Both say ") {
            quote_list(list.strip_suffix('.').expect(&whole));
            for q in &quotes {
                // The same words in both, each in a shared phrase.
                for side in &facts {
                    assert!(side.find(q, &whole).iter().any(|&r| side.shared(r)), "“{q}” is not shared where it stands: {whole}");
                }
            }
            "both say"
        } else if let Some(v) = scan(w, "{L} writes {} where {R} writes {}.") {
            let n = quote_list(v[0]);
            assert_eq!(n, quote_list(v[1]), "{whole}");
            for (l, r) in quotes[..n].iter().zip(&quotes[n..]) {
                assert_ne!(l, r, "the same words are not each side's own: {whole}");
                assert!(facts[0].find(l, &whole).iter().any(|&x| facts[0].shared(x)), "{whole}");
                assert!(facts[1].find(r, &whole).iter().any(|&x| facts[1].shared(x)), "{whole}");
            }
            "own wording"
        } else if w == "They share no phrase of two meaningful words." {
            assert!(c.phrases.is_empty(), "{whole}");
            "no phrase"
        } else if let Some(v) = scan(w, "They are written in two languages, {} and {}, so they share no phrasing.") {
            assert!(c.phrases.is_empty(), "{whole}");
            assert_eq!([v[0], v[1]], [c.left.lang.name(), c.right.lang.name()], "{whole}");
            assert_ne!(c.left.lang, c.right.lang, "{whole}");
            "two languages"
        } else if w == "Parallax pairs no sentence of one with a sentence of the other." {
            assert!(c.pairs.is_empty(), "{whole}");
            "no pair"
        } else if let Some(v) = scan(w, "Parallax pairs {} of {L} with sentences of {R}; the closest pair: § and §.") {
            let (k, n) = part(v[0]);
            assert_eq!(n, c.left.sentences.len(), "{whole}");
            assert_eq!(k, c.left.sentences.iter().filter(|s| s.pair.is_some()).count(), "{whole}");
            // Each quotation opens a sentence of a pair as close as any.
            let best = c.pairs.iter().map(|p| p.similarity).fold(f64::MIN, f64::max);
            for (side, q) in facts.iter().zip(&quotes) {
                let opens_best = side.find(q, &whole).iter().any(|&r| {
                    side.sentence(r).is_some_and(|(i, start)| {
                        start == r.start && side.result.sentences[i].pair.is_some_and(|p| c.pairs[p].similarity == best)
                    })
                });
                assert!(opens_best, "“{q}” opens no sentence of the closest pair: {whole}");
            }
            "pairs"
        } else if let Some(v) = scan(w, "Words {} uses far more than {}: {}.") {
            quote_list(v[2]);
            let (me, other) = (f(v[0]), f(v[1]));
            for q in &quotes {
                let rate = |side: &Facts| {
                    let t = &side.result.text;
                    let n = word_ranges(t).iter().filter(|r| t[r.start..r.end].to_lowercase() == q.to_lowercase()).count();
                    n as f64 / word_ranges(t).len().max(1) as f64
                };
                me.find(q, &whole);
                assert!(rate(me) > rate(other), "“{q}” is not used more by the side named: {whole}");
            }
            "terms"
        } else if let Some(v) = ["{L}", "{R}"].iter().find_map(|n| Some((n, scan(w, &format!("Parallax attributes {{}} of {n} to a party{{}}."))?))) {
            check_attribution(f(v.0), v.1[0], v.1[1], &whole);
            "attributed"
        } else if let Some(v) = scan(w, "{}, according to {L}: §; according to {R}: §.") {
            let party = if v[0] == "Both sides together" { BOTH } else { v[0] };
            for (side, q) in facts.iter().zip(&quotes) {
                assert!(q.split(' ').count() >= 2, "“{q}” is a bare word: {whole}");
                let ok = side.find(q, &whole).iter().any(|&r| credited_to(side, r, party));
                assert!(ok, "“{q}” is not the side's words credited to {party}, with its attribution: {whole}");
            }
            "according to"
        } else {
            panic!("a claim the checker does not know: {whole}");
        };
        seen.kinds.insert(kind);
    }
}

/// "{part} of {X} to a party" + ", all to P (…)" / ", P (…)" / ": P 54% of their
/// words (…), Q 46% (…)", then perhaps "; 2 more name a speaker whose party
/// it does not know".
fn check_attribution(side: &Facts, part_text: &str, rest: &str, whole: &str) {
    let sentences = &side.result.sentences;
    let (k, n) = if part_text == "no sentence" { (0, sentences.len()) } else { part(part_text) };
    assert_eq!(n, sentences.len(), "{whole}");
    let attributed: Vec<usize> = (0..n).filter(|&i| side.party(i).is_some()).collect();
    assert_eq!(k, attributed.len(), "{whole}");
    let (shares, unplaced) = match rest.split_once("; ") {
        Some((s, u)) => (s, Some(u)),
        None => (rest, None),
    };
    let unplaced_n = sentences.iter().filter(|s| s.speaker.as_ref().is_some_and(|sp| sp.party.is_none())).count();
    match unplaced {
        Some(u) => {
            let v = scan(u, "{} more {} a speaker whose party it does not know").expect(whole);
            assert_eq!(v[0].parse::<usize>().ok(), Some(unplaced_n), "{whole}");
        }
        None => assert_eq!(unplaced_n, 0, "{whole}: sentences naming a speaker without a party are not counted"),
    }
    // The parties, by name as the paragraph writes them.
    let mut parties: Vec<&str> = attributed.iter().filter_map(|&i| side.party(i)).collect();
    parties.sort();
    parties.dedup();
    let shown = |p: &str| if p == BOTH { "both sides together".to_owned() } else { p.to_owned() };
    let words_of = |p: &str| attributed.iter().filter(|&&i| side.party(i) == Some(p)).map(|&i| side.words[i]).sum::<usize>();
    let total: usize = attributed.iter().map(|&i| side.words[i]).sum();
    let mut listed = Vec::new();
    let mut rest = if k == 0 {
        assert_eq!(shares, "", "{whole}");
        ""
    } else if let Some(one) = shares.strip_prefix(", all to ").or_else(|| shares.strip_prefix(", ").filter(|_| k == 1)) {
        assert_eq!(parties.len(), 1, "{whole}: more than one party");
        one
    } else {
        assert!(parties.len() > 1, "{whole}");
        shares.strip_prefix(": ").expect(whole)
    };
    while !rest.is_empty() {
        // The longest party name the list goes on with.
        let party = parties.iter().copied().filter(|p| rest.starts_with(&shown(p))).max_by_key(|p| shown(p).len());
        let party = party.unwrap_or_else(|| panic!("{rest:?} names no party given sentences: {whole}"));
        rest = &rest[shown(party).len()..];
        if parties.len() > 1 {
            let (pct, after) = rest.strip_prefix(' ').and_then(|r| r.split_once('%')).expect(whole);
            let expected = 100.0 * words_of(party) as f64 / total as f64;
            if pct == "<1" {
                assert!(expected > 0.0 && expected < 0.5, "{whole}");
            } else {
                assert!((pct.parse::<f64>().unwrap() - expected).abs() <= 0.5 + 1e-9, "{party} {pct}% of {whole}: really {expected:.1}%");
            }
            rest = after.strip_prefix(" of their words").unwrap_or(after);
        }
        if let Some(r) = rest.strip_prefix(" (") {
            let close = r.find(')').expect(whole);
            for name in r[..close].split(", ") {
                let named = sentences.iter().any(|s| s.speaker.as_ref().is_some_and(|sp| sp.name == name && sp.party.as_deref() == Some(party)));
                assert!(named && side.result.text.contains(name), "{name:?} is not a speaker of {party}: {whole}");
            }
            rest = &r[close + 1..];
        }
        listed.push(party);
        rest = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" and ")).unwrap_or(rest);
    }
    listed.sort();
    assert_eq!(listed, parties, "{whole}: every party given sentences is named, once");
}

#[test]
fn every_claim_of_the_summary_of_every_corpus_pair_is_true() {
    let mut seen = Seen::default();
    let variants = Options { spelling_variants: true, ..Options::default() };
    for (a, b) in corpus_pairs() {
        let (ta, tb) = (corpus(&a), corpus(&b));
        // Spelling variants on the readouts only: the long speeches share little either way.
        let options: &[Options] = if a.contains("LONG") { &[Options::default()] } else { &[Options::default(), variants.clone()] };
        for (l, r) in [(&ta, &tb), (&tb, &ta)] {
            for options in options {
                check(&compare(l, r, options), &mut seen);
            }
        }
    }
    // The checker met every kind of claim, so none of its checks is idle.
    let all = ["length", "both say", "own wording", "no phrase", "no pair", "pairs", "terms", "only in", "attributed", "according to"];
    for kind in all {
        assert!(seen.kinds.contains(kind), "no corpus pair makes a claim of kind {kind}: {seen:?}");
    }
}

// Invented pairs, each made to provoke one false claim the summary made.

/// The story of `c`, claim by claim, once every claim is checked.
fn told(c: &Comparison) -> Vec<String> {
    check(c, &mut Seen::default());
    story(c).iter().map(|claim| plain(c, claim, &names(NAMES))).collect()
}

#[test]
fn a_phrase_matched_through_its_word_forms_is_quoted_in_each_sides_own_words() {
    let l = "The ministers met in Geneva. Tension in the border areas is not in the interest of either side.";
    let r = "Escalation in the border area is not in the interests of either country. The talks ended late.";
    let c = compare(l, r, &Options::default());
    assert!(!c.phrases.is_empty(), "the phrase is shared through its stems");
    let told = told(&c);
    assert!(!told.iter().any(|s| s.starts_with("Both say") && s.contains("border areas")), "{told:#?}");
    let own = told.iter().find(|s| s.contains(" writes ")).expect("each side's own wording");
    assert!(own.contains("Statement L writes “border areas is not in the interest of"), "{own}");
    assert!(own.contains("Statement R writes “border area is not in the interests of"), "{own}");
}

#[test]
fn a_party_is_said_to_be_credited_with_nothing_only_where_every_sentence_is_attributed() {
    let l = "President Xi said that the talks were useful. President Putin, in turn, focused on energy supplies.";
    let r = "President Putin said that energy supplies matter. The talks lasted an hour.";
    let c = compare(l, r, &Options::default());
    // The left text names Russia's president as the speaker of its second
    // sentence, which attribution may miss: then Russia is said to be given
    // nothing by Parallax, never by the text.
    let xi = speaker(l, 0, "President Xi", Some("China"), "the talks");
    let putin = speaker(r, 0, "President Putin", Some("Russia"), "energy");
    let c = with_speakers(c, Side::Left, vec![Some(xi.clone()), None]);
    let c = with_speakers(c, Side::Right, vec![Some(putin.clone()), None]);
    let told = told(&c);
    assert!(told.contains(&"Parallax attributes 1 of the 2 sentences of Statement L to a party, China (President Xi).".to_owned()), "{told:#?}");
    assert!(told.iter().all(|s| !s.contains("credits") && !s.contains("of its words")), "{told:#?}");
    // Where every sentence of the left is attributed, to China, it is so.
    let second = speaker(l, 0, "President Putin", Some("China"), "focused");
    let c = with_speakers(c, Side::Left, vec![Some(xi), Some(second)]);
    assert!(parallax::engine::story::credits_none(&c.left, "Russia"));
    assert!(!parallax::engine::story::credits_none(&c.right, "China"), "an unattributed sentence may be China's");
}

#[test]
fn shares_are_of_the_sentences_attributed_and_say_how_many_those_are() {
    // A readout made mostly of its own president's words, which attribution
    // missed: the other side's one attributed sentence is not "12% of its words".
    let l = "The President of Freedonia received the envoy. He stressed that the border must stay open. \
             He added that trade should grow. He noted that the harvest was good. He said that schools reopen soon. \
             Minister Ortega of Sylvania said that Sylvania wants calm.";
    let r = "Minister Ortega met the President of Freedonia.";
    let c = compare(l, r, &Options::default());
    let ortega = speaker(l, 0, "Minister Ortega", Some("Sylvania"), "Sylvania wants");
    let mut speakers = vec![None; c.left.sentences.len()];
    *speakers.last_mut().unwrap() = Some(ortega);
    let c = with_speakers(c, Side::Left, speakers);
    let c = with_speakers(c, Side::Right, vec![None]);
    let told = told(&c);
    let who = told.iter().find(|s| s.starts_with("Parallax attributes") && s.contains("Statement L")).expect("who speaks");
    assert_eq!(who, "Parallax attributes 1 of the 6 sentences of Statement L to a party, Sylvania (Minister Ortega).");
    assert!(told.contains(&"Parallax attributes no sentence of Statement R to a party.".to_owned()), "{told:#?}");
    assert!(told.iter().all(|s| !s.contains('%')), "no share of words where one party has them all: {told:#?}");
}

#[test]
fn narration_and_bare_verbs_are_never_quoted_as_a_partys_words() {
    let l = "Xi Jinping spoke with Russian President Vladimir Putin on the phone. Ukraine will defend itself, Zelensky said.";
    let r = "Vladimir Putin spoke with Xi Jinping on the phone. Ukraine must stay neutral, Zelensky said.";
    let c = compare(l, r, &Options::default());
    let attribute = |c: Comparison, side: Side, text: &str| {
        let call = speaker(text, 0, text.split(" spoke").next().unwrap(), Some("China"), "spoke with");
        // "..., Zelensky said.": the words credited are the verb alone.
        let at = text.find("Zelensky").unwrap();
        let verb = text.rfind("said").unwrap();
        let said = Speaker {
            name: "Zelensky".into(),
            party: Some("Ukraine".into()),
            mention: Some(ByteRange::new(at, at + "Zelensky".len())),
            said: ByteRange::new(verb, verb + 4),
        };
        with_speakers(c, side, vec![Some(call), Some(said)])
    };
    let c = attribute(attribute(c, Side::Left, l), Side::Right, r);
    let told = told(&c);
    let china = told.iter().find(|s| s.starts_with("China, according to")).expect("China in both");
    assert!(china.contains("“Xi Jinping spoke with Russian President Vladimir Putin on the phone”"), "{china}");
    assert!(!china.contains("“spoke with"), "{china}");
    let ukraine = told.iter().find(|s| s.starts_with("Ukraine, according to")).expect("Ukraine in both");
    assert!(ukraine.contains("“Ukraine will defend itself, Zelensky said”") && !ukraine.contains("“said”"), "{ukraine}");
}

#[test]
fn a_speech_with_one_citation_is_not_told_as_that_partys() {
    let speech = "We will defend our country. We ask our partners for help. NATO says the door is open. We are grateful.";
    let other = "The alliance met in Brussels. The door is open.";
    let c = compare(speech, other, &Options::default());
    let nato = speaker(speech, 0, "NATO", Some("NATO"), "the door");
    let c = with_speakers(c, Side::Left, vec![None, None, Some(nato), None]);
    let c = with_speakers(c, Side::Right, vec![None, None]);
    let told = told(&c);
    assert!(told.contains(&"Parallax attributes 1 of the 4 sentences of Statement L to a party, NATO.".to_owned()), "{told:#?}");
    assert!(told.iter().all(|s| !s.contains("0%") && !s.contains("unattributed")), "{told:#?}");
}

#[test]
fn nothing_is_said_of_voices_where_no_sentence_is_attributed() {
    let c = compare("Trade grew in May. Exports rose sharply.", "Exports rose sharply in May. Imports fell.", &Options::default());
    let c = with_speakers(with_speakers(c, Side::Left, vec![None, None]), Side::Right, vec![None, None]);
    let told = told(&c);
    assert!(told.iter().all(|s| !s.contains("attributes") && !s.contains("according to")), "{told:#?}");
}

#[test]
fn a_speaker_without_a_party_is_counted_apart_and_never_in_a_share() {
    let l = "Minister Ortega of Sylvania said that Sylvania wants calm. Ivan Ivanov said that the talks went well. The talks ended.";
    let r = "The talks ended.";
    let c = compare(l, r, &Options::default());
    let ortega = speaker(l, 0, "Minister Ortega", Some("Sylvania"), "Sylvania wants");
    let ivanov = speaker(l, 0, "Ivan Ivanov", None, "the talks");
    let c = with_speakers(c, Side::Left, vec![Some(ortega), Some(ivanov), None]);
    let told = told(&c);
    let who = "Parallax attributes 1 of the 3 sentences of Statement L to a party, Sylvania (Minister Ortega); \
               1 more names a speaker whose party it does not know.";
    assert!(told.contains(&who.to_owned()), "{told:#?}");
}

#[test]
fn words_named_as_one_sides_are_words_not_the_letters_of_abbreviations() {
    let l = "H. E. Mr. Wang met H. E. Dr. Jaishankar. Trade and visas were discussed.";
    let r = "The ministers discussed trade and visas.";
    let mut c = compare(l, r, &Options::default());
    // Terms as a tokenizer that splits "H. E." would count them: the letters first.
    let term = |t: &str| {
        let occurrences: Vec<ByteRange> = l.match_indices(&format!("{t}.")).map(|(at, _)| ByteRange::new(at, at + t.len())).collect();
        DistinctiveTerm { key: t.to_lowercase(), term: t.into(), count: occurrences.len(), z: 3.0, occurrences }
    };
    c.left.distinctive = vec![term("H"), term("E"), term("Mr"), term("Jaishankar")];
    let told = told(&c);
    let words = told.iter().find(|s| s.starts_with("Words Statement L uses")).expect("distinctive words");
    assert_eq!(words, "Words Statement L uses far more than Statement R: “Mr” and “Jaishankar”.");
}

#[test]
fn a_chinese_statement_is_counted_in_characters_and_never_compared_with_words() {
    let l = "王毅同俄罗斯外长拉夫罗夫通电话。双方讨论了两国合作以及共同关心的国际和地区问题。";
    let r = "Wang Yi spoke with Lavrov.";
    let c = compare(l, r, &Options::default());
    assert_eq!(c.left.lang, Lang::Chinese);
    let told = told(&c);
    let han = l.chars().filter(|c| c.is_alphanumeric()).count();
    assert_eq!(told[0], format!("Statement L has {han} characters, Statement R 5 words."), "no ratio of characters to words");
}
