#!/usr/bin/env python3
"""Builds data/translations-ru.txt and data/translations-zh.txt, the tables that lets sentence pairing weigh a
Russian or Chinese word against its English translation
(src/engine/translations.rs).

Sources:
- Russian: V. K. Mueller's English-Russian Dictionary, 7th edition (1961),
  electronic version by S. Starostin and E. S. Cymbalyuk, under the GNU GPL
  version 2 or later, as Debian packages it (`apt-get install mueller7-dict`:
  /usr/share/dictd/mueller7.dict.dz);
- Chinese: CC-CEDICT (MDBG), under Creative Commons Attribution-ShareAlike
  4.0, the file cedict_1_0_ts_utf-8_mdbg.txt.gz from
  https://www.mdbg.net/chinese/dictionary?page=cc-cedict;
- SCOWL's lists of common English words: size 35 (`apt-get install
  wamerican-small`: /usr/share/dict/american-english-small), as for
  data/paraphrases.txt, and size 50 (`apt-get install wamerican`:
  /usr/share/dict/american-english), the size of a desk dictionary.
- jieba's dictionary of Chinese words with their frequencies
  (src/data/dict.txt of the jieba-rs crate, MIT licence), to keep the
  common Chinese words.
Run from the repository root:

    python3 scripts/translations-data.py /usr/share/dictd/mueller7.dict.dz \\
        cedict_1_0_ts_utf-8_mdbg.txt.gz path/to/jieba-rs/src/data/dict.txt

It writes data/translations-ru.txt and data/translations-zh.txt: the
engine loads only the one a comparison needs.

What is kept, by rules a reader of the dictionaries would state, never by
the words of a particular text:
- English words that are common content words (in WordNet: no article,
  preposition or pronoun), letters only: SCOWL's size-50 list for Chinese,
  whose dictionary glosses a word with few English words, so that the
  register's "multilateral" and "reaffirm" are in; the size-35 list for
  Russian, whose dictionary gives many translations of each sense and
  would pass 300 KB gzip with the larger list;
- Russian: the dictionary's British headwords ("labour", "defence") count
  by their American spelling and are listed under both;
- Russian: each single-word translation of such a headword, in any of its
  senses, leaving out senses marked with a field or register label
  ("_воен.", "_разг.") and the translations of examples (a segment with
  English in it);
- Chinese: each word of two or more characters (simplified) with a sense
  whose gloss is one such English word ("to cooperate" counts as
  "cooperate") or a few words ("foreign minister": each of them), unmarked for register ("(dialect)", "(old)"), and among
  the COMMON_CHINESE most frequent words of jieba's dictionary; a character
  alone has too many senses to be evidence.
Each line is an English word and its translations, separated by single
spaces; lines beginning with '#' are comments.
"""
import collections
import gzip
import re
import sys

COMMON_WORDS = {"ru": "/usr/share/dict/american-english-small", "zh": "/usr/share/dict/american-english"}
WORDNET = "/usr/share/wordnet/"
ENGLISH = re.compile(r"[a-z]{2,}")
RUSSIAN = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
HAN = re.compile(r"[\u3400-\u9fff]{2,}")
COMMON_CHINESE = 40000
# A gloss of a few words ("foreign minister", "to phone sb up") gives the
# word each of them; longer ones describe rather than translate.
GLOSS_WORDS = 3
# CC-CEDICT's stand-ins for an object ("to phone sb up").
PLACEHOLDERS = {"sb", "sth", "etc", "one's", "oneself"}
# CC-CEDICT's labels of a sense outside the standard written language.
REGISTER = re.compile(r"\((?:dialect|old|archaic|literary|slang|coll\.|colloquial|Tw|Taiwan|Cantonese|Internet slang)\b")
# Senses kept of each part of speech: the dictionary lists the commonest first.
SENSES = 2
# Grammatical labels ("_v.", "_n.", "_pl.") say what a word is, not where it
# is used; a label in Russian ("_воен.", "_перен.") restricts a sense.
GRAMMAR_LABEL = re.compile(r"_[a-z]+\.\s*")
FIELD_LABEL = re.compile(r"_[а-яё]")


# WordNet's detachment rules (morphy): the endings an inflected form drops
# to give its lemma ("nations" -> "nation", "discussed" -> "discuss").
DETACHMENTS = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("ies", "y"),
               ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", "")]


def common_words(path):
    """The common English words of a SCOWL list that WordNet knows, as they are or by
    their lemma, as a noun, verb, adjective or adverb: content words, not
    "the", "of" or "with"."""
    content = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(f"{WORDNET}index.{pos}", encoding="utf-8") as f:
            content.update(line.split(" ", 1)[0] for line in f if not line.startswith(" "))

    def known(w):
        return w in content or any(w.endswith(end) and w[: len(w) - len(end)] + base in content for end, base in DETACHMENTS)

    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if ENGLISH.fullmatch(w.strip()) and known(w.strip())}


# British spellings and their American forms, by the general rules of the
# two spellings (the dictionary is British, SCOWL's lists American):
# -our/-or ("labour"), -tre/-ter after a consonant ("centre"), -ence/-ense
# ("defence"), -yse/-yze ("analyse"), -gramme/-gram.
BRITISH = [
    (re.compile(r"(?<=[^aeiou])our(s|ed|ing|ite|ites|able|ably|hood)?$"), r"or\1"),
    (re.compile(r"(?<=[^aeiou])tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"gramme(s)?$"), r"gram\1"),
]


def american(word):
    """The American spelling of a British one ("labour" -> "labor"), else the word."""
    if len(word) < 5:
        return word
    for pattern, replacement in BRITISH:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word


def mueller(path, common):
    """English headword -> Russian single-word translations."""
    out = collections.defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, body = None, []

    def flush():
        if head is None:
            return
        word = head.replace("-", "")
        if word not in common and american(word) not in common:
            return
        text = " ".join(body)
        text = re.sub(r"\[[^\]]*\]", " ", text)  # pronunciation
        text = re.sub(r"\([^)]*\)", " ", text)  # usage notes
        # Parts of speech ("1. _n.", "2. _v."), each with its senses ("1)",
        # "2)") in the dictionary's order, the commonest first.
        for part in re.split(r"(?:^|\s)\d+\.\s+(?=_)", text):
            for number, sense in enumerate(re.split(r"(?:^|\s)\d+\)\s", part)):
                if number > SENSES:
                    break
                for segment in re.split(r"[;,]", sense):
                    segment = GRAMMAR_LABEL.sub("", segment.strip()).strip()
                    if not segment or FIELD_LABEL.search(segment) or re.search(r"[A-Za-z=]", segment):
                        continue
                    segment = segment.lower().strip(" .!?")
                    if RUSSIAN.fullmatch(segment) and segment not in out[word]:
                        out[word].append(segment)

    for line in lines:
        if line and not line[0].isspace():
            flush()
            head, body = line.strip(), []
        elif head is not None:
            body.append(line.strip())
    flush()
    # A British headword also under its American spelling, for texts in either.
    # (A word the American list has, "pouring", is no British spelling.)
    for word in [w for w in out if w not in common and american(w) != w and american(w) in common]:
        us = out[american(word)]
        us.extend(t for t in list(out[word]) if t not in us)
    return out


def common_chinese(path):
    """The COMMON_CHINESE most frequent words of jieba's dictionary."""
    with open(path, encoding="utf-8") as f:
        counted = [(int(count), word) for word, count, *_ in (line.split() for line in f)]
    counted.sort(key=lambda c: (-c[0], c[1]))
    return {word for _, word in counted[:COMMON_CHINESE]}


def cedict(path, common, frequent):
    """English word -> Chinese words (simplified) one of whose senses it is."""
    out = collections.defaultdict(list)
    entry = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = entry.match(line.strip())
            if not m or not HAN.fullmatch(m.group(2)) or m.group(2) not in frequent:
                continue
            simplified = m.group(2)
            for gloss in re.split(r"[/;]", m.group(3)):
                if REGISTER.search(gloss):
                    continue
                gloss = re.sub(r"\([^)]*\)", " ", gloss).strip()
                words = [w for w in re.sub(r"^to ", "", gloss).split() if w not in PLACEHOLDERS]
                # A name's gloss ("United Nations") gives its common words.
                words = [w.lower() for w in words]
                if not 1 <= len(words) <= GLOSS_WORDS or not all(ENGLISH.fullmatch(w) for w in words):
                    continue
                for word in words:
                    if word in common and simplified not in out[word]:
                        out[word].append(simplified)
    return out


HEADER = {
    "ru": [
        "Russian: V. K. Mueller, English-Russian Dictionary, 7th ed.; electronic version by",
        "S. Starostin (1996) and E. S. Cymbalyuk (1999), GNU GPL version 2 or later.",
    ],
    "zh": [
        "Chinese: CC-CEDICT, MDBG, Creative Commons Attribution-ShareAlike 4.0;",
        "common words by the frequencies of jieba's dictionary (jieba-rs, MIT).",
    ],
}


def main():
    mueller_path, cedict_path, jieba_path = sys.argv[1:4]
    tables = {
        "ru": mueller(mueller_path, common_words(COMMON_WORDS["ru"])),
        "zh": cedict(cedict_path, common_words(COMMON_WORDS["zh"]), common_chinese(jieba_path)),
    }
    for lang, table in tables.items():
        with open(f"data/translations-{lang}.txt", "w", encoding="utf-8") as out:
            out.write("# English words and their translations, for sentence pairing across languages,\n")
            out.write("# made by scripts/translations-data.py.\n")
            for line in HEADER[lang]:
                out.write(f"# {line}\n")
            for word in sorted(table):
                if table[word]:
                    out.write(" ".join([word] + table[word]) + "\n")


if __name__ == "__main__":
    main()
