//! Russian inflection by rule: the case forms of a name written in the
//! nominative ("Бразилия" → "Бразилии", "Бразилией"; "бразильский" →
//! "бразильской") and the past and present forms of a verb given by its
//! infinitive ("заявить" → "заявил", "заявила"; "считать" → "считает"), so
//! that data files list each word once.
//!
//! The rules are the regular declension and conjugation classes of Russian
//! grammar, chosen by the word's ending. They over-generate (both hard and
//! soft endings, every gender) rather than guess: a form that Russian does
//! not use costs a few bytes and never matches a text.

/// Endings of adjectives in every case, gender and number, hard and soft.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем", "ей",
    "ую", "юю", "их", "ых", "ими", "ыми",
];

/// The forms of one word of a name in the nominative, all cases (lower case).
fn word_forms(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let with = |stem: &str, endings: &[&str]| endings.iter().map(|e| format!("{stem}{e}")).collect::<Vec<_>>();
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    let ends = |s: &str| lower.ends_with(s);
    let stem = |k: usize| chars[..n - k].iter().collect::<String>();
    if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return vec![word.to_owned()]; // acronyms ("США", "КНДР") do not decline, and keep their capitals
    }
    if n < 3 {
        return vec![lower];
    }
    if ["ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие"].iter().any(|e| ends(e)) {
        return with(&stem(2), ADJECTIVE_ENDINGS);
    }
    if ends("ия") {
        return with(&stem(2), &["ия", "ии", "ию", "ией", "иею"]);
    }
    if ends("я") {
        return with(&stem(1), &["я", "и", "е", "ю", "ей", "ею"]);
    }
    if ends("а") {
        return with(&stem(1), &["а", "ы", "и", "е", "у", "ой", "ою", "ей"]);
    }
    if ends("ы") {
        // A plural name ("Штаты", "Нидерланды", "Филиппины").
        return with(&stem(1), &["ы", "ов", "ам", "ами", "ах", ""]);
    }
    if ends("й") {
        return with(&stem(1), &["й", "я", "ю", "ем", "е", "ём"]);
    }
    if ends("ь") {
        return with(&stem(1), &["ь", "я", "ю", "ем", "е", "и", "ью", "ём"]);
    }
    if ends("ство") {
        // A native neuter noun of the suffix -ство ("Королевство",
        // "Государство", "Княжество") declines as the second declension does.
        return with(&stem(1), &["о", "а", "у", "ом", "е"]);
    }
    if "оеёиуюэ".contains(chars[n - 1]) {
        return vec![lower]; // "Конго", "Перу", "Мали": indeclinable
    }
    let mut forms = with(&lower, &["", "а", "у", "ом", "ем", "е"]);
    // A fleeting vowel in the last syllable ("Египет" → "Египта").
    if n >= 4 && "ео".contains(chars[n - 2]) && !"аеёиоуыэюяйь".contains(chars[n - 3]) {
        let short: String = chars[..n - 2].iter().chain(&chars[n - 1..]).collect();
        forms.extend(with(&short, &["а", "у", "ом", "е"]));
    }
    forms
}

/// The case forms of a name in the nominative, word by word as a text's
/// words are cut (at spaces and hyphens): the head noun and the adjectives
/// before it decline; what follows it (a genitive, "of ...") stays as
/// written ("Республика Корея" → "Республики Корея", "Организация
/// Объединенных Наций" → "Организации Объединенных Наций"). Each part of a
/// hyphenated head declines by its own ending ("Гвинея-Бисау" →
/// "Гвинеи-Бисау", "Коста-Рика" → "Коста-Рики", "Буркина-Фасо" stays).
pub fn name_forms(name: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut head_seen = false;
    for word in name.split(' ') {
        let parts: Vec<&str> = word.split('-').filter(|p| !p.is_empty()).collect();
        if head_seen {
            let as_written = |p: &str| if p.chars().filter(|c| c.is_uppercase()).count() > 1 { p.to_owned() } else { p.to_lowercase() };
            out.extend(parts.iter().map(|p| vec![as_written(p)]));
        } else {
            out.extend(parts.iter().map(|p| word_forms(p)));
            let last = parts.last().map_or(String::new(), |p| p.to_lowercase());
            let adjective = ["ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие"].iter().any(|e| last.ends_with(e));
            head_seen = !adjective && last.chars().count() > 2;
        }
    }
    out
}

/// A Russian name declined to its base, by the declension of names in
/// Russian grammars, so that a person introduced in the genitive
/// ("Министра ... Н.А.Громова") is known when named in the nominative
/// ("Н.А.Громов подчеркнул"): a surname in -ов/-ев/-ёв/-ин/-ын declines as
/// an adjective ("Громова", "Громовым"; the feminine "Громовой"), a man's
/// name ending in a consonant as a noun ("Саргсяна", "Саргсяном",
/// "Митровичем", "Ашота"), and a name in -а as a noun of the first
/// declension ("Мачава", "Мачавы", "Мачаве", "Мачаву", "Мачавой"); a surname
/// in -ский/-цкий is an adjective in every form ("Лапицкий", "Лапицкого",
/// "Лапицким"; the feminine "Лапицкая", "Лапицкой"). The base is the same
/// word's for every case.
pub fn surname_base(lower: &str) -> Option<String> {
    const FULL_ADJECTIVAL: &[&str] = &["ими", "ого", "ому", "ий", "им", "ом", "ая", "ой", "ую", "их"];
    if let Some(b) = FULL_ADJECTIVAL.iter().find_map(|e| lower.strip_suffix(e)).filter(|b| (b.ends_with("ск") || b.ends_with("цк")) && b.chars().count() >= 4) {
        return Some(b.to_owned());
    }
    const ADJECTIVAL: &[&str] = &["ыми", "ым", "ой", "ою", "ых", "а", "у", "е", "ы"];
    const ADJECTIVAL_STEMS: &[&str] = &["ов", "ев", "ёв", "ин", "ын"];
    const NOUN: &[&str] = &["ом", "ем", "ой", "ою", "а", "у", "е", "ы"];
    const CONSONANTS: &str = "бвгджзклмнпрстфхцчшщ";
    let base = |endings: &[&str], shortest: usize| {
        let end = endings.iter().find(|e| lower.ends_with(*e))?;
        Some(&lower[..lower.len() - end.len()]).filter(|b| b.chars().count() >= shortest)
    };
    if let Some(b) = base(ADJECTIVAL, 4).filter(|b| ADJECTIVAL_STEMS.iter().any(|s| b.ends_with(s))) {
        return Some(b.to_owned());
    }
    // A man's name in -ай/-ей declines as a noun of soft stem, like "Николай"
    // and "Андрей": "Тендая", "Тендаю", "Тендаем", "Тендае". (Not -ой, the
    // instrumental of a name in -а, nor -ий, which neuter nouns share.)
    const SOFT: &[&str] = &["ем", "й", "я", "ю", "е"];
    if let Some(b) = SOFT.iter().find_map(|e| lower.strip_suffix(e)).filter(|b| b.chars().count() >= 3 && (b.ends_with('а') || b.ends_with('е'))) {
        return Some(b.to_owned());
    }
    // A man's name in a consonant and -ь declines as a soft noun, like "Игорь": "Гебремескель",
    // "Гебремескеля", "Гебремескелю", "Гебремескелем", "Гебремескеле".
    if let Some(b) = ["ь", "я", "ю"].iter().find_map(|e| lower.strip_suffix(e)).filter(|b| b.chars().count() >= 3 && b.chars().last().is_some_and(|c| CONSONANTS.contains(c))) {
        return Some(b.to_owned());
    }
    // (A name of three letters declines too: "Жана", "Жаном", "Кабой"; but "Салем"
    // is a name of its own, not a case form.)
    let shortest = if lower.ends_with("ем") { 4 } else { 3 };
    base(NOUN, shortest).filter(|b| b.chars().last().is_some_and(|c| CONSONANTS.contains(c))).map(str::to_owned)
}

/// The consonant mutations of Russian verbs before the imperfective's -а-
/// and in the passive participle: (mutated, the plain consonants it comes
/// from), "обсуждать"/"обсудить", "отмечать"/"отметить".
const MUTATIONS: &[(&str, &[&str])] = &[
    ("жд", &["д"]), ("ж", &["з", "д"]), ("ч", &["т"]), ("щ", &["ст", "т"]), ("ш", &["с"]),
    ("вл", &["в"]), ("бл", &["б"]), ("пл", &["п"]), ("мл", &["м"]), ("фл", &["ф"]),
];

/// The perfectives an imperfective infinitive is likely the partner of, by
/// the grammar's rules of aspect pairs (as in Wade, "A Comprehensive Russian
/// Grammar", on secondary imperfectives): -ывать/-ивать drops its suffix
/// ("подписывать" → "подписать"), with -нуть after к ("подчёркивать" →
/// "подчеркнуть") and root а as о ("договариваться" → "договориться"); an
/// imperfective in -ать/-ять is an -ить perfective with its consonant
/// mutated back ("обсуждать" → "обсудить", "отмечать" → "отметить",
/// "укреплять" → "укрепить"). Dictionaries list verbs by their
/// imperfective, readouts report in the perfective. Some candidates are no
/// words; they match nothing.
pub fn perfectives(infinitive: &str) -> Vec<String> {
    let lower = infinitive.to_lowercase().replace('ё', "е");
    let (base, reflexive) = match lower.strip_suffix("ся") {
        Some(b) => (b, "ся"),
        None => (lower.as_str(), ""),
    };
    let mut out = Vec::new();
    let mut add = |stem: &str, ending: &str| out.push(format!("{stem}{ending}{reflexive}"));
    if let Some(stem) = base.strip_suffix("ывать").or_else(|| base.strip_suffix("ивать")) {
        add(stem, "ать");
        add(stem, "ить");
        if stem.ends_with('к') {
            add(stem, "нуть");
        }
        if let Some(i) = stem.rfind('а') {
            let rooted = format!("{}о{}", &stem[..i], &stem[i + 'а'.len_utf8()..]);
            add(&rooted, "ить");
            add(&rooted, "еть");
        }
    } else if let Some(stem) = base.strip_suffix("ать").or_else(|| base.strip_suffix("ять")) {
        add(stem, "ить");
        // Consonants mutated before the imperfective's -а-, unmutated.
        if let Some((from, tos)) = MUTATIONS.iter().find(|(from, _)| stem.ends_with(from)) {
            for to in tos.iter() {
                add(&format!("{}{to}", &stem[..stem.len() - from.len()]), "ить");
            }
        }
    }
    out
}

/// The verbal nouns in -ние a verb's infinitive makes, by the rules of
/// their formation (Wade, "A Comprehensive Russian Grammar", on verbal
/// nouns): -ать → -ание ("подписать" → "подписание"), and -ение after a
/// mutated consonant ("подтверждать" → "подтверждение"); -ять → -ение,
/// -яние ("углублять" → "углубление"); -ить → -ение with the stem's last
/// consonant mutated ("укрепить" → "укрепление", "обсудить" →
/// "обсуждение"). A dictionary lists the verb; a readout often says the
/// noun ("углублению партнерства"). Some candidates are no words and match
/// nothing; a reflexive verb's noun has no -ся.
pub fn verbal_nouns(infinitive: &str) -> Vec<String> {
    let lower = infinitive.to_lowercase().replace('ё', "е");
    let base = lower.strip_suffix("ся").unwrap_or(&lower);
    let mut out = Vec::new();
    if let Some(stem) = base.strip_suffix("ать") {
        out.push(format!("{stem}ание"));
        if MUTATIONS.iter().any(|(mutated, _)| stem.ends_with(mutated)) {
            out.push(format!("{stem}ение"));
        }
    } else if let Some(stem) = base.strip_suffix("ять") {
        out.push(format!("{stem}ение"));
        out.push(format!("{stem}яние"));
    } else if let Some(stem) = base.strip_suffix("ить") {
        out.extend(with_mutation(stem).iter().map(|s| format!("{s}ение")));
    }
    // A loan verb in -ировать/-изовать names its act in -ация as well
    // ("модернизировать" → "модернизация", "реализовать" → "реализация").
    if let Some(stem) = base.strip_suffix("ировать").or_else(|| base.strip_suffix("овать").filter(|s| s.ends_with("из"))) {
        out.push(format!("{stem}ация"));
    }
    out
}

/// The relational adjective a noun makes, by the productive suffixes of
/// their formation (Русская грамматика, 1980, т. I, on relational
/// adjectives): -ство/-ствие → -ственный ("продовольствие" →
/// "продовольственный"), -ция → -ционный ("инвестиция" →
/// "инвестиционный"), -ика and -ия → -ический ("экономика" →
/// "экономический", "стратегия" → "стратегический"), -ура → -урный
/// ("культура" → "культурный"). Russian says with an adjective what English
/// says with a noun before a noun ("продовольственная безопасность", "food
/// security"), and a dictionary lists the noun. Some candidates are no words
/// and match nothing.
pub fn relational_adjective(noun: &str) -> Option<String> {
    let lower = noun.to_lowercase().replace('ё', "е");
    let rules: [(&str, &str); 6] = [
        ("ствие", "ственный"),
        ("ство", "ственный"),
        ("ция", "ционный"),
        ("ика", "ический"),
        ("ия", "ический"),
        ("ура", "урный"),
    ];
    rules.iter().find_map(|(suffix, adjective)| lower.strip_suffix(suffix).filter(|stem| stem.chars().count() >= 3).map(|stem| format!("{stem}{adjective}")))
}

/// A verb's stem as it is and with its last consonant mutated as before the
/// imperfective's -а- ("подтверд" → "подтвержд", "укреп" → "укрепл"): the
/// stems that -ен (participle) and -ение (verbal noun) follow.
fn with_mutation(stem: &str) -> Vec<String> {
    let mut out = vec![stem.to_owned()];
    for (mutated, plain) in MUTATIONS {
        if let Some(root) = plain.iter().find_map(|p| stem.strip_suffix(p)) {
            out.push(format!("{root}{mutated}"));
        }
    }
    out
}

/// The short passive participles of a perfective verb, every gender and the
/// plural, by the rules of their formation: -ать/-ять → -ан/-ян
/// ("подписать" → "подписана"), -нуть → -нут ("подчеркнуть" →
/// "подчеркнуто"), -ить/-еть → -ен with the stem's last consonant mutated
/// as before the imperfective's -а- ("подтвердить" → "подтверждена",
/// "отметить" → "отмечено", "заявить" → "заявлено"). Reports without an
/// agent use them ("Подтверждена взаимная нацеленность"). A reflexive verb
/// in -иться has the impersonal neuter alone ("договориться" →
/// "договорено", "условиться" → "условлено": "it was agreed"); other
/// reflexives have none. Some candidates are no words and match nothing.
pub fn short_passives(infinitive: &str) -> Vec<String> {
    if let Some(base) = infinitive.strip_suffix("ся").or_else(|| infinitive.strip_suffix("сь")) {
        return base.strip_suffix("ить").map(|stem| with_mutation(stem).iter().map(|s| format!("{s}ено")).collect()).unwrap_or_default();
    }
    // The imperfective's passive in -ся, in the past ("обсуждать" → "обсуждались": "… were
    // discussed"), of verbs in -ать/-ять, as imperfectives of the register are; a perfective in
    // -ить has its own reflexive instead ("ознакомилась": got acquainted), and is left out.
    let mut forms: Vec<String> = infinitive
        .strip_suffix("ать")
        .map(|s| (s, "а"))
        .or_else(|| infinitive.strip_suffix("ять").map(|s| (s, "я")))
        .map(|(s, v)| ["лся", "лась", "лось", "лись"].iter().map(|e| format!("{s}{v}{e}")).collect())
        .unwrap_or_default();
    let mut stems = Vec::new();
    if let Some(stem) = infinitive.strip_suffix("нуть") {
        stems.push(format!("{stem}нут"));
    } else if let Some(stem) = infinitive.strip_suffix("ать").or_else(|| infinitive.strip_suffix("ять")) {
        let vowel = &infinitive[stem.len()..stem.len() + 'а'.len_utf8()];
        stems.push(format!("{stem}{vowel}н"));
    } else if let Some(stem) = infinitive.strip_suffix("ить").or_else(|| infinitive.strip_suffix("еть")) {
        stems.extend(with_mutation(stem).iter().map(|s| format!("{s}ен")));
    }
    forms.extend(stems.iter().flat_map(|s| ["", "а", "о", "ы"].map(|e| format!("{s}{e}"))));
    forms
}

/// The past forms of a verb (every gender and the plural) and, for an
/// imperfective, its present third person: "заявить" → "заявил", "заявила",
/// "заявило", "заявили"; "считать" → "считает", "считают"; reflexives with
/// -ся/-сь ("договориться" → "договорились"; "надеяться" → "надеется").
pub fn verb_forms(infinitive: &str) -> Vec<String> {
    let (base, reflexive) = match infinitive.strip_suffix("ся") {
        Some(b) => (b, true),
        None => (infinitive, false),
    };
    let Some(stem) = base.strip_suffix("ть") else { return vec![infinitive.to_owned()] };
    let past = |e: &str| if reflexive { format!("{stem}{e}{}", if e.is_empty() || e == "л" { "ся" } else { "сь" }) } else { format!("{stem}{e}") };
    let mut forms: Vec<String> = ["л", "ла", "ло", "ли"].iter().map(|e| past(e)).collect();
    if reflexive {
        forms[0] = format!("{stem}лся");
    }
    // Present of the imperfective (perfectives have none; their "present"
    // forms are futures, which readouts do not use for what was said).
    let present: Option<(String, &str, &str)> = if let Some(s) = stem.strip_suffix("ова") {
        Some((s.to_owned(), "ует", "уют"))
    } else if stem.ends_with("ива") || stem.ends_with("ыва") || stem.ends_with("ва") && !stem.ends_with("ова") {
        Some((stem.to_owned(), "ет", "ют"))
    } else if stem.ends_with("ея") {
        Some((stem[..stem.len() - "я".len()].to_owned(), "ется", "ются"))
    } else if stem.ends_with('а') || stem.ends_with('я') {
        Some((stem.to_owned(), "ет", "ют"))
    } else if stem.ends_with('и') {
        let s = &stem[..stem.len() - "и".len()];
        Some((s.to_owned(), "ит", "ят"))
    } else {
        None
    };
    if let Some((s, third, plural)) = present {
        if reflexive && !third.ends_with("ся") {
            forms.push(format!("{s}{third}ся"));
            forms.push(format!("{s}{plural}ся"));
        } else {
            forms.push(format!("{s}{third}"));
            forms.push(format!("{s}{plural}"));
        }
        // The impersonal passive of the imperfective ("подчеркивается", "отмечается").
        if !reflexive && (stem.ends_with('а') || stem.ends_with('я')) {
            forms.push(format!("{s}{third}ся"));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(forms: &[String], f: &str) -> bool {
        forms.iter().any(|x| x == f)
    }

    #[test]
    fn surnames_to_their_base() {
        assert_eq!(surname_base("громова").as_deref(), Some("громов"));
        assert_eq!(surname_base("митровичем").as_deref(), Some("митрович"));
        assert_eq!(surname_base("саргсяна").as_deref(), Some("саргсян"));
        assert_eq!(surname_base("бакошем").as_deref(), Some("бакош"));
        assert_eq!(surname_base("салем"), None, "too short a base: a name of its own");
        for case in ["жана", "жану", "жаном"] {
            assert_eq!(surname_base(case).as_deref(), Some("жан"), "a first name of three letters: {case}");
        }
        for case in ["гебремескель", "гебремескеля", "гебремескелю", "гебремескелем", "гебремескеле"] {
            assert_eq!(surname_base(case).as_deref(), Some("гебремескел"), "a name in -ь: {case}");
        }
        for case in ["каба", "кабы", "кабе", "кабу", "кабой"] {
            assert_eq!(surname_base(case).as_deref(), Some("каб"), "a name in -а of three letters: {case}");
        }
        for case in ["тендай", "тендая", "тендаю", "тендаем", "тендае"] {
            assert_eq!(surname_base(case).as_deref(), Some("тенда"), "a name in -ай: {case}");
        }
        for case in ["андрей", "андрея", "андреем"] {
            assert_eq!(surname_base(case).as_deref(), Some("андре"), "a name in -ей: {case}");
        }
        assert_eq!(surname_base("митрович"), None, "already the base");
        for case in ["мачава", "мачавы", "мачаве", "мачаву", "мачавой"] {
            assert_eq!(surname_base(case).as_deref(), Some("мачав"), "a name in -а: {case}");
        }
        assert_eq!(surname_base("величием"), None, "not a surname's stem");
        for case in ["лапицкий", "лапицкого", "лапицкому", "лапицким", "лапицкая", "лапицкой"] {
            assert_eq!(surname_base(case).as_deref(), Some("лапицк"), "a surname in -цкий: {case}");
        }
    }

    #[test]
    fn names_decline_by_their_ending() {
        let brazil = &name_forms("Бразилия")[0];
        assert!(["бразилия", "бразилии", "бразилию", "бразилией"].iter().all(|f| has(brazil, f)));
        let egypt = &name_forms("Египет")[0];
        assert!(has(egypt, "египет") && has(egypt, "египта") && has(egypt, "египте"), "{egypt:?}");
        let kenya = &name_forms("кенийский")[0];
        assert!(has(kenya, "кенийской") && has(kenya, "кенийские") && has(kenya, "кенийского"));
        assert_eq!(name_forms("Перу"), vec![vec!["перу".to_owned()]], "indeclinable");
        let tonga = name_forms("Королевство Тонга");
        assert!(has(&tonga[0], "королевства") && has(&tonga[0], "королевством") && tonga[1] == ["тонга"], "{tonga:?}");
        let oman = name_forms("Оманское Государство");
        assert!(has(&oman[0], "оманского") && has(&oman[1], "государства"), "{oman:?}");
        let guinea_bissau = name_forms("Гвинея-Бисау");
        assert!(guinea_bissau[0].contains(&"гвинеи".to_owned()) && guinea_bissau[1] == vec!["бисау".to_owned()], "{guinea_bissau:?}");
        assert!(name_forms("Коста-Рика")[1].contains(&"рики".to_owned()));
        assert_eq!(name_forms("США"), vec![vec!["США".to_owned()]], "acronyms stay");
        let korea = name_forms("Республика Корея");
        assert!(has(&korea[0], "республики") && korea[1] == ["корея"], "the genitive after the head stays: {korea:?}");
        let usa = name_forms("Соединенные Штаты");
        assert!(has(&usa[0], "соединенных") && has(&usa[1], "штатов"));
    }

    #[test]
    fn verbs_conjugate_by_their_class() {
        let v = verb_forms("заявить");
        assert!(has(&v, "заявил") && has(&v, "заявила") && has(&v, "заявили"));
        assert!(has(&verb_forms("считать"), "считает"));
        assert!(has(&verb_forms("подчеркивать"), "подчеркивается"));
        assert!(has(&verb_forms("приветствовать"), "приветствует"));
        let r = verb_forms("договориться");
        assert!(has(&r, "договорились") && has(&r, "договорился"), "{r:?}");
        assert!(has(&verb_forms("надеяться"), "надеется"), "{:?}", verb_forms("надеяться"));
        assert!(has(&verb_forms("говорить"), "говорит"));
        let p = short_passives("обсуждать");
        assert!(has(&p, "обсуждались") && has(&p, "обсуждалось"), "{p:?}");
        assert!(!has(&short_passives("ознакомить"), "ознакомилась"), "a perfective's reflexive is a verb of its own");
    }

    #[test]
    fn verbs_make_their_verbal_nouns() {
        for (verb, noun) in [("углублять", "углубление"), ("подписать", "подписание"), ("подтверждать", "подтверждение"), ("укрепить", "укрепление"), ("обсудить", "обсуждение"), ("расширить", "расширение"), ("регулировать", "регулирование")] {
            assert!(verbal_nouns(verb).iter().any(|n| n == noun), "{verb}: {:?}", verbal_nouns(verb));
        }
        assert!(verbal_nouns("министр").is_empty());
        assert!(verbal_nouns("модернизировать").iter().any(|n| n == "модернизация"));
        assert!(verbal_nouns("реализовать").iter().any(|n| n == "реализация"));
        assert!(!verbal_nouns("рисовать").iter().any(|n| n.ends_with("ация")), "-овать without -из- makes no -ация");
    }

    #[test]
    fn nouns_make_their_relational_adjectives() {
        for (noun, adjective) in [
            ("продовольствие", "продовольственный"),
            ("государство", "государственный"),
            ("инвестиция", "инвестиционный"),
            ("экономика", "экономический"),
            ("стратегия", "стратегический"),
            ("инфраструктура", "инфраструктурный"),
        ] {
            assert_eq!(relational_adjective(noun).as_deref(), Some(adjective), "{noun}");
        }
        assert_eq!(relational_adjective("министр"), None);
        assert_eq!(relational_adjective("ия"), None, "a suffix is no noun");
    }

    #[test]
    fn imperfectives_name_their_perfective_partners() {
        for (imperfective, perfective) in [
            ("подписывать", "подписать"),
            ("обсуждать", "обсудить"),
            ("отмечать", "отметить"),
            ("подчёркивать", "подчеркнуть"),
            ("укреплять", "укрепить"),
            ("договариваться", "договориться"),
            ("решать", "решить"),
        ] {
            assert!(perfectives(imperfective).iter().any(|p| p == perfective), "{imperfective}: {:?}", perfectives(imperfective));
        }
        assert!(perfectives("министр").is_empty());
    }
}
