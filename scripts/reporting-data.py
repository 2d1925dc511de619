#!/usr/bin/env python3
"""Regenerates src/engine/data/reporting-en.tsv: the English verbs that report
speech and the acts of diplomacy, with every inflected form.

    scripts/reporting-data.py [WORDNET_DIR]     (default /usr/share/wordnet)

Source: WordNet 3.0 (Princeton University; the WordNet License, permissive),
as Debian's package wordnet-base installs it. The words are the members of the
WordNet verb senses (synsets) listed below, one per speech act of the register,
grouped by what a reader credits to the subject:

- speech: assertions and opinions ("said that ...", "stressed", "believes"):
  what follows the verb is the speaker's, and the next sentences of the
  paragraph go on with it;
- act: directives, commitments and expressive acts (Searle's classes:
  "urged", "promised", "praised", "thanked"): the sentence is the subject's;
- joint: acts two parties do together ("agreed");
- topic: joint acts of talking a subject over ("discussed", "exchanged",
  "touched on", "reviewed"): done together, and naming only what was talked
  about, not what either side said of it;
- contact: getting in touch ("called", "met", "visited", "received") and
  the other events of a visit ("signed", "witnessed the signing"): the
  narration of an event, which credits no one.

Adjectives of will after a linking verb ("is ready to", "remains committed
to": WordNet adjective senses, below) are acts: a side's stated commitment.

Each output line names the synset it comes from, so every entry's source can
be checked. Irregular forms come from WordNet's verb.exc; regular ones by the
spelling rules of English inflection.
"""

import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "engine", "data", "reporting-en.tsv")

# (class, WordNet 3.0 verb synset offset, gloss as a reminder). A member
# counts only where this sense is among its three most frequent ones.
SENSES = [
    ("speech", "01009258", "state, say, tell: express in words"),
    ("speech", "01016020", "allege, aver, say: report or maintain"),
    ("speech", "01009839", "say: state as one's opinion or judgement"),
    ("speech", "00952542", "tell: let something be known"),
    ("speech", "01019661", "assure, tell: inform positively and with certainty"),
    ("speech", "00776286", "assure: assure somebody of the truth of something, to give the listener confidence"),
    ("speech", "01020023", "note, observe, mention, remark: make mention of"),
    ("speech", "01024208", "mention, bring up, cite, refer: make reference to"),
    ("speech", "01058592", "comment, remark, point out: make a comment on"),
    ("speech", "01013385", "stress, emphasize: single out as important"),
    ("speech", "01014627", "underscore, underline, emphasize: give extra weight to"),
    ("speech", "00940402", "express, verbalize, utter: articulate"),
    ("speech", "00943855", "express, show: give expression to"),
    ("speech", "00933421", "voice: give voice to"),
    ("speech", "00928648", "convey: make known; pass on, of information"),
    ("speech", "00941184", "raise: cause to be heard or known"),
    ("speech", "01012091", "confirm, reassert: strengthen or make more firm"),
    ("speech", "01011941", "reaffirm: affirm once again"),
    ("speech", "01011049", "affirm, assert, avow: declare solemnly and formally as true"),
    ("speech", "00607780", "remember, recall, recollect: recall knowledge from memory"),
    ("speech", "00514069", "highlight, foreground, spotlight: make more prominent"),
    ("speech", "00958352", "repeat, reiterate, restate: say again"),
    ("speech", "01027192", "add, append: state or say further"),
    ("speech", "00974385", "announce: make known"),
    ("speech", "00965889", "announce, declare: announce publicly or officially"),
    ("speech", "01010136", "declare: state emphatically and authoritatively"),
    ("speech", "00939295", "explain, explicate: make plain and comprehensible"),
    ("speech", "00818992", "insist: be emphatic or resolute"),
    ("speech", "00717063", "insist, assert: assert to be true"),
    ("speech", "00870231", "warn: notify of danger"),
    ("speech", "00831669", "inform: impart knowledge of some fact"),
    ("speech", "00831291", "brief: give essential information to someone"),
    ("speech", "00833564", "update: bring up to date; supply with recent information"),
    ("speech", "00928033", "indicate: state or express briefly"),
    ("speech", "00923811", "indicate, point: draw attention to (\"pointed to Ghana's role\")"),
    ("speech", "01006439", "sketch, outline: give the main points of"),
    ("speech", "00965053", "report, describe, account: give an account of in words"),
    ("speech", "00817329", "admit, acknowledge: declare to be true"),
    ("speech", "00816574", "deny: declare untrue"),
    ("speech", "00815704", "answer, reply, respond: react verbally"),
    ("speech", "00689362", "think, believe, consider: judge or regard"),
    ("speech", "00683298", "believe: accept as true"),
    ("speech", "00690632", "consider, view, regard: deem to be"),
    ("speech", "00719752", "expect, anticipate: regard as probable"),
    ("speech", "01826741", "hope, trust: expect and wish"),
    ("speech", "00903230", "wish: make or express a wish"),
    ("speech", "00720515", "look forward: expect or hope for"),
    ("speech", "00772985", "present, lay out: bring forward and present to the mind"),
    ("act", "00884029", "promise, assure: make a promise or commitment"),
    ("act", "02425112", "volunteer, offer: agree freely"),
    ("act", "00697607", "decide, determine: reach a decision"),
    ("act", "02349230", "entrust, commit: confer a trust upon"),
    ("act", "00749981", "instruct: give instructions for some task"),
    ("act", "02392618", "task: assign a task to"),
    ("act", "00794658", "call on: make an appeal or request to"),
    ("act", "00884558", "pledge, plight: promise solemnly and formally"),
    ("act", "00887481", "commit, devote, dedicate: give entirely to a cause (\"committed to deepening ...\")"),
    ("act", "00797715", "accept, consent: give an affirmative reply to (an invitation, a proposal)"),
    ("act", "00752511", "ask: make a request or demand"),
    ("act", "02240499", "seek: try to get or reach (support, a position); a request, credited to the one who makes it"),
    ("act", "00752782", "request, call for: express the need or desire for"),
    ("act", "00754960", "demand: request urgently and forcefully"),
    ("act", "00755465", "appeal, invoke: request earnestly"),
    ("act", "00875159", "recommend, urge, advocate: push for something"),
    ("act", "00765667", "urge, press, exhort: force or impel in an indicated direction"),
    ("act", "00771359", "encourage: spur on (\"encouraged companies to invest\")"),
    ("act", "00875412", "propose, suggest, advise: make a proposal"),
    ("act", "00856842", "praise: express approval of"),
    ("act", "00681447", "evaluate, assess, appraise: estimate the nature or quality of"),
    ("act", "00670279", "evaluate, judge: form a critical opinion of"),
    ("act", "00882413", "commend: express approval of"),
    # (The other verbs of praise, praise's kinds in WordNet that the register uses.)
    ("act", "00860310", "applaud: express approval of"),
    ("act", "00860638", "laud, extol, exalt, glorify: praise, glorify, or honor"),
    ("act", "00857288", "salute: express commendation of"),
    ("act", "00881679", "compliment: say something that expresses praise"),
    ("act", "00861743", "acclaim, hail: praise vociferously"),
    ("act", "00892333", "thank: express gratitude"),
    ("act", "01806000", "appreciate: recognize with gratitude"),
    ("act", "02256127", "prize, value, treasure, appreciate: hold dear (\"valued the agreement\")"),
    ("act", "00882016", "congratulate, felicitate: express congratulations"),
    ("act", "00897143", "greet: send greetings to (\"extended warm greetings\")"),
    ("act", "01822554", "condole: express sympathetic grief"),
    ("act", "02237224", "welcome: accept gladly"),
    ("act", "00592883", "acknowledge, recognize: accept as legitimate"),
    ("act", "02556126", "support, back up: give moral or psychological support"),
    ("act", "02453889", "back, endorse, support: approve of"),
    ("act", "00864177", "condemn, decry: express strong disapproval of"),
    ("act", "00826527", "criticize: find fault with"),
    ("act", "00841598", "denounce: speak out against"),
    ("act", "00775849", "oppose: express opposition to"),
    ("act", "00685701", "reject: refuse to accept or acknowledge"),
    ("act", "01796600", "regret: feel sorry for"),
    ("act", "02384704", "invite: invite someone to one's house"),
    ("topic", "01034330", "discuss, talk about: consider in speech"),
    ("topic", "01024781", "touch on: refer to or discuss briefly"),
    ("topic", "00722250", "concentrate, focus: direct one's attention on something (\"the talks focused on\")"),
    ("topic", "00813996", "discuss, talk over: speak with others about"),
    ("joint", "00805394", "agree, concur: be in accord"),
    ("joint", "00764240", "agree: consent to a condition"),
    ("topic", "02257388", "exchange, interchange: give to, and receive from, one another"),
    ("topic", "00696207", "review, reexamine: look at again"),
    ("topic", "00761731", "negotiate: discuss the terms of an arrangement"),
    ("topic", "00876683", "confer, consult: have a conference to talk something over"),
    ("contact", "00789466", "call, telephone, phone, ring: get into communication by telephone"),
    ("contact", "02486932", "meet, get together: get together for a purpose"),
    ("contact", "00900601", "welcome, receive: bid welcome to; greet upon arrival"),
    ("contact", "02487573", "visit, call in: pay a brief visit"),
    ("contact", "01194436", "host: be the host of"),
    # A signing, and witnessing one, is an event the statement tells, as a meeting is: no one's words.
    ("contact", "00996503", "sign: mark with one's signature (a treaty, a memorandum)"),
    ("contact", "02128304", "witness: be a witness to (\"witnessed the signing\")"),
]
# Adjectives of will after a linking verb ("China is ready to ...", "Kenya
# remains committed to ..."): a commitment, as Searle's commissives are,
# credited to the subject. (class, WordNet 3.0 adjective synset, gloss.)
WILL = [
    ("act", "02564987", "willing: disposed or inclined toward"),
    ("act", "02565702", "ready: mentally disposed"),
    ("act", "02565426", "disposed, fain, inclined, prepared: having made preparations"),
    ("act", "00518164", "committed: bound or obligated, as under a pledge to a cause or action"),
]
# The linking verbs they follow ("is ready", "remains committed", "stands ready").
LINKING = ["be", "remain", "stand"]
# Of these, the senses of speaking to someone: "spoke with Y" is contact,
# "spoke about" and "spoke highly of" are speech (the engine tells them apart).
SPEAK = [("contact", "00962465", "talk, speak: exchange thoughts; talk with")]


def synsets(part="verb"):
    data = {}
    with open(os.path.join(WN, f"data.{part}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            n = int(parts[3], 16)
            data[parts[0]] = [re.sub(r"\(\w+\)$", "", parts[4 + 2 * i]) for i in range(n)]
    return data


def sense_ranks(part="verb"):
    """For each lemma, its senses (synset offsets) in WordNet's order: most frequent first."""
    ranks = {}
    with open(os.path.join(WN, f"index.{part}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            ranks[parts[0]] = parts[4 + int(parts[3]) + 2:]
    return ranks


def derived_nouns(offset, member):
    """The nouns WordNet derives from `member` (1-based) of verb synset
    `offset` ("invite" → "invitation"): its derivational pointers ("+") to
    nouns, as (noun, noun synset)."""
    with open(os.path.join(WN, "data.verb"), encoding="latin-1") as f:
        f.seek(int(offset))
        parts = f.readline().split(" | ")[0].split()
    n = int(parts[3], 16)
    at = 4 + 2 * n
    pointers = int(parts[at])
    nouns = []
    for i in range(pointers):
        symbol, target, pos, st = parts[at + 1 + 4 * i: at + 5 + 4 * i]
        if symbol == "+" and pos == "n" and int(st[:2], 16) == member:
            nouns.append((target, int(st[2:], 16)))
    data, files = synsets("noun"), lexicographer_files("noun")
    # Only a noun of the act itself, a communication or an act ("invitation",
    # "warning"), not of its agent ("informant") or an object ("highlighter").
    return [(data[t][k - 1], t) for t, k in nouns if files[t] in (NOUN_ACT, NOUN_COMMUNICATION)]


# WordNet's lexicographer files of nouns: noun.act and noun.communication.
NOUN_ACT, NOUN_COMMUNICATION = "04", "10"


def lexicographer_files(part):
    """Each synset's lexicographer file number (noun.act is 04)."""
    files = {}
    with open(os.path.join(WN, f"data.{part}"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                offset, lexfile = line.split()[:2]
                files[offset] = lexfile
    return files


def irregular():
    forms = {}
    with open(os.path.join(WN, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, lemma = line.split()[:2]
            forms.setdefault(lemma, set()).add(form)
    return forms


def plurals():
    """WordNet's irregular noun plurals, by singular."""
    forms = {}
    with open(os.path.join(WN, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            form, lemma = line.split()[:2]
            forms.setdefault(lemma, []).append(form)
    return forms


def plural(noun):
    """A noun's regular plural by the spelling rules."""
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def regular(lemma):
    """-s, -ed and -ing forms by the spelling rules (both spellings of a final
    consonant that may double: "admitted", "visited")."""
    if re.search(r"(s|x|z|ch|sh|[^aeiou]o)$", lemma):
        s = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        s = lemma[:-1] + "ies"
    else:
        s = lemma + "s"
    if lemma.endswith("e"):
        ed, ing = [lemma + "d"], [lemma[:-1] + "ing"]
    elif re.search(r"[^aeiou]y$", lemma):
        ed, ing = [lemma[:-1] + "ied"], [lemma + "ing"]
    else:
        ed, ing = [lemma + "ed"], [lemma + "ing"]
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
            ed.append(lemma + lemma[-1] + "ed")
    return [lemma, s, *ed, *ing]


def inflections(lemma, exc):
    """A verb's forms: WordNet's irregular ones, and the regular ones they do
    not replace (an irregular past replaces the regular one: "said", not
    "sayed"; "be" has only "being" besides them)."""
    if lemma == "be":
        return sorted(exc["be"] | {"be", "being"})
    forms = sorted(set(regular(lemma)) | exc.get(lemma, set()))
    if exc.get(lemma):
        forms = [f for f in forms if not (f.endswith("ed") and f not in exc[lemma])]
    return forms


def main():
    data, exc, ranks = synsets(), irregular(), sense_ranks()
    rows, seen = [], {}
    for cls, offset, gloss in SENSES + SPEAK:
        for w in data[offset]:
            if "_" in w and not re.fullmatch(r"[a-z]+_(out|for|on|up|over|about|forward)", w):
                continue
            # A word whose main senses are other ("see", "hold", "change") is
            # no reporting verb: the sense must be among its first three.
            if offset not in ranks.get(w.lower(), [])[:3]:
                continue
            lemma = w.replace("_", " ")
            key = (lemma, cls)
            if key in seen:
                continue
            seen[key] = offset
            head, _, particle = lemma.partition(" ")
            forms = inflections(head, exc)
            rows.append(f"{cls}\t{lemma}\t{' '.join(f + (' ' + particle if particle else '') for f in forms)}\twn:{offset}")
    # The nouns of the speech acts ("extended an invitation", "renewed his
    # invitation": the verb is light, the noun says what was done), derived
    # from the members above, in a sense among the noun's first three.
    noun_ranks, noun_exc, nouns = sense_ranks("noun"), plurals(), set()
    for cls, offset, gloss in SENSES:
        if cls not in ("speech", "act"):
            continue
        for i, w in enumerate(data[offset]):
            if offset not in ranks.get(w.lower(), [])[:3]:
                continue
            for noun, target in derived_nouns(offset, i + 1):
                if "_" in noun or target not in noun_ranks.get(noun.lower(), [])[:3] or (noun, cls) in nouns:
                    continue
                nouns.add((noun, cls))
                forms = sorted({noun, *noun_exc.get(noun, [plural(noun)])})
                rows.append(f"noun {cls}\t{noun}\t{' '.join(forms)}\twn:{target} ({w}, wn:{offset})")
    adjectives, adjective_ranks = synsets("adj"), sense_ranks("adj")
    linking = sorted(f for verb in LINKING for f in inflections(verb, exc))
    for cls, offset, gloss in WILL:
        for w in adjectives[offset]:
            if "_" in w or offset not in adjective_ranks.get(w.lower(), [])[:3]:
                continue
            rows.append(f"{cls}\tbe {w}\t{' '.join(f'{v} {w}' for v in linking)}\twn:{offset}")
    header = [
        "# English reporting verbs with all their forms, generated by scripts/reporting-data.py (do not edit by hand).",
        "# Source: WordNet 3.0 (Princeton University, WordNet License), the members of one verb sense per speech act;",
        "# the last column names the sense (its synset offset in data.verb; scripts/reporting-data.py glosses each).",
        "# Columns: class, lemma, forms, source.",
        "# Classes: speech (what follows is said), act (credited to the subject), joint (done together), topic (talked over together), contact (narration);",
        "# \"noun speech\" and \"noun act\": nouns derived from those verbs (WordNet's derivational pointers), the",
        "# source naming the noun's sense and the verb it comes from.",
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")
    print(f"{len(rows)} entries → {os.path.relpath(OUT)}")


main()
