#!/usr/bin/env python3
"""Builds data/paraphrases.txt, the table of paraphrases sentence pairing uses
(src/engine/lexicon.rs), from Princeton WordNet 3.0.

Sources, as Debian packages them (`apt-get install wordnet-base
wamerican-small`):
- Princeton WordNet 3.0 (/usr/share/wordnet), under the WordNet 3.0 licence,
  a BSD-style licence: use, copy, modify and distribute with its copyright
  notice and disclaimer, which head the data file (data/WORDNET-LICENSE has
  the licence whole);
- SCOWL's size-35 list of common English words (wamerican-small,
  /usr/share/dict/american-english-small), by Kevin Atkinson, free to use
  with its notice, to keep only the common vocabulary.
Run from the repository root:

    python3 scripts/lexicon.py > data/paraphrases.txt

What is kept, by rules any English reader of statements would state, never
by the words of a particular text:
- a word's common senses: its first (WordNet lists senses by frequency) and
  each other that makes up at least a tenth of its uses tagged in WordNet's
  sense-tagged corpus, SemCor (WordNet's cntlist); its first two when SemCor
  never tags it. "Lead" is common as "guide" and "be ahead", not as
  "conduce" ("contribute");
- single words of letters only (no phrases, names with capitals or numbers)
  that are common English words (in SCOWL's size-35 list);
- the vocabulary of public affairs: senses of plants, animals, foods, the
  body, shapes and substances, and verbs of the body, weather and eating,
  are left out (they never make two statements' sentences correspond);
- three relations between common senses: synonyms (the same synset),
  derivations ("negotiate"/"negotiation"), and a synset's direct hypernym
  when that hypernym is specific (it has at most MAX_HYPONYMS hyponyms:
  "envoy"/"representative", "talks"/"discussion"; not "support"/"thing").
Each line is one group of words that paraphrase each other; lines beginning
with '#' are comments.
"""
import collections
import re
import sys

DIR = "/usr/share/wordnet/"
COMMON_WORDS = "/usr/share/dict/american-english-small"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Lexicographer files (WordNet's lexnames) outside the register of statements.
LEFT_OUT = {
    "noun.animal", "noun.plant", "noun.food", "noun.body", "noun.shape", "noun.substance",
    "verb.body", "verb.weather", "verb.consumption",
}
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
MAX_HYPONYMS = 12
# Least share of a word's tagged uses that makes one of its senses common.
SENSE_SHARE = 0.1
WORD = re.compile(r"[a-z]{3,}(?:-[a-z]+)?")


def synsets():
    """(pos, offset) -> (lexname, words, pointers)."""
    out = {}
    for p, name in POS.items():
        for line in open(DIR + "data." + name, encoding="latin-1"):
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            wc = int(head[3], 16)
            words = [re.sub(r"\(.*\)$", "", head[4 + 2 * i]) for i in range(wc)]
            i = 5 + 2 * wc
            pointers = []
            for _ in range(int(head[i - 1])):
                symbol, offset, pos, st = head[i:i + 4]
                i += 4
                pointers.append((symbol, ("a" if pos == "s" else pos, offset), st))
            out[(p, head[0])] = (LEXNAMES[int(head[1])], words, pointers)
    return out


def tag_counts():
    """(word, pos, sense number) -> how often SemCor tags the word in that sense."""
    out = {}
    for line in open(DIR + "cntlist.rev", encoding="latin-1"):
        key, number, count = line.split()
        lemma, rest = key.split("%")
        pos = "nvara"[int(rest[0]) - 1]  # 5, an adjective satellite, is an adjective
        out[(lemma, pos, int(number))] = int(count)
    return out


def common_senses():
    """word -> its common senses, as (pos, offset): its first sense, and each
    other sense that makes up at least SENSE_SHARE of the word's tagged uses
    in that part of speech (its first two when SemCor never tags it)."""
    counts = tag_counts()
    out = collections.defaultdict(set)
    for p, name in POS.items():
        for line in open(DIR + "index." + name, encoding="latin-1"):
            if line.startswith("  "):
                continue
            f = line.split()
            senses, pointers = int(f[2]), int(f[3])
            offsets = f[6 + pointers:6 + pointers + senses]
            tags = [counts.get((f[0], p, i + 1), 0) for i in range(senses)]
            total = sum(tags)
            keep = [i == 0 or (tags[i] >= SENSE_SHARE * total if total else i == 1) for i in range(senses)]
            out[f[0]].update((p, o) for o, k in zip(offsets, keep) if k)
    return out


def main():
    syn = synsets()
    common = common_senses()
    vocabulary = set(open(COMMON_WORDS, encoding="utf-8").read().split())

    def kept(word, sense):
        return (
            WORD.fullmatch(word) is not None
            and word in vocabulary
            and sense in common.get(word, ())
            and syn[sense][0] not in LEFT_OUT
        )

    hyponyms = collections.Counter(t for _, _, ptrs in syn.values() for s, t, _ in ptrs if s == "@")
    groups = set()
    for sense, (_, words, pointers) in syn.items():
        mine = [w for w in dict.fromkeys(words) if kept(w, sense)]
        if len(mine) >= 2:
            groups.add(tuple(sorted(mine)))
        for symbol, target, st in pointers:
            theirs = syn[target][1]
            if symbol == "+":  # derivation, between two words
                a, b = words[int(st[:2], 16) - 1], theirs[int(st[2:], 16) - 1]
                if a != b and kept(a, sense) and kept(b, target):
                    groups.add(tuple(sorted((a, b))))
            elif symbol == "@" and hyponyms[target] <= MAX_HYPONYMS:
                for a in mine:
                    for b in dict.fromkeys(theirs):
                        if a != b and kept(b, target):
                            groups.add(tuple(sorted((a, b))))
    # A pair already inside a larger group says nothing more.
    within = set()
    for g in groups:
        if len(g) > 2:
            within.update((a, b) for i, a in enumerate(g) for b in g[i + 1:])
    lines = sorted(" ".join(g) for g in groups if len(g) > 2 or g not in within)
    print("# Paraphrases for sentence pairing, made by scripts/lexicon.py from Princeton WordNet 3.0.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.")
    print("# Permission to use, copy, modify and distribute this software and database and its")
    print("# documentation for any purpose and without fee or royalty is hereby granted, provided")
    print("# that you agree to comply with the following copyright notice and statements, including")
    print("# the disclaimer, and that the same appear on ALL copies of the software, database and")
    print("# documentation, including modifications that you make for internal use or for")
    print("# distribution. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY")
    print("# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton")
    print("# University or Princeton may not be used in advertising or publicity pertaining to")
    print("# distribution of the software and/or database. Full licence: data/WORDNET-LICENSE.")
    print("# One group of words that paraphrase each other per line.")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
