//! The words that report speech and the acts of diplomacy ("said",
//! "stressed", "urged", "discussed"; "заявил"; "表示"), from general lexicons
//! (data/reporting-*.tsv, each naming its source), by what a reader credits
//! to the subject of such a verb.

use std::sync::OnceLock;

use super::russian;

/// What a reporting verb tells a reader about its subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// An assertion or opinion ("said that", "stressed", "believes"): what
    /// follows is the subject's, and so are the next sentences of its paragraph.
    Speech,
    /// A directive, commitment or expressive act ("urged", "promised",
    /// "praised", "thanked"): the sentence is the subject's.
    Act,
    /// An act two parties do together ("discussed", "agreed").
    Joint,
    /// A joint act of talking a subject over ("discussed", "exchanged
    /// views", "обсудили", "交换意见"): it names only what was talked about,
    /// not what either side said of it. Every such form is [`Class::Joint`] too.
    Topic,
    /// Getting in touch ("called", "met", "visited"): narration, no one's words.
    Contact,
}

/// The classes a word form belongs to (a form may have two: "welcomed" the
/// decision is an act, "welcomed" a guest is contact).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(u8);

impl Classes {
    /// Getting in touch alone.
    pub const CONTACT: Classes = Classes(1 << Class::Contact as u8);
    /// An act alone.
    pub const ACT: Classes = Classes(1 << Class::Act as u8);
    /// A joint act alone.
    pub const JOINT: Classes = Classes(1 << Class::Joint as u8);
    /// A joint act in the passive ("уделено": attention was paid).
    pub const JOINT_PASSIVE: Classes = Classes(1 << Class::Joint as u8 | PASSIVE);

    /// True when the form has this class.
    pub fn has(self, c: Class) -> bool {
        self.0 & (1 << c as u8) != 0
    }

    /// True when getting in touch is all the form can report ("met",
    /// "通电话"): narration, no one's words.
    pub fn contact_only(self) -> bool {
        self.has(Class::Contact) && !(self.has(Class::Speech) || self.has(Class::Act) || self.has(Class::Joint))
    }

    /// True when a joint act (talking over included) is all the form reports,
    /// in the active voice ("discussed", "agreed").
    pub fn joint_alone(self) -> bool {
        Classes(self.0 & !(1 << Class::Topic as u8)) == Classes::JOINT
    }

    /// True when the form reports anything.
    pub fn any(self) -> bool {
        self.0 & !PASSIVE != 0
    }

    /// True when the form is a passive participle ("подтверждена"): its
    /// subject is what was said, not who said it.
    pub fn passive(self) -> bool {
        self.0 & PASSIVE != 0
    }

    fn with(self, c: Class) -> Self {
        let joint = if c == Class::Topic { 1 << Class::Joint as u8 } else { 0 };
        Classes(self.0 | 1 << c as u8 | joint)
    }

    fn as_passive(self) -> Self {
        Classes(self.0 | PASSIVE)
    }
}

/// The bit of [`Classes`] that marks a passive participle, beside the classes.
const PASSIVE: u8 = 1 << 7;

const ENGLISH: &str = include_str!("data/reporting-en.tsv");
const RUSSIAN: &str = include_str!("data/reporting-ru.tsv");
const CHINESE: &str = include_str!("data/reporting-zh.tsv");

struct Lexicon {
    /// One-word forms (English and Russian, lower case), sorted.
    words: Vec<(String, Classes)>,
    /// Two-word English forms ("pointed out", "called for").
    phrasal: Vec<(String, String, Classes)>,
    /// Chinese words.
    chinese: Vec<(Vec<char>, Classes)>,
    /// English and Russian nouns of speech and of acts ("invitation", "warning", "оценка"), sorted.
    nouns: Vec<(String, Classes)>,
    /// English verbs whose base form is no participle ("present": "presented"), sorted.
    bare: Vec<String>,
    /// English past tenses and participles, regular or not ("noted", "said", "told"), sorted.
    past: Vec<String>,
}

fn class_of(name: &str) -> Option<Class> {
    Some(match name {
        "speech" => Class::Speech,
        "act" => Class::Act,
        "joint" => Class::Joint,
        "topic" => Class::Topic,
        "contact" => Class::Contact,
        _ => return None,
    })
}

fn rows(data: &'static str) -> impl Iterator<Item = (Class, Vec<&'static str>)> {
    data.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).filter_map(|l| {
        let cols: Vec<&str> = l.split('\t').collect();
        Some((class_of(cols[0])?, cols[1..].to_vec()))
    })
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon { words: Vec::new(), phrasal: Vec::new(), chinese: Vec::new(), nouns: Vec::new(), bare: Vec::new(), past: Vec::new() };
        // "noun act\tinvitation\tinvitation invitations\t...": the nouns of the verbs' acts.
        for l in ENGLISH.lines().chain(RUSSIAN.lines()).filter_map(|l| l.strip_prefix("noun ")) {
            let cols: Vec<&str> = l.split('\t').collect();
            if let (Some(class), Some(forms)) = (class_of(cols[0]), cols.get(2)) {
                lex.nouns.extend(forms.split(' ').map(|f| (f.to_owned(), Classes::default().with(class))));
            }
        }
        lex.nouns.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (class, cols) in rows(ENGLISH) {
            // The forms column: "point out pointed out points out ..." pairs a
            // particle with each form; one-word forms stand alone.
            let lemma_words = cols[0].split(' ').count();
            let forms: Vec<&str> = cols[1].split(' ').collect();
            if lemma_words == 1 && forms.iter().any(|f| f.ends_with("ed") && *f != cols[0]) {
                lex.bare.push(cols[0].to_owned());
            }
            // Of a verb's forms, all but its base, "-s" and "-ing" are its past.
            if lemma_words == 1 {
                lex.past.extend(forms.iter().filter(|f| **f != cols[0] && !f.ends_with('s') && !f.ends_with("ing")).map(|f| (*f).to_owned()));
            }
            for f in forms.chunks(lemma_words) {
                if let [w] = f {
                    lex.words.push(((*w).to_owned(), Classes::default().with(class)));
                } else if let [w, particle] = f {
                    lex.phrasal.push(((*w).to_owned(), (*particle).to_owned(), Classes::default().with(class)));
                }
            }
        }
        for (class, cols) in rows(RUSSIAN) {
            for f in russian::verb_forms(cols[0]) {
                lex.words.push((f, Classes::default().with(class)));
            }
            // Of reflexive verbs, only those of agreeing say "it was agreed" ("условлено");
            // "встречено" (met with) is no meeting.
            let reflexive = cols[0].ends_with("ся");
            for f in russian::short_passives(cols[0]).into_iter().filter(|_| !reflexive || class == Class::Joint) {
                lex.words.push((f, Classes::default().with(class).as_passive()));
            }
        }
        for (class, cols) in rows(CHINESE) {
            lex.chinese.push((cols[0].chars().collect(), Classes::default().with(class)));
        }
        // One entry per form, with every class it has ("welcomed": act and contact).
        lex.words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        lex.bare.sort_unstable();
        lex.past.sort_unstable();
        lex.words.dedup_by(|b, a| {
            let same = a.0 == b.0;
            if same {
                a.1 = Classes(a.1 .0 | b.1 .0);
            }
            same
        });
        lex
    })
}

/// True when `word` (a Chinese word, or an English or Russian form) talks a
/// subject over ([`Class::Topic`]): the frame of a sentence, no evidence that
/// two sentences say the same thing.
pub fn names_a_topic(word: &str) -> bool {
    if word.chars().next().is_some_and(super::lang::is_cjk) {
        return lexicon().chinese.iter().any(|(w, c)| c.has(Class::Topic) && w.iter().copied().eq(word.chars()));
    }
    verb_at(word, None).0.has(Class::Topic)
}

/// The classes of the reporting verb at `word` (as written), and how many
/// words it takes: 2 for a phrasal verb whose particle is `next` ("pointed
/// out"), else 1. Capitalized words are names, not verbs ("States").
#[inline(never)]
pub fn verb_at(word: &str, next: Option<&str>) -> (Classes, usize) {
    if word.starts_with(char::is_uppercase) {
        return (Classes::default(), 1);
    }
    let lex = lexicon();
    // "ё" is written "е" as often as not ("подчёркнута", "подчеркнута"): the lexicon has "е".
    let lower = word.to_lowercase().replace('ё', "е");
    // "Upon" is the formal "on" of phrasal verbs ("touched upon", "called upon").
    if let Some(next) = next.map(|n| if n == "upon" { "on" } else { n }) {
        let phrasal = lex.phrasal.iter().filter(|(w, p, _)| *w == lower && p == next).fold(Classes::default(), |a, (_, _, c)| Classes(a.0 | c.0));
        if phrasal.any() {
            return (phrasal, 2);
        }
    }
    let found = lex.words.binary_search_by(|(w, _)| w.as_str().cmp(&lower)).ok().map(|k| lex.words[k].1);
    (found.unwrap_or_default(), 1)
}

/// True when `word` is an English reporting verb's base form that is no
/// participle ("present", whose participle is "presented"): after a form of
/// "be" it is an adjective ("were present on the occasion"), since a passive
/// takes the participle.
pub fn bare_form(word: &str) -> bool {
    lexicon().bare.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
}

/// True when `word` is an English reporting verb's past tense or participle
/// ("noted", and the irregular "said", "told"): a noun phrase holds none.
pub fn past_form(word: &str) -> bool {
    lexicon().past.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
}

/// The classes of the act an English noun names ("invitation": an act,
/// "warning": speech), for the light verbs that carry it ("extended an
/// invitation" is to invite).
pub fn noun_at(word: &str) -> Classes {
    let nouns = &lexicon().nouns;
    nouns.binary_search_by(|(w, _)| w.as_str().cmp(word)).map_or(Classes::default(), |k| nouns[k].1)
}

/// The classes of the Chinese reporting verb that starts at `chars[0]` (one
/// character per item, as the tokenizer splits Han text), and its length in
/// characters; the longest word wins ("交换意见" over "交换").
pub fn zh_verb_at(chars: &[&str]) -> Option<(Classes, usize)> {
    lexicon()
        .chinese
        .iter()
        .filter(|(w, _)| w.len() <= chars.len() && w.iter().zip(chars).all(|(c, s)| s.chars().eq(std::iter::once(*c))))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, c)| (*c, w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_forms_from_the_lexicon() {
        assert!(verb_at("said", None).0.has(Class::Speech));
        assert!(verb_at("valued", None).0.has(Class::Act), "holding an agreement dear");
        assert!(verb_at("обратил", None).0.has(Class::Speech), "обратил внимание: drew attention to");
        assert!(verb_at("stressed", None).0.has(Class::Speech));
        assert!(verb_at("urged", None).0.has(Class::Act));
        assert!(verb_at("discussed", None).0.has(Class::Joint));
        assert!(verb_at("spoke", None).0.has(Class::Contact));
        assert_eq!(verb_at("pointed", Some("out")).1, 2);
        assert!(verb_at("pointed", Some("out")).0.has(Class::Speech));
        assert!(!verb_at("States", None).0.any(), "capitalized: a name");
        let welcomed = verb_at("welcomed", None).0;
        assert!(welcomed.has(Class::Act) && welcomed.has(Class::Contact));
        assert!(verb_at("encouraged", None).0.has(Class::Act), "encouraging someone to act is urging");
        assert!(noun_at("invitation").has(Class::Act));
        assert!(noun_at("warnings").has(Class::Speech));
        assert!(!noun_at("deadline").any());
        for praised in ["applauded", "lauded", "extolled", "saluted", "complimented"] {
            assert!(verb_at(praised, None).0.has(Class::Act), "praise is credited to who gives it: {praised}");
        }
    }

    #[test]
    fn russian_and_chinese() {
        assert!(verb_at("заявила", None).0.has(Class::Speech));
        assert!(verb_at("договорились", None).0.has(Class::Joint));
        assert!(verb_at("подчеркивается", None).0.has(Class::Speech));
        let confirmed = verb_at("подтверждена", None).0;
        assert!(confirmed.has(Class::Speech) && confirmed.passive());
        assert!(!verb_at("подтвердила", None).0.passive());
        let agreed = verb_at("условлено", None).0;
        assert!(agreed.has(Class::Joint) && agreed.passive(), "it was agreed");
        let decided = verb_at("решено", None).0;
        assert!(decided.has(Class::Joint) && decided.passive(), "it was decided");
        assert!(!verb_at("встречено", None).0.any(), "met with (understanding) is no meeting");
        let zh = |s: &str| zh_verb_at(&s.split("").filter(|c| !c.is_empty()).collect::<Vec<_>>());
        assert!(zh("表示，").is_some_and(|(c, n)| c.has(Class::Speech) && n == 2));
        assert!(zh("交换意见").is_some_and(|(c, n)| c.has(Class::Joint) && n == 4));
        assert!(names_a_topic("交换意见") && names_a_topic("discussed") && names_a_topic("обсудили"), "talking a subject over");
        assert!(!names_a_topic("agreed") && !names_a_topic("договорились") && !names_a_topic("同意"), "agreeing says what was agreed");
        assert!(verb_at("discussed", None).0.has(Class::Joint), "talking over is done together");
        assert_eq!(zh("中方"), None);
        assert!(zh("愿同").is_some_and(|(c, n)| c.has(Class::Speech) && n == 1), "a side's stated will");
        assert!(verb_at("подписали", None).0.contact_only(), "a signing is an event");
        assert!(zh("鼓励企业").is_some_and(|(c, _)| c.has(Class::Act)), "encouraging is urging");
        assert!(zh("恪守").is_some_and(|(c, _)| c.has(Class::Act)) && zh("奉行").is_some_and(|(c, _)| c.has(Class::Act)), "abiding by is a commitment");
        assert!(zh("发表").is_some_and(|(c, _)| c.has(Class::Act)), "issuing a statement");
    }
}
