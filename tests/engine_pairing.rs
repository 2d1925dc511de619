//! Sentence pairing and sentence boundaries as a reader sees them, on real
//! statements from the corpus (tests/data/corpus) and on short constructed
//! cases.

mod common;
use common::corpus;

use parallax::engine::{compare, Comparison, Options, SideResult, SpanKind};

/// The index of the sentence of `side` that starts with `opening`.
fn sentence(side: &SideResult, opening: &str) -> usize {
    side.sentences
        .iter()
        .position(|s| side.slice(s.range).trim_start().starts_with(opening))
        .unwrap_or_else(|| panic!("no sentence starts with {opening:?}"))
}

/// The right sentences paired with the left sentence starting with `opening`.
fn counterpart(c: &Comparison, opening: &str) -> Vec<usize> {
    let s = &c.left.sentences[sentence(&c.left, opening)];
    s.pair.map(|p| c.pairs[p].right.clone()).unwrap_or_default()
}

#[test]
fn headlines_and_datelines_pair_head_to_head() {
    // Two Russian press releases on two calls, written to one pattern.
    let (july, april) = (corpus("2020-07-17_wangyi-lavrov_ru-mid.txt"), corpus("2020-04-14_lavrov-wangyi_ru-mid.txt"));
    let c = compare(&july, &april, &Options::default());
    assert_eq!(counterpart(&c, "Press release on"), vec![sentence(&c.right, "Press release on")]);
    assert_eq!(counterpart(&c, "On July 17"), vec![sentence(&c.right, "On April 14")]);
    // Each agenda sentence with its counterpart, across the order.
    assert_eq!(counterpart(&c, "The ministers discussed a number"), vec![sentence(&c.right, "The ministers touched on")]);
}

#[test]
fn a_headline_without_counterpart_stays_unpaired() {
    // The Kremlin's headline has no counterpart in the White House readout:
    // the White House's opening sentence pairs with the Kremlin's dateline.
    let (wh, kremlin) = (corpus("2021-07-09_biden-putin_us-wh.txt"), corpus("2021-07-09_biden-putin_ru-kremlin.txt"));
    let c = compare(&wh, &kremlin, &Options::default());
    let headline = sentence(&c.right, "Telephone conversation with US President");
    assert_eq!(c.right.sentences[headline].pair, None);
    assert_eq!(counterpart(&c, "President Biden spoke today"), vec![sentence(&c.right, "Vladimir Putin had a telephone")]);
}

#[test]
fn honorifics_initials_and_list_numbers_stay_in_their_sentence() {
    let left = "H.E. Dr. S. Jaishankar, External Affairs Minister of India, met H.E. Wang Yi in New Delhi.\n\n\
                1. The two sides agreed to deepen cooperation in trade.\n\n2. They will meet again next year.";
    let right = "External Affairs Minister of India met Wang Yi.\n\n\
                 3. The two sides agreed to deepen cooperation in trade.";
    let c = compare(left, right, &Options::default());
    let texts: Vec<&str> = c.left.sentences.iter().map(|s| c.left.slice(s.range).trim()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[0].ends_with("in New Delhi."));
    assert!(texts[1].starts_with("1. The two sides"));
    // The phrase "two sides agreed ..." is highlighted from the first word
    // of its sentence, after the list number, on both sides.
    let p = c.phrases.iter().position(|p| p.text.starts_with("two sides agreed")).expect("the shared phrase");
    for (side, text) in [(&c.left, left), (&c.right, right)] {
        let span = side.spans.iter().find(|s| s.phrase == Some(p) && s.kind != SpanKind::Distinct).expect("highlighted");
        assert_eq!(&text[span.range.start..span.range.start + 3], "The");
    }
    assert!(!c.phrases.iter().any(|p| p.text.contains("1.") || p.text.starts_with('1')));
    // The list items pair with each other, the headline-like openers too.
    assert_eq!(counterpart(&c, "1. The two sides"), vec![1]);
    assert_eq!(counterpart(&c, "H.E. Dr. S. Jaishankar"), vec![0]);
}

#[test]
fn a_phrase_repeated_on_one_side_is_marked_everywhere() {
    // The Chinese readout says "the comprehensive strategic partnership of
    // coordination for the new era" twice; a text that says it once links
    // both occurrences (shown from "comprehensive": the phrase breaks off
    // inside its sentences).
    let cn = corpus("2020-02-01_wangyi-lavrov_cn-mfa.txt");
    let once = "Both ministers stressed the comprehensive strategic partnership of coordination for the new era.";
    let c = compare(&cn, once, &Options::default());
    let p = c
        .phrases
        .iter()
        .position(|p| p.text == "comprehensive strategic partnership of coordination for the new era")
        .unwrap_or_else(|| panic!("the phrase, in {:?}", c.phrases.iter().map(|p| &p.text).collect::<Vec<_>>()));
    assert_eq!(c.phrases[p].left.len(), 2);
    let marked = c.left.spans.iter().filter(|s| s.phrase == Some(p) && s.kind != SpanKind::Distinct).count();
    assert_eq!(marked, 2, "both occurrences are highlighted");
}

#[test]
fn chinese_pairs_on_shared_words_not_single_characters() {
    // Sharing only characters like 国 and 的 is not a correspondence.
    let left = "中国政府高度重视疫情防控工作。美国总统的讲话引起关注。";
    let right = "双方同意加强抗疫合作。俄罗斯外长的电话很重要。";
    let c = compare(left, right, &Options::default());
    assert!(c.pairs.is_empty(), "{:?}", c.pairs);
    // Sharing words of two characters is.
    let right = "中方高度重视疫情防控。";
    let c = compare(left, right, &Options::default());
    assert_eq!(c.pairs.len(), 1);
    assert_eq!(c.pairs[0].left, vec![0]);
}

/// Invented readouts of one call, worded differently, as a reader pairs them.
const CALL_LEFT: &str = "Prime Minister Holds Telephone Talks with President of Chile\n\n\
    Lima, 4 March 2024\n\n\
    The Prime Minister of Peru held a telephone conversation today with the President of Chile.\n\n\
    The leaders agreed to instruct their envoys to resume the negotiations on the border crossing.\n\n\
    Peru and Chile will celebrate the anniversary of their treaty next year.";
const CALL_RIGHT: &str = "President speaks with Peruvian Prime Minister\n\n\
    The President of Chile spoke by telephone with the Prime Minister of Peru.\n\n\
    Both leaders entrusted their representatives with continuing the talks on the border crossing.\n\n\
    Chile welcomes Peru's new fisheries plan.";

#[test]
fn paraphrase_is_evidence_of_a_pair() {
    let c = compare(CALL_LEFT, CALL_RIGHT, &Options::default());
    // "instruct their envoys to resume the negotiations" / "entrusted their
    // representatives with continuing the talks".
    assert_eq!(counterpart(&c, "The leaders agreed to instruct"), vec![sentence(&c.right, "Both leaders entrusted")]);
    assert_eq!(counterpart(&c, "The Prime Minister of Peru held"), vec![sentence(&c.right, "The President of Chile spoke")]);
}

#[test]
fn headings_pair_only_with_headings() {
    let c = compare(CALL_LEFT, CALL_RIGHT, &Options::default());
    // The two headlines, worded differently, are one another's counterpart;
    // the dateline and the headlines never pair with a body sentence.
    assert_eq!(counterpart(&c, "Prime Minister Holds"), vec![sentence(&c.right, "President speaks with")]);
    assert_eq!(counterpart(&c, "Lima, 4 March"), Vec::<usize>::new());
    let right_headline = &c.right.sentences[sentence(&c.right, "President speaks with")];
    let pair = &c.pairs[right_headline.pair.expect("the right headline is paired")];
    assert_eq!(pair.left, vec![sentence(&c.left, "Prime Minister Holds")]);
}

#[test]
fn the_parties_names_alone_make_no_pair() {
    // Every sentence of a readout names the two parties: sharing only
    // "Russia" and "China" (by name or demonym) is no correspondence.
    let left = "China fully supports Russia.\n\nThe ministers discussed the grain harvest.";
    let right = "Russia thanked the Chinese side.\n\nThe ministers discussed the grain harvest and prices.";
    let c = compare(left, right, &Options::default());
    assert_eq!(counterpart(&c, "China fully supports"), Vec::<usize>::new());
    assert_eq!(counterpart(&c, "The ministers discussed"), vec![1]);
}

#[test]
fn two_sentences_alone_in_sharing_two_words_pair_however_long() {
    // The invitation is one clause of a long sentence on the right: few of
    // its words are shared, but "invitation" and "visit" are said nowhere
    // else in either statement.
    let left = "The President of Peru spoke by telephone with the Prime Minister of Chile.\n\n\
                The two leaders discussed trade, fisheries and the border crossing at Tacna.\n\n\
                The President invited the Prime Minister to visit Peru.";
    let right = "The Prime Minister of Chile received a telephone call from the President of Peru.\n\n\
                 They discussed trade and fisheries.\n\n\
                 He also conveyed his greetings to all those he had met on his last journey, expressed the hope \
                 for closer cultural ties between the two nations and their universities, and accepted an \
                 invitation to visit later this year.";
    let c = compare(left, right, &Options::default());
    assert_eq!(counterpart(&c, "The President invited"), vec![sentence(&c.right, "He also conveyed")]);
    assert_eq!(counterpart(&c, "The two leaders discussed"), vec![sentence(&c.right, "They discussed")]);
}

#[test]
fn a_name_of_several_words_is_one_shared_thing() {
    // "Baltic Sea" is the only thing the two middle sentences share: one
    // place named, not two words alone in their statements, so no pair.
    let left = "The ministers of Finland and Estonia met in Tallinn.\n\n\
                Their navies now train together from the Gulf of Riga to the Baltic Sea.\n\n\
                They agreed to open a ferry line between Helsinki and Tallinn.";
    let right = "Finland and Estonia held talks in Tallinn.\n\n\
                 The minister said that security in the Baltic Sea depends on trust between neighbours and allies.\n\n\
                 A new ferry line will link Helsinki and Tallinn.";
    let c = compare(left, right, &Options::default());
    assert_eq!(counterpart(&c, "Their navies"), Vec::<usize>::new());
    assert_eq!(counterpart(&c, "They agreed to open"), vec![sentence(&c.right, "A new ferry line")]);
}

#[test]
fn a_sentence_joins_a_pair_for_what_it_says_not_for_its_frame() {
    // The right side's next sentence shares with the left only its frame
    // ("The leaders agreed to"): it says something else, and stays apart.
    let l = "President Vargas of Chile spoke by telephone with President Otieno of Kenya.\n\n\
             The leaders agreed to task their foreign ministers with preparing the next meeting of the Joint Commission, to be held in Santiago in the second half of the year.\n\n\
             Chile and Kenya are members of the Group of 77.";
    let r = "President Otieno held a telephone conversation with President Vargas of Chile.\n\n\
             They entrusted the two Foreign Offices with the follow-up, including the Joint Commission meeting due in the second half of the year.\n\n\
             The leaders agreed to remain in touch.";
    let c = compare(l, r, &Options::default());
    assert_eq!(counterpart(&c, "The leaders agreed to task"), vec![sentence(&c.right, "They entrusted")]);
    let contact = sentence(&c.right, "The leaders agreed to remain");
    assert_eq!(c.right.sentences[contact].pair, None, "{:?}", c.pairs);
}

#[test]
fn sentences_pair_with_their_translations_across_languages() {
    // Invented readouts of one meeting, Peru and Ghana, in Russian and in
    // English, the sentences in different orders; the second Russian
    // sentence has no counterpart.
    let ru = "Министры подписали меморандум о сотрудничестве в области образования.\n\nПогода в столице была солнечной.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nThe ministers signed a memorandum on cooperation in education.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Министры подписали"), vec![sentence(&c.right, "The ministers signed")]);
    assert_eq!(counterpart(&c, "Стороны обсудили"), vec![sentence(&c.right, "The two sides")]);
    assert!(counterpart(&c, "Погода").is_empty());
    // A translation is evidence of a pair, never a shared phrase.
    assert!(c.phrases.is_empty(), "{:?}", c.phrases);

    let zh = "双方同意加强农业合作。\n\n部长强调，和平谈判是解决问题的根本出路。";
    let en = "The minister stressed that peaceful negotiations are the fundamental solution.\n\nThe two sides agreed to strengthen cooperation in agriculture.";
    let c = compare(zh, en, &Options::default());
    assert_eq!(counterpart(&c, "双方同意"), vec![sentence(&c.right, "The two sides agreed")]);
    assert_eq!(counterpart(&c, "部长强调"), vec![sentence(&c.right, "The minister stressed")]);
}

#[test]
fn a_name_in_cyrillic_and_in_latin_letters_is_one_word_across_languages() {
    // Invented readouts of one meeting, Peru and Oman: the middle sentences
    // share a translation ("commission") and two names no dictionary lists,
    // "Кесада"/"Quesada" and "Мендосы"/"Mendoza".
    let ru = "Министры иностранных дел Перу и Омана провели переговоры в Лиме.\n\nХ.Кесада рассказал о ходе работы комиссии Мендосы.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nMinister Quesada briefed his counterpart on the progress of the Mendoza commission.\n\nThe foreign ministers of Peru and Oman held talks in Lima.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Х.Кесада"), vec![sentence(&c.right, "Minister Quesada")]);
    assert_eq!(counterpart(&c, "Министры"), vec![sentence(&c.right, "The foreign ministers")]);
}

#[test]
fn an_international_word_is_one_word_in_russian_and_english() {
    // Invented readouts of one meeting, Chile and Ghana: the middle
    // sentences share only words Russian and English borrowed alike
    // ("геологоразведки"/"geological", "инфраструктуры"/"infrastructure"),
    // which the dictionary does not translate.
    let ru = "Министры иностранных дел Чили и Ганы провели переговоры в Аккре.\n\nГанская сторона проинформировала о проектах геологоразведки и инфраструктуры.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nThe Ghanaian minister briefed his counterpart on geological surveys and infrastructure.\n\nThe foreign ministers of Chile and Ghana held talks in Accra.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Ганская сторона"), vec![sentence(&c.right, "The Ghanaian minister")]);
}

#[test]
fn a_word_and_its_translation_that_one_sentence_each_says_are_said_alone() {
    // Invented readouts of one visit, Ghana and Chile: the middle sentences
    // share only "тёплое"/"warm" and "гостеприимство"/"hospitality", which
    // no other sentence of either says, among many words of their own.
    let ru = "Министры иностранных дел Ганы и Чили провели переговоры в Сантьяго.\n\nГанский министр, в свою очередь, поблагодарил чилийскую сторону за тёплое гостеприимство и рассказал о реформе пенсионной системы и строительстве дорог.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nAt the outset of the talks, Ghana's envoy expressed gratitude for the warm hospitality, recalling the long friendship of the two peoples and their shared history.\n\nThe foreign ministers of Ghana and Chile held talks in Santiago.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Ганский министр"), vec![sentence(&c.right, "At the outset")]);
}

#[test]
fn the_same_figures_are_one_fact_in_any_language() {
    // Invented readouts of one meeting, Ghana and Chile: the middle sentences
    // give the same figures ("35 процентов"/"35 percent", "2024"), and little
    // else the dictionary relates.
    let ru = "Министры иностранных дел Ганы и Чили провели переговоры в Сантьяго.\n\nПо словам ганского министра, товарооборот в 2024 году вырос на 35 процентов.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nThe Ghanaian minister noted that commerce rose by 35 percent in 2024, driven by cocoa shipments.\n\nThe foreign ministers of Ghana and Chile held talks in Santiago.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "По словам"), vec![sentence(&c.right, "The Ghanaian minister")]);
}

#[test]
fn discussing_is_the_frame_not_what_two_sentences_share() {
    // Invented readouts of one meeting, Ghana and Chile: each side reports a
    // subject discussed, and the two subjects differ; "обсудили"/"discussed"
    // and "сотрудничества"/"cooperation" are all the two sentences share.
    let ru = "Министры иностранных дел Ганы и Чили провели переговоры в Аккре.\n\nСтороны обсудили перспективы сотрудничества в области энергетики и добычи полезных ископаемых.";
    let en = "The foreign ministers of Ghana and Chile held talks in Accra.\n\nThey also discussed cooperation in education, including scholarships for Ghanaian students.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Стороны обсудили"), Vec::<usize>::new());
    // What was discussed pairs them when both name it.
    let en = "The foreign ministers of Ghana and Chile held talks in Accra.\n\nThey also discussed the prospects of cooperation in energy and in the extraction of minerals.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Стороны обсудили"), vec![sentence(&c.right, "They also discussed")]);
}

#[test]
fn a_british_spelling_is_the_dictionarys_american_word() {
    // Invented readouts of one meeting, Ghana and Chile: the middle
    // sentences share only "удобрений"/"fertiliser" and
    // "программы"/"programme", spelt the British way, which the dictionary
    // lists as "fertilizer" and "program".
    let ru = "Министры иностранных дел Ганы и Чили провели переговоры в Аккре.\n\nГанский министр рассказал о нехватке удобрений для новой государственной программы орошения.\n\nСтороны обсудили торговлю и инвестиции.";
    let en = "The two sides discussed trade and investment.\n\nThe Ghanaian minister spoke of fertiliser for the programme, as the rains had failed across the north this year.\n\nThe foreign ministers of Ghana and Chile held talks in Accra.";
    let c = compare(ru, en, &Options::default());
    assert_eq!(counterpart(&c, "Ганский министр"), vec![sentence(&c.right, "The Ghanaian minister")]);
}

#[test]
fn a_name_spelled_out_pairs_with_its_acronym() {
    // One side writes the acronym, the other the name it stands for.
    let left = "The Prime Minister of Fiji spoke with the President of Kenya.\n\n\
                The two leaders discussed fisheries and tourism.\n\n\
                The President stressed the role of the AfCFTA in regional growth.";
    let right = "The President of Kenya received a call from the Prime Minister of Fiji.\n\n\
                 They reviewed cooperation in fisheries and tourism.\n\n\
                 He highlighted that the African Continental Free Trade Area is driving growth.";
    let c = compare(left, right, &Options::default());
    assert_eq!(counterpart(&c, "The President stressed"), vec![sentence(&c.right, "He highlighted")]);
}
