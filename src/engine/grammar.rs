//! Closed word classes that tell a reader where a subject begins and ends
//! and whom it names: determiners, pronouns, conjunctions, prepositions,
//! auxiliaries, sentence adverbs, titles of office and the nouns that name
//! a group, in English and Russian (the classes of any grammar of either
//! language, e.g. Quirk et al., A Comprehensive Grammar of the English
//! Language, 1985; Русская грамматика, 1980), and Chinese titles and
//! adverbs. These are grammar, not vocabulary: no entry names a party, a
//! person or a topic.

/// True when `word` (as written) appears in `list` (lower case).
#[inline(never)] // called from many places: one copy in the worker, not one per call
pub fn listed(list: &'static [&'static str], word: &str) -> bool {
    if list.len() <= SCANNED {
        if word.is_ascii() {
            // The lists are in lower case: no need to make a lower-case copy.
            return list.iter().any(|l| l.eq_ignore_ascii_case(word));
        }
        return list.contains(&word.to_lowercase().as_str());
    }
    // A long list is looked up in its set, made once (the lists of titles
    // are read for every word of every sentence).
    let lower: std::borrow::Cow<str> = if word.chars().any(char::is_uppercase) { word.to_lowercase().into() } else { word.into() };
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        let set = sets.entry((list.as_ptr() as usize, list.len())).or_insert_with(|| list.iter().copied().collect());
        set.contains(lower.as_ref())
    })
}

/// Lists up to this long are read word by word, longer ones through a set.
const SCANNED: usize = 16;

thread_local! {
    /// Each long list [`listed`] has read, as a set, by where it lies.
    static SETS: std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize), rustc_hash::FxHashSet<&'static str>>> = Default::default();
}

/// Determiners and possessive determiners: they open a noun phrase and
/// never end one ("the", "their").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "each", "every",
    "some", "any", "no", "all", "other", "another", "such", "его", "ее", "её", "их", "свой", "своей", "своего", "своим",
];

/// Conjunctions and prepositions: they never end a noun phrase ("and",
/// "of").
pub const LINKS: &[&str] = &[
    "and", "or", "but", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "about", "as", "into", "than",
    "between", "among", "after", "before", "during", "under", "over", "via", "per", "according", "и", "или", "но", "а", "в", "во",
    "на", "с", "со", "по", "к", "о", "об", "от", "до", "для", "из", "при", "за",
];

/// Words that show the words before a verb are a clause, not its subject:
/// relative pronouns, auxiliaries and modals, impersonal and first- or
/// second-person pronouns, subordinating conjunctions.
pub const NOT_SUBJECTS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "can", "could", "must", "should", "may", "might", "shall", "do", "does", "did", "it", "this",
    "these", "those", "there", "as", "when", "if", "while", "because", "since", "although", "though", "whether", "i",
    "we", "you", "me", "us", "one", "what", "how", "why", "where", "что", "который", "которые", "которая", "которое",
    "это", "был", "была", "было", "были", "будет", "я", "мы", "вы", "как", "когда", "если", "чтобы",
];

/// Forms of "be" before a participle: the passive ("He was assured that").
pub const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "был", "была", "было", "были"];

/// Adverbs that stand between a subject and its verb ("highly praised",
/// "also noted") or open a clause ("Moreover, ..."); English adverbs in -ly
/// are recognized by their ending as well.
pub const ADVERBS: &[&str] = &[
    "also", "further", "furthermore", "moreover", "again", "once", "then", "later", "meanwhile", "however", "still",
    "too", "already", "now", "today", "yesterday", "thus", "therefore", "nevertheless", "likewise", "similarly",
    "besides", "instead", "afterwards", "subsequently", "separately", "additionally", "finally", "first", "firstly",
    "secondly", "lastly", "well", "not", "jointly", "together", "mutually", "fully", "highly", "warmly",
    "firmly", "strongly", "once", "в", "свою", "очередь", "также", "тоже", "высоко", "особо", "положительно", "вновь",
    "еще", "ещё", "затем", "кроме", "того", "далее", "неоднократно", "отдельно", "в", "ходе",
];

/// English words in -ly that are nouns or adjectives, not adverbs ("ally",
/// "assembly"): the exceptions to the -ly rule.
pub const LY_NOUNS: &[&str] = &[
    "ally", "assembly", "family", "italy", "july", "rally", "supply", "monopoly", "anomaly", "reply", "apply", "fly",
    "only", "early", "daily", "weekly", "monthly", "yearly", "friendly", "likely", "elderly", "holy", "jelly", "belly",
    "bully", "folly", "melancholy", "sicily", "comply", "imply", "multiply", "rely",
];

/// Pronouns that refer to one person.
pub const SINGULAR_PRONOUNS: &[&str] = &["he", "she", "он", "она"];

/// Pronouns that refer to several.
pub const PLURAL_PRONOUNS: &[&str] = &["they", "они"];

/// The verbs of the light-verb phrase "pay attention to" ("уделить внимание"),
/// the register's way of saying what talks dwelt on, in their past and
/// passive forms.
pub const ATTENTION_VERBS: &[&str] = &[
    "paid", "pay", "pays", "paying", "given", "gave", "devoted", "уделено", "уделили", "уделил", "уделила", "уделялось", "уделяется",
    "уделяют", "уделяли",
];

/// Personal pronouns as objects ("said to him"): a person spoken to.
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you"];

/// First-person pronouns: a speech in the first person is its speaker's own.
pub const FIRST_PERSON: &[&str] = &["i", "we", "my", "our", "me", "us", "я", "мы", "наш", "наша", "наши", "мой", "нас", "нам"];

/// Nouns that name a group, which as a subject that names no single party
/// speak for the parties together ("The two sides", "Both leaders", "the
/// foreign ministers of the two countries", "главы ведомств"); the
/// interlocutors are those who spoke with each other ("Собеседники обсудили"),
/// and the co-chairs of a joint body chair it one for each side.
pub const COLLECTIVES: &[&str] = &[
    "sides", "parties", "leaders", "presidents", "ministers", "officials", "delegations", "heads", "counterparts",
    "countries", "governments", "nations", "states", "interlocutors", "co-chairs", "стороны", "министры", "лидеры", "президенты",
    "главы", "делегации", "страны", "государства", "собеседники", "сопредседатели",
];

/// Words that make a group of two out of a plural ("the two sides", "both
/// leaders", "обе стороны").
pub const PAIR_WORDS: &[&str] = &["two", "both", "two-", "два", "две", "обе", "оба", "двух"];

/// Nouns that name the members, citizens or parts of a party rather than the
/// body that speaks for it: "AU member states", "Kenyan businesses", "an
/// Omani energy company" are not the African Union, Kenya or Oman.
pub const MEMBERS: &[&str] = &[
    "member", "members", "states", "countries", "nations", "allies", "partners", "citizens", "nationals", "companies",
    "businesses", "firms", "investors", "media", "press", "experts", "scientists", "analysts", "observers", "students",
    "people", "peoples", "population", "troops", "forces", "farmers", "exporters", "importers", "producers", "workers",
    "tourists", "участники", "члены", "граждане", "компании", "эксперты", "СМИ",
    // One of them:
    "citizen", "national", "company", "business", "firm", "investor", "expert", "scientist", "analyst", "observer",
    "student", "farmer", "exporter", "importer", "producer", "worker", "tourist", "гражданин", "компания", "эксперт",
];

/// Nouns that stand for a party itself when a party's adjective comes with
/// them ("the Fijian side", "the Kenyan Government", "российская сторона"):
/// the subject of a passive they head is its recipient ("The Fijian side was
/// invited").
pub const PARTY_HEADS: &[&str] = &[
    "side", "government", "delegation", "leadership", "authorities", "administration", "cabinet", "ministry", "country",
    "state", "nation", "presidency", "office", "secretariat", "chancellery", "сторона", "правительство", "делегация", "руководство",
];

/// Titles of persons: a name that follows one is a person's ("President
/// Duarte", "министр Лавров"); alone, with a determiner, a title stands for
/// the person who holds it ("the President", "The Chairperson").
pub const PERSON_TITLES: &[&str] = &[
    "minister", "president", "councilor", "councillor", "secretary", "premier", "chairman", "chairwoman",
    "chairperson", "chair", "ambassador", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "leader", "statesman", "stateswoman",
    "envoy", "representative", "counterpart", "director-general", "secretary-general", "commissioner", "chancellor", "king",
    "queen", "prince", "princess", "emir", "sultan", "sheikh", "governor", "senator", "mayor", "head", "director",
    "deputy", "mr", "ms", "mrs", "dr", "h.e", "shri", "smt", "madam", "sir", "excellency", "pm", "fm", "eam", "vp", "министр", "министра",
    "министром", "министру", "президент", "президента", "президентом", "глава", "главой", "главы", "председатель",
    "председателем", "председателя", "госсекретарь", "премьер-министр", "посол", "канцлер", "король", "принц",
    // The English titles above in Russian, by their nominative:
    "лидер", "руководитель", "представитель", "спецпредставитель", "посланник", "советник", "секретарь", "генсек",
    "губернатор", "мэр", "сенатор", "директор", "заместитель", "премьер", "вице-президент", "вице-премьер", "королева",
    "принцесса", "эмир", "султан", "шейх", "собеседник", "собеседница", "коллега", "пресс-секретарь",
    // The titles of heads of state and of government that the world's
    // executives bear besides those above (the CIA World Factbook's
    // "Executive branch" entries), and the ranks of heads of diplomatic
    // and consular missions (the Vienna Conventions on Diplomatic
    // Relations, art. 14, and on Consular Relations, art. 9).
    "taoiseach", "tánaiste", "tanaiste", "emperor", "empress", "duke", "duchess", "regent", "co-prince", "governor-general",
    "pope", "pontiff", "monarch", "amir", "nuncio", "internuncio", "chargé", "consul", "consul-general", "vice-consul",
    "император", "императрица", "герцог", "герцогиня", "регент", "генерал-губернатор", "нунций", "консул", "генконсул",
];

/// The titles a head of state bears (the CIA World Factbook's "chief of
/// state" entries), in English and Russian: "the head of state" of a meeting
/// is the one official introduced with one.
pub const HEAD_OF_STATE_TITLES: &[&str] = &[
    "president", "king", "queen", "emir", "amir", "sultan", "monarch", "emperor", "empress", "co-prince",
    "президент", "король", "королева", "эмир", "султан", "император", "императрица",
];

/// Words that qualify a title ("Foreign", "Prime", "of the") and name a
/// foreign ministry's portfolio ("Affairs", "External Relations",
/// "International Cooperation", "Trade"): skipped between a party, a title
/// and a name.
pub const TITLE_WORDS: &[&str] = &[
    "foreign", "state", "council", "cabinet", "prime", "vice", "national", "security", "defense", "defence", "special", "external",
    "affairs", "relations", "cooperation", "trade", "ii", "iii", "general", "crown", "federal", "high", "executive", "royal", "highness", "majesty", "republic", "kingdom", "principality",
    "grand", "chief", "supreme", "captain", "d'affaires", "великий",
    // "Vice" in Russian, before its hyphen ("вице-премьер": a deputy, not the premier).
    "вице",
    // "Crown" in Russian ("наследный принц"), by case.
    "наследный", "наследного", "наследному", "наследным", "наследном",
    "and", "of", "the", "his", "her", "for", "иностранных", "дел", "мид", "своим", "своей", "его", "ее", "республики",
    "республика", "королевства", "королевство", "по", "иностранным", "делам", "государственный", "государственного",
    "государственному", "государственным", "государственном", "государство", "государства", "государству", "государством",
    // The government a head of government chairs ("Chairman of the Government of the Russian
    // Federation", "Председатель Кабинета Министров Туркменистана").
    "government", "правительства", "кабинета", "министров",
];

/// Honorifics that may stand between a title and a name ("Hon.", "Rt. Hon.",
/// "Mr", "H.E.").
pub const HONORIFICS: &[&str] = &[
    "rt", "hon", "honourable", "honorable", "mr", "ms", "mrs", "dr", "h.e", "shri", "smt", "sir", "madam",
    // Malay styles and titles of Brunei and Malaysia ("Yang Berhormat Dato Haji Rosli").
    "yang", "berhormat", "berbahagia", "dato", "datuk", "haji", "hajah", "awang", "dayang", "pehin",
];

/// Honorifics that tell a person's gender ("Mr", "Ms", "Shri", "г-н").
pub const MALE: &[&str] = &["mr", "sir", "shri", "king", "prince", "emir", "sultan", "sheikh", "г-н", "господин"];

/// Honorifics of women.
pub const FEMALE: &[&str] = &["ms", "mrs", "madam", "madame", "smt", "dame", "queen", "princess", "г-жа", "госпожа"];

/// Aspectual verbs (of happening, lasting, beginning and ending: "The talks
/// lasted an hour", "ended"): what an event does that says nothing of what it
/// covered.
pub const ASPECTUAL_VERBS: &[&str] = &[
    "lasted", "started", "began", "ended", "finished", "concluded", "continued", "followed", "preceded", "resumed",
    "happened", "occurred", "opened", "closed", "coincided",
];

/// Verbs of subject matter (what talks "covered", "centred on", "dealt with"):
/// what the talks themselves did that tells what the two sides discussed. Any
/// other verb of the talks tells the event ("The meeting formed part of the
/// visit"), which is narration.
pub const SUBJECT_MATTER_VERBS: &[&str] = &[
    "covered", "centred", "centered", "revolved", "included", "spanned", "ranged", "dealt", "addressed",
    "concerned", "encompassed", "embraced",
];

/// Verbs of treating a topic in talks ("The leaders addressed the crisis",
/// "They also dealt with"): WordNet 3.0's sense 01033545, "act on verbally"
/// (cover, treat, handle, deal, address), of which "discuss" is a kind;
/// the reporting table leaves them out, as this is not among the most
/// frequent senses of any of them. Done together when the two sides are
/// the subject.
pub const TREATING_VERBS: &[&str] = &["covered", "treated", "handled", "dealt", "addressed"];

/// Nouns of getting in touch: "had a phone call with", "held talks with"
/// narrate an event.
pub const CONTACT_NOUNS: &[&str] = &[
    "call", "phone", "telephone", "conversation", "conversations", "talk", "talks", "meeting", "meetings",
    "consultations", "consultation", "visit", "discussion", "discussions", "negotiations", "dialogue", "session",
    "summit", "exchange", "exchanges", "videoconference", "video", "разговор", "разговора", "беседу", "беседа", "переговоры", "встречу", "встреча",
    "телефонный", "телефонного",
];

/// The forms of "to sign" a subject signs with (English; Russian "подписать"
/// in the plural, as the two sides sign): two sides signing a document
/// commit to it together.
pub const SIGNING_VERBS: &[&str] = &["sign", "signs", "signed", "подписали", "подписывают", "подпишут"];

/// Words that say who asked for an event: "The call was made at the
/// initiative of the Malian side", "requested by the Czech minister",
/// "Беседа прошла по инициативе …", "The visit takes place at the
/// invitation of …". A statement says it once, of its call or visit.
pub const INITIATION_WORDS: &[&str] = &[
    "initiative", "initiated", "request", "requested", "invitation", "invited", "инициативе", "просьбе", "приглашению",
];

/// The beginnings of the verbs that invite, in English and Russian
/// ("invited", "пригласил"): a sentence with one tells of the inviting,
/// whatever else it says ("… invited Y, and the invitation was accepted").
pub const INVITING_VERBS: &[&str] = &["invite", "inviting", "пригласи", "приглашает"];
/// The beginnings of the nouns that name an invitation ("invitation",
/// "приглашение", "邀请"; Chinese writes the verb alike).
pub const INVITATION_NOUNS: &[&str] = &["invitation", "приглашени", "邀请"];
/// The beginnings of the words that accept ("accepted", "acceptance",
/// "接受") and the Russian past forms of "принять" ("принял", "принято"),
/// whole: "принять участие" is to take part.
pub const ACCEPTING: &[&str] = &["accept", "接受"];
/// See [`ACCEPTING`].
pub const ACCEPTED_RU: &[&str] = &["принял", "приняла", "приняли", "принят", "принята", "принято", "приняты"];

/// Verbs that carry a contact noun ("had", "held", "провел").
pub const CONTACT_CARRIERS: &[&str] = &[
    "had", "has", "have", "held", "holds", "hold", "conducted", "took", "paid", "pays", "pay", "concluded", "concludes", "провел", "провела", "провели", "состоялся",
    "состоялась", "состоялись",
];

/// Chinese titles of office: a name follows them ("外长王毅", "总统卢拉"),
/// each also with 副 (deputy) before it ("副总理", "副首相").
pub const ZH_TITLES: &[&str] = &[
    "国家主席", "主席", "总统", "总理", "首相", "国务委员", "外交部长", "外长", "部长", "大臣", "大使", "特使",
    "秘书长", "总干事", "发言人", "国王", "王储", "议长", "委员长", "国务卿", "外交大臣", "总书记", "兼", "顾问", "专员", "总督",
    "市长", "主任", "领导人", "女王", "王子", "埃米尔", "苏丹", "酋长",
    // The heads of state and of missions the English list adds (see PERSON_TITLES).
    "天皇", "皇帝", "大公", "教皇", "教宗", "摄政", "代办", "总领事", "领事",
];

/// Chinese adverbs between a subject and its verb ("双方一致认为", "他还表示"), and the
/// aspectual verb that goes before another as "continue to" does ("中方将继续鼓励").
pub const ZH_ADVERBS: &[&str] = &[
    "也", "还", "均", "都", "再次", "一致", "高度", "同时", "进一步", "特别", "亦", "并", "则", "积极", "充分", "完全", "首先",
    "坚定", "坚决", "始终", "一贯", "将", "共同", "一道", "一起", "又", "仍", "已", "曾", "继续",
];

/// Chinese subjects that are both parties ("双方", "两国", "两国元首").
pub const ZH_BOTH: &[&str] = &["双方", "两国", "两位", "两国元首", "两国外长", "两国领导人", "两位外长", "两位部长"];

/// Chinese prepositions that open a phrase between a subject and its verb
/// ("就", "对", "同": "双方就…交换意见").
pub const ZH_PREPOSITIONS: &[&str] = &["就", "对", "同", "与", "向", "在", "为", "从", "围绕", "关于", "对于"];

/// Nouns of opinion: to share one is to agree ("shared the view that"), to
/// exchange them is a joint act ("exchange of views", "обмен мнениями"; the
/// Russian in the instrumental that "обмен" governs).
pub const OPINION_NOUNS: &[&str] = &[
    "view", "views", "opinion", "opinions", "assessment", "assessments", "understanding", "concern", "concerns", "position",
    "positions", "belief", "hope", "conviction", "мнениями", "оценками", "взглядами", "мнением",
];

/// Nouns of an agreement reached between the sides.
pub const AGREEMENT_NOUNS: &[&str] = &["agreement", "consensus", "understanding", "договоренность", "договорённость", "договоренности", "договорённости", "понимание"];

/// Words that make a thing a topic of the talks ("on the agenda of the meeting", "featured in the
/// discussions", "at the center of the talks", "a priority topic of the meeting").
pub const TOPIC_WORDS: &[&str] = &["agenda", "topic", "topics", "theme", "themes", "focus", "center", "centre", "featured", "featuring", "item"];

/// Marks inside a Chinese clause that do not end it (GB/T 15834-2011, 标点符号用法): the dash that
/// joins two names ("中国—东盟关系") and the brackets of a note ("刚果（金）").
pub const ZH_IN_CLAUSE_MARKS: &[&str] = &["—", "–", "－", "-", "（", "）", "(", ")"];

/// Chinese adverbs of acting together ("共同见证", "一道出席").
pub const ZH_TOGETHER: &[&str] = &["共同", "一道", "一起"];
