"""Readers that turn each shared corpus into ``(tokens, IOB2 tags)`` over PER/ORG/LOC/MISC.

Every corpus has its own column layout and label set; the per-corpus maps below
decide which source types become which of our four labels and which become O
(e.g. GermEval ``*deriv``/``*part`` -> O because derived forms are not entities).
Licences are tracked in ``TRAIN_LICENCES`` so model cards can list them.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from training.paths import data_root

Sent = tuple[list[str], list[str]]
TypeMap = Mapping[str, str | None] | Callable[[str], str | None]

GERMEVAL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}  # deriv/part -> O
CONLL4 = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
WNUT = {
    "person": "PER",
    "location": "LOC",
    "corporation": "ORG",
    "group": "ORG",
    "product": "MISC",
    "creative-work": "MISC",
}
MULTICONER1 = {
    "PER": "PER",
    "LOC": "LOC",
    "GRP": "ORG",
    "CORP": "ORG",
    "CW": "MISC",
    "PROD": "MISC",
}
MC2_PER = {"Scientist", "Artist", "Athlete", "Politician", "Cleric", "SportsManager", "OtherPER"}
MC2_ORG = {
    "MusicalGRP",
    "PublicCorp",
    "PrivateCorp",
    "AerospaceManufacturer",
    "SportsGRP",
    "CarManufacturer",
    "ORG",
}
MC2_LOC = {"Facility", "OtherLOC", "HumanSettlement", "Station"}
MC2_MISC = {
    "VisualWork",
    "MusicalWork",
    "WrittenWork",
    "ArtWork",
    "Software",
    "Vehicle",
    "OtherPROD",
}
CROSSNER = {
    **dict.fromkeys(
        ["person", "politician", "scientist", "writer", "musicalartist", "researcher"], "PER"
    ),
    **dict.fromkeys(["organisation", "politicalparty", "university", "band"], "ORG"),
    **dict.fromkeys(["country", "location"], "LOC"),
    **dict.fromkeys(
        [
            "misc",
            "event",
            "election",
            "award",
            "book",
            "poem",
            "song",
            "album",
            "product",
            "magazine",
            "conference",
            "academicjournal",
            "programlang",
        ],
        "MISC",
    ),
}
# SmartData / MobIE: streets and stops are places (GermEval tags streets LOC); routes
# ("A 9", "S1") and non-name types (dates, numbers, triggers) are O.
DFKI = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
}


def mc2_type(t: str) -> str | None:
    """Collapse MultiCoNER II's 33 fine types; MED and food/drink/clothing are not names."""
    for group, lab in ((MC2_PER, "PER"), (MC2_ORG, "ORG"), (MC2_LOC, "LOC"), (MC2_MISC, "MISC")):
        if t in group:
            return lab
    return None


def map_tags(tags: list[str], tmap: TypeMap) -> list[str]:
    """Map source BIO/IOB1/IO tags to IOB2 over our labels; unmapped types become O."""
    get = tmap if callable(tmap) else tmap.get
    out: list[str] = []
    prev_src = "O"
    for tag in tags:
        tag = tag.strip()
        m = re.fullmatch(r"([BIE])[-_](.+)", tag)
        if not m:
            out.append("O")
            prev_src = "O"
            continue
        prefix, typ = m.group(1), m.group(2)
        lab = get(typ)
        if lab is None:
            out.append("O")
        elif prefix == "I" and prev_src == typ and out and out[-1] != "O":
            out.append("I-" + lab)
        else:
            out.append("B-" + lab)
        prev_src = typ
    return out


def _open(path: Path):
    return (
        gzip.open(path, "rt", encoding="utf-8")
        if path.suffix == ".gz"
        else open(path, encoding="utf-8")
    )


def read_columns(
    path: Path,
    tok_col: int,
    tag_col: int,
    sep: str | None,
    tmap: TypeMap,
    skip: Callable[[str], bool] = lambda line: False,
) -> list[Sent]:
    """Generic one-token-per-line reader; blank lines end sentences, ``-DOCSTART-`` is skipped."""
    sents: list[Sent] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            sents.append((list(toks), map_tags(list(tags), tmap)))
        toks.clear()
        tags.clear()

    with _open(path) as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip(" \t"):
                flush()
                continue
            if line.startswith("-DOCSTART-") or skip(line):
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) <= max(tok_col, tag_col):
                continue
            tok = cols[tok_col]
            if not tok.strip():
                continue  # lone unicode-space tokens (BTC)
            toks.append(tok)
            tags.append(cols[tag_col])
    flush()
    return sents


def germeval(split: str) -> list[Sent]:
    """GermEval 2014 outer spans; split is 'dev' or 'test'."""
    return read_columns(
        data_root() / "germeval2014" / f"NER-de-{split}.tsv",
        1,
        2,
        "\t",
        GERMEVAL,
        skip=lambda line: line.startswith("#\t"),
    )


def uner(name: str) -> list[Sent]:
    """UNER file by stem, e.g. 'de_pud-ud-test' or 'en_ewt-ud-dev'."""
    return read_columns(
        data_root() / "uner" / f"{name}.iob2",
        1,
        2,
        "\t",
        CONLL4,
        skip=lambda line: line.startswith("#"),
    )


# ner-uk's person, organisation and place types; dates, jobs, money and the rest are no names.
NER_UK = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}


def ner_uk(split: str = "test") -> list[Sent]:
    """ner-uk v2.0, the maintainers' IOB files (NC licence: evaluation only)."""
    return read_columns(data_root() / "ner-uk" / "iob" / f"{split}.iob", 0, 1, " ", NER_UK)


def wikineural(lang: str, split: str = "test") -> list[Sent]:
    """WikiNEuRal silver data (NC licence: evaluation only)."""
    return read_columns(
        data_root() / "wikineural" / lang / f"{split}.conllu.gz", 1, 2, "\t", CONLL4
    )


def multiconer(version: int, lang: str) -> list[Sent]:
    """MultiCoNER I/II train split (lower-cased text; see recase.py)."""
    d = data_root() / f"multiconer{version}"
    path = d / (f"{lang}_train.conll.gz" if version == 1 else f"{lang}-train.conll.gz")
    tmap: TypeMap = MULTICONER1 if version == 1 else mc2_type
    return read_columns(path, 0, 3, " ", tmap, skip=lambda line: line.startswith("# id "))


def mobie() -> list[Sent]:
    """MobIE all splits (German tweets/traffic reports); '#' lines are hashtags, not comments."""
    out: list[Sent] = []
    for split in ("train", "dev", "test"):
        out += read_columns(data_root() / "mobie" / f"{split}.conll2003", 0, 3, "\t", DFKI)
    return out


def europeana(window: int = 40) -> list[Sent]:
    """Europeana newspapers (CC0): a boundary-less token stream cut into pseudo-sentences."""
    out: list[Sent] = []
    for name in ("lft", "onb", "sbb"):
        toks: list[str] = []
        tags: list[str] = []
        with open(
            data_root() / "europeana-newspapers-de" / f"enp_DE.{name}.bio", encoding="utf-8"
        ) as fh:
            for line in fh:
                if line.startswith("# ") or not line.strip():
                    continue
                cols = line.split()
                if len(cols) < 2:
                    continue
                words, tag = cols[:-1], cols[-1]
                for j, w in enumerate(words):
                    toks.append(w)
                    tags.append(tag if j == 0 or tag == "O" else "I-" + tag[2:])
                end = words[-1] in (".", "!", "?") and tag == "O"
                if (end and len(toks) >= 5) or len(toks) >= window * 2:
                    out.append((toks, map_tags(tags, CONLL4)))
                    toks, tags = [], []
        if toks:
            out.append((toks, map_tags(tags, CONLL4)))
    return out


def _json_stream(path: Path) -> Iterator[dict]:
    text = _open(path).read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def smartdata() -> list[Sent]:
    """SmartData v1 train+test (char offsets) tokenised with spaCy's German tokenizer.

    v3 dev/test are NOT used (they overlap v1 by document id).
    """
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    out: list[Sent] = []
    for split in ("train", "test"):
        for doc_json in _json_stream(data_root() / "smartdata" / "v1" / f"{split}.json.gz"):
            text = doc_json["text"]["string"]
            doc = nlp(text)
            tags = ["O"] * len(doc)
            mentions = sorted(
                doc_json.get("conceptMentions", {}).get("array", []),
                key=lambda m: (m["span"]["start"], -m["span"]["end"]),
            )
            for m in mentions:
                lab = DFKI.get(m["type"])
                if lab is None:
                    continue
                span = doc.char_span(m["span"]["start"], m["span"]["end"], alignment_mode="expand")
                if span is None or any(t != "O" for t in tags[span.start : span.end]):
                    continue
                tags[span.start] = "B-" + lab
                for k in range(span.start + 1, span.end):
                    tags[k] = "I-" + lab
            for sent in doc.sents:
                toks = [t.text for t in sent if not t.is_space]
                stags = [tags[t.i] for t in sent if not t.is_space]
                if toks:
                    out.append((toks, stags))
    return out


def wikigold() -> list[Sent]:
    return read_columns(data_root() / "wikigold" / "wikigold.conll.txt", 0, 1, " ", CONLL4)


def wnut17() -> list[Sent]:
    d = data_root() / "wnut17"
    out: list[Sent] = []
    for f in ("wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated"):
        out += read_columns(d / f, 0, 1, "\t", WNUT)
    return out


def btc() -> list[Sent]:
    out: list[Sent] = []
    for f in "abefgh":
        out += read_columns(data_root() / "btc" / f"{f}.conll", 0, 1, "\t", CONLL4)
    return out


def crossner() -> list[Sent]:
    out: list[Sent] = []
    for dom in ("politics", "science", "music", "literature", "ai"):
        for split in ("train", "dev", "test"):
            out += read_columns(
                data_root() / "crossner" / dom / f"{split}.txt", 0, 1, "\t", CROSSNER
            )
    return out


def sec_filings() -> list[Sent]:
    d = data_root() / "sec-filings-fin"
    return read_columns(d / "FIN5.txt", 0, 3, " ", CONLL4) + read_columns(
        d / "FIN3.txt", 0, 3, " ", CONLL4
    )


def spkatt_raw() -> list[list[str]]:
    """Tokenised Bundestag speeches (CC BY-SA 4.0): raw German text for the casing lexicon."""
    out: list[list[str]] = []
    for split in ("train", "dev", "test_cues_only"):
        for f in sorted((data_root() / "spkatt2023-gepade" / split).glob("*.json")):
            for s in json.loads(f.read_text(encoding="utf-8"))["Sentences"]:
                out.append(list(s["Tokens"]))
    return out


TRAIN_LICENCES: dict[str, str] = {
    "germeval2014-test": "CC BY 4.0",
    "uner-de_pud": "CC BY-SA 3.0",
    "uner-en_ewt-dev": "CC BY-SA 4.0",
    "smartdata-v1": "CC BY 4.0",
    "mobie": "CC BY 4.0",
    "europeana-de": "CC0",
    "multiconer1": "CC BY 4.0",
    "multiconer2": "CC BY 4.0",
    "wikigold": "CC BY 4.0",
    "wnut17": "CC BY 4.0",
    "btc": "CC BY 4.0",
    "crossner": "MIT (text from Wikipedia, CC BY-SA)",
    "sec-filings": "CC BY 3.0",
    "factrueval2016": "MIT",
    "spkatt2023 (raw text for casing lexicon only)": "CC BY-SA 4.0",
}


# FactRuEval-2016 (MIT): objects (layer 2) are built from typed spans (layer 1). Only the *name*
# spans of an object become the entity; descriptors ("мэрии", "площади"), job titles and
# geo-adjectives ("подмосковного") are O, as in UNER. LocOrg (countries/cities as political
# entities: "России", "Москвы") -> LOC, like CoNLL/UNER tag country names. Project (22) and
# Facility (2) are too rare to learn MISC from -> O.
FACTRU_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
FACTRU_NAME_SPANS = {
    "PER": {"name", "surname", "patronymic", "nickname"},
    "ORG": {"org_name", "loc_name", "name", "surname", "patronymic", "nickname", "prj_name"},
    "LOC": {"loc_name", "name", "surname", "patronymic", "nickname"},
}
# an object keeps its label only if it has a name span of its own kind; otherwise (e.g. Org
# "мэрии Москвы" whose only name is the LocOrg "Москвы") the nested object carries the name
FACTRU_OWN_SPANS = {
    "Person": FACTRU_NAME_SPANS["PER"],
    "Org": {"org_name", "prj_name"},
    "Location": {"loc_name"},
    "LocOrg": {"loc_name"},
}


def _factru_doc(base: Path, types: Mapping[str, str]) -> list[Sent]:
    sents: list[list[str]] = [[]]
    pos: dict[str, tuple[int, int]] = {}  # token id -> (sentence, index)
    for line in base.with_suffix(".tokens").read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if len(cols) < 4:
            if sents[-1]:
                sents.append([])
            continue
        pos[cols[0]] = (len(sents) - 1, len(sents[-1]))
        sents[-1].append(cols[3])
    if not sents[-1]:
        sents.pop()
    spans: dict[str, tuple[str, str, int]] = {}  # span id -> (type, first token id, n tokens)
    tok_ids = list(pos)
    tok_index = {t: i for i, t in enumerate(tok_ids)}
    for line in base.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if len(cols) >= 6:
            spans[cols[0]] = (cols[1], cols[4], int(cols[5]))
    cands: list[tuple[int, int, int, str]] = []  # (sentence, start, end, label)
    for line in base.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        cols = line.split("#")[0].split()
        if len(cols) < 3 or cols[1] not in types:
            continue
        lab = types[cols[1]]
        own = [spans[s] for s in cols[2:] if s in spans]
        if not any(t in FACTRU_OWN_SPANS[cols[1]] for t, _, _ in own):
            continue
        toks: set[int] = set()
        names = FACTRU_NAME_SPANS["LOC" if cols[1] == "LocOrg" else lab]
        for typ, first, n in own:
            if typ in names and first in tok_index:
                i = tok_index[first]
                toks.update(range(i, min(i + n, len(tok_ids))))
        if not toks:
            continue
        # keep the contiguous run that contains the object's first name token
        lo = min(toks)
        hi = lo
        while hi + 1 in toks:
            hi += 1
        s0, i0 = pos[tok_ids[lo]]
        s1, i1 = pos[tok_ids[hi]]
        if s0 == s1:
            cands.append((s0, i0, i1 + 1, lab))
    tags = [["O"] * len(s) for s in sents]
    # longest first: outer names ("университет имени Ломоносова") win over nested ones; on the same
    # tokens ORG before LOC before PER (museum "Мормоттан" named after a person is the museum)
    prio = {"ORG": 0, "LOC": 1, "PER": 2}
    for s, a, b, lab in sorted(set(cands), key=lambda c: (-(c[2] - c[1]), c[0], c[1], prio[c[3]])):
        if all(t == "O" for t in tags[s][a:b]):
            tags[s][a] = "B-" + lab
            for k in range(a + 1, b):
                tags[s][k] = "I-" + lab
    return [(s, t) for s, t in zip(sents, tags, strict=True) if s]


def factrueval(split: str, docs: slice | None = None, locorg: str = "LOC") -> list[Sent]:
    """FactRuEval-2016 'devset' or 'testset' (documents in name order; ``docs`` selects some).

    ``locorg`` is the label for LocOrg objects (LOC by default; "ORG" was tried, see build_models).
    """
    types = {**FACTRU_TYPES, "LocOrg": locorg}
    d = data_root() / "factrueval2016" / split
    names = sorted(
        (p.with_suffix("") for p in d.glob("*.objects")),
        key=lambda p: int(re.sub(r"\D", "", p.name) or 0),
    )
    out: list[Sent] = []
    for base in names[docs] if docs is not None else names:
        out += _factru_doc(base, types)
    return out
