//! Concepts that words name in the same way across two statements: the
//! parties of diplomacy (countries by name, demonym and common abbreviation;
//! a few organizations), and the words of the reporting register (who said
//! what). Plain data a reader can extend: add a row, and sentence pairing and
//! speaker detection use it.
//!
//! Forms in lower case match any case; forms with capitals are acronyms and
//! match only as written ("WHO" the organization, not "who"). A form of
//! several words is written with single spaces ("united states") and matched
//! word by word.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// A party: a country or an organization that a statement speaks for or
/// about. `key` is how the result names it.
pub struct Party {
    /// How the result names the party ("Russia").
    pub key: &'static str,
    /// The words that name it in a text: names, demonyms, abbreviations.
    pub forms: &'static [&'static str],
}

/// The parties, with their names, demonyms and abbreviations in English and
/// Russian (and the Russian case forms that readouts use).
pub const PARTIES: &[Party] = &[
    Party {
        key: "Russia",
        forms: &[
            "russia", "russian", "russians", "russian federation", "россия", "россии", "россией", "РФ",
            "российский", "российская", "российской", "российские", "российских", "российского",
            "российскому", "российскую", "российским", "российское",
        ],
    },
    Party {
        key: "China",
        forms: &[
            "china", "chinese", "people's republic of china", "PRC", "китай", "китая", "китаю", "китаем",
            "КНР", "китайский", "китайская", "китайской", "китайские", "китайских", "китайского",
            "китайскому", "китайским", "китайскую", "китайское",
        ],
    },
    Party {
        key: "United States",
        forms: &[
            "united states", "united states of america", "U.S", "US", "USA", "american", "americans", "США",
            "американский", "американская", "американской", "американские", "американских", "американского",
        ],
    },
    Party {
        key: "Ukraine",
        forms: &[
            "ukraine", "ukrainian", "ukrainians", "украина", "украины", "украине", "украиной", "украинский",
            "украинская", "украинской", "украинские", "украинских",
        ],
    },
    Party { key: "India", forms: &["india", "indian", "индия", "индии", "индийский", "индийская", "индийской"] },
    Party { key: "Japan", forms: &["japan", "japanese", "япония", "японии", "японский"] },
    Party { key: "Germany", forms: &["germany", "german", "германия", "германии", "германский", "немецкий"] },
    Party { key: "France", forms: &["france", "french", "франция", "франции", "французский"] },
    Party { key: "United Kingdom", forms: &["united kingdom", "UK", "britain", "british", "великобритания"] },
    Party { key: "European Union", forms: &["european union", "EU", "евросоюз", "ЕС"] },
    Party { key: "WHO", forms: &["WHO", "world health organization", "world health organisation", "ВОЗ"] },
    Party { key: "UN", forms: &["UN", "united nations", "ООН"] },
    Party { key: "NATO", forms: &["NATO", "НАТО"] },
];

/// Organizations: when a statement cites one ("The WHO Director-General
/// spoke highly of ..."), the citation is its own sentence; the sentences
/// after it go on with the speaker who cited it.
pub const ORGANIZATIONS: &[&str] = &["WHO", "UN", "NATO", "European Union"];

/// People whose party a reader knows without being told: heads of state and
/// government, foreign ministers and spokespeople of the parties above
/// (2014–2026). A statement's own introduction ("Russian Foreign Minister
/// Sergei Lavrov") always wins over this table. Lower case; a full name or
/// a surname that is unambiguous among them.
pub const PEOPLE: &[(&str, &str)] = &[
    ("putin", "Russia"), ("vladimir putin", "Russia"), ("lavrov", "Russia"), ("medvedev", "Russia"),
    ("mishustin", "Russia"), ("peskov", "Russia"), ("zakharova", "Russia"), ("shoigu", "Russia"),
    ("путин", "Russia"), ("лавров", "Russia"), ("песков", "Russia"), ("захарова", "Russia"),
    ("xi jinping", "China"), ("xi", "China"), ("wang yi", "China"), ("li keqiang", "China"),
    ("li qiang", "China"), ("qin gang", "China"), ("hua chunying", "China"), ("zhao lijian", "China"),
    ("wang wenbin", "China"), ("mao ning", "China"), ("си цзиньпин", "China"), ("ван и", "China"),
    ("biden", "United States"), ("blinken", "United States"), ("trump", "United States"),
    ("obama", "United States"), ("pompeo", "United States"), ("kerry", "United States"),
    ("tillerson", "United States"), ("rubio", "United States"), ("harris", "United States"),
    ("байден", "United States"), ("блинкен", "United States"),
    ("zelenskyy", "Ukraine"), ("zelensky", "Ukraine"), ("kuleba", "Ukraine"), ("sybiha", "Ukraine"),
    ("poroshenko", "Ukraine"), ("зеленский", "Ukraine"),
    ("modi", "India"), ("jaishankar", "India"), ("guterres", "UN"), ("tedros", "WHO"), ("stoltenberg", "NATO"),
    ("rutte", "NATO"),
];

/// The party of a known person named by the words at `words[0]` (as
/// written), and how many words name them.
pub fn person_at(words: &[&str]) -> Option<(&'static str, usize)> {
    let lower: Vec<String> = words.iter().take(2).map(|w| w.to_lowercase()).collect();
    let two = lower.join(" ");
    PEOPLE
        .iter()
        .find(|(name, _)| lower.len() == 2 && *name == two)
        .map(|(_, p)| (*p, 2))
        .or_else(|| PEOPLE.iter().find(|(name, _)| lower.first() == Some(&name.to_string())).map(|(_, p)| (*p, 1)))
}

/// Reporting verbs of speech, after which ("said that ...") what follows is
/// what the speaker said; with other verbs ("highly praised the measures")
/// the verb is part of it.
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "stated", "states", "stressed", "stresses", "noted", "notes", "pointed",
    "emphasized", "emphasised", "emphasizes", "underscored", "underlined", "reiterated", "added",
    "told", "believes", "believed", "hoped", "hopes", "informed", "explained", "declared", "announced",
    "warned", "insisted", "maintained", "recalled", "mentioned", "affirmed", "assured", "reported",
    "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "подчеркнули", "заявил", "заявила",
    "заявили", "сказал", "сказала", "сказали", "указал", "указали", "сообщил", "сообщила",
];

/// Verbs after which the following sentences of the paragraph go on with
/// the speaker's words ("Wang Yi said that ... It reflects ..."): speech, not
/// acts like "praised" or "discussed".
pub fn opens_speech(verb: &str) -> bool {
    listed(SPEECH_VERBS, verb) || listed(&["expressed", "expresses", "выразил", "выразила"], verb)
}

/// Words between a speech verb and what was said ("said that", "pointed out
/// that").
pub const SPEECH_LINKS: &[&str] = &["that", "out", "что", "о", "том"];

/// The key of both parties at once: "the two sides", "the leaders".
pub const BOTH: &str = "both sides";

/// Plural nouns that, as a subject naming no single party, speak for both
/// parties of a bilateral statement ("The two sides", "The Foreign
/// Ministers", "Both leaders", "главы ведомств").
pub const COLLECTIVES: &[&str] = &[
    "sides", "parties", "leaders", "presidents", "ministers", "officials", "delegations", "heads",
    "counterparts", "both", "стороны", "министры", "лидеры", "президенты", "главы", "делегации", "обе",
];

/// Words that join two subjects into one ("Lavrov and Wang Yi").
pub const AND: &[&str] = &["and", "и"];

/// Verbs (and verbal phrases' last word) of the reporting register: a
/// subject followed by one of these is who speaks in the sentence. Forms are
/// listed as they appear (no stemming), English then Russian.
pub const REPORTING_VERBS: &[&str] = &[
    "said", "says", "say", "stated", "states", "stressed", "stresses", "noted", "notes", "pointed",
    "expressed", "expresses", "agreed", "welcomed", "welcomes", "praised", "appreciated", "appreciates",
    "emphasized", "emphasised", "emphasizes", "underscored", "underlined", "reaffirmed", "reiterated",
    "affirmed", "confirmed", "assured", "believes", "believed", "hoped", "hopes", "added", "told",
    "called", "urged", "discussed", "exchanged", "reviewed", "informed", "briefed", "raised",
    "outlined", "thanked", "congratulated", "proposed", "suggested", "recognized", "recognised",
    "recognizes", "commended", "voiced", "conveyed", "spoke", "highlighted", "mentioned", "declared",
    "announced", "warned", "condemned", "insisted", "maintained", "recalled", "extended", "wished",
    "invited", "gave", "touched", "assessed", "acknowledged", "reported", "explained", "described",
    "continued",
    "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "подчеркнули", "заявил", "заявила",
    "заявили", "сказал", "сказала", "сказали", "выразил", "выразила", "выразили", "обсудили", "оценил",
    "оценила", "оценили", "приветствовал", "приветствовали", "договорились", "согласились", "указал",
    "указали", "сообщил", "сообщила", "подтвердил", "подтвердили", "информировал", "проинформировал",
    "поблагодарил", "призвал", "призвали", "высказался", "высказались",
];

/// Verbs that two parties do together ("discussed"): a plural pronoun
/// subject with one of these speaks for both sides.
pub const JOINT_VERBS: &[&str] = &[
    "discussed", "agreed", "exchanged", "reviewed", "touched", "confirmed", "reaffirmed", "continued", "обсудили",
    "договорились", "согласились", "подтвердили",
];

/// Words that stand between a subject and its reporting verb without ending
/// the subject ("highly praised", "also noted").
pub const VERB_ADVERBS: &[&str] = &[
    "also", "highly", "positively", "further", "again", "repeatedly", "once", "fully", "firmly",
    "strongly", "particularly", "especially", "warmly", "sincerely", "высоко", "также", "особо",
    "положительно", "в", "свою", "очередь",
];

/// Words that show the words before a reporting verb are not its speaker:
/// relative pronouns ("the measures that ... were praised"), auxiliaries of
/// the passive ("This has been recognized"), impersonal subjects.
pub const NOT_SUBJECTS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "will", "would", "can", "could", "must", "should", "may", "might", "it", "this",
    "these", "those", "there", "as", "when", "if", "while", "because", "since", "although", "i", "we",
    "you", "me", "us", "my", "our", "your", "one", "что", "который", "которые", "которая", "это", "был",
    "была", "было", "были", "я", "мы", "вы", "как", "когда", "если",
];

/// Pronouns that continue the previous sentence's speaker.
pub const SINGULAR_PRONOUNS: &[&str] = &["he", "she", "он", "она"];

/// Pronouns that stand for several speakers.
pub const PLURAL_PRONOUNS: &[&str] = &["they", "они"];

/// Titles of persons: a name that follows one, next to a party, is a
/// person of that party ("Russian Foreign Minister Sergei Lavrov",
/// "President of the United States Joseph Biden", "министром иностранных дел
/// КНР Ван И").
pub const PERSON_TITLES: &[&str] = &[
    "minister", "president", "councilor", "councillor", "secretary", "premier", "chairman",
    "chairwoman", "ambassador", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor",
    "leader", "counterpart", "colleague", "envoy", "representative", "director-general",
    "secretary-general", "chancellor", "king", "queen", "prince", "governor", "senator", "mr", "ms",
    "mrs", "dr", "h.e", "министр", "министра", "министром", "министру", "президент", "президента",
    "президентом", "глава", "главой", "коллега", "коллегой", "председатель", "председателем",
    "госсекретарь", "премьер-министр", "посол",
];

/// Words that qualify a title ("Foreign", "State", "of the"): skipped
/// between a party, a title and a name.
pub const TITLE_WORDS: &[&str] = &[
    "foreign", "state", "prime", "deputy", "vice", "national", "security", "defense", "defence",
    "special", "external", "affairs", "general", "director", "and", "of", "the", "his", "her",
    "иностранных", "дел", "своим", "своей", "его",
];

/// True when a word (as written) is `form`: an acronym form exactly, any
/// other form in any case.
fn is_form(form: &str, word: &str) -> bool {
    if form.chars().any(char::is_uppercase) {
        form == word
    } else {
        form == word.to_lowercase()
    }
}

/// The party forms by their first word (as an acronym is written, others in
/// lower case), built once.
fn forms_by_first_word() -> &'static FxHashMap<&'static str, Vec<(&'static str, &'static str)>> {
    static INDEX: OnceLock<FxHashMap<&'static str, Vec<(&'static str, &'static str)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxHashMap<&'static str, Vec<(&'static str, &'static str)>> = FxHashMap::default();
        for p in PARTIES {
            for form in p.forms {
                index.entry(form.split(' ').next().unwrap_or(form)).or_default().push((p.key, form));
            }
        }
        index
    })
}

/// True when `word` (as written) appears in `list` (lower case).
pub fn listed(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

/// The party named by the words starting at `words[0]` (as written), and how
/// many words name it; the longest form wins ("united states of america").
pub fn party_at(words: &[&str]) -> Option<(&'static str, usize)> {
    let first = words.first()?;
    let index = forms_by_first_word();
    let lower = first.to_lowercase();
    let candidates = index.get(*first).into_iter().chain(index.get(lower.as_str())).flatten();
    let mut best: Option<(&'static str, usize)> = None;
    for &(party, form) in candidates {
        let n = form.split(' ').count();
        if n <= words.len() && form.split(' ').zip(words).all(|(f, w)| is_form(f, w)) && best.is_none_or(|b| n > b.1) {
            best = Some((party, n));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_and_names_are_one_party() {
        assert_eq!(party_at(&["Russian"]), Some(("Russia", 1)));
        assert_eq!(party_at(&["Russia"]), Some(("Russia", 1)));
        assert_eq!(party_at(&["китайской"]), Some(("China", 1)));
        assert_eq!(party_at(&["United", "States", "Joseph"]), Some(("United States", 2)));
        assert_eq!(party_at(&["WHO"]), Some(("WHO", 1)));
        assert_eq!(party_at(&["who"]), None);
        assert_eq!(party_at(&["US"]), Some(("United States", 1)));
        assert_eq!(party_at(&["us"]), None);
        assert_eq!(party_at(&["people's", "republic", "of", "china"]), Some(("China", 4)));
        assert_eq!(party_at(&["united", "as", "one"]), None);
    }
}
