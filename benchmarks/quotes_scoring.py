"""Scoring for quotation detection and speaker attribution against two NC evaluation corpora.

Importable (the floor test uses it); ``benchmarks/quotes_eval.py`` is the command-line front.
Neither corpus is copied into the repository: both are read from the shared data directory
(``NEWSGRAPH_SHARED_DATA``, default ``<repo>/../shared/data``) and serve evaluation only.

Gold types (german-news-quotes, GNQ)
------------------------------------
* ``Direct`` -> **direct**.
* ``Indirect`` and ``IndirectFreeIndirect`` -> **indirect**. IndirectFreeIndirect is reported
  speech in the subjunctive without its own cue ("Das Projekt mache gute Fortschritte."), which a
  user reading "indirect quotes" expects to get.
* ``FreeIndirect`` and ``Reported`` -> **excluded**: they are not scored as gold, and a prediction
  that overlaps one of them without matching a scored gold quotation is neither a true nor a false
  positive (it is counted as ``ignored``). FreeIndirect has no speech marker at all and Reported is
  a mere mention of a speech act ("Er sprach von einem ..."); neither is a quotation a user wants
  listed, but a system that does list one should not be punished for it either.

LitBank: every ``QUOTE`` record is quoted speech in quotation marks and is scored as **direct**;
LitBank does not annotate indirect speech, so indirect predictions are left out there. Its copied
text is tokenised ("we ’ll take over , mother , ”"), one sentence per line, paragraph breaks lost;
that is what newsgraph is given, so LitBank figures understate what it does on running text.

Alignment
---------
newsgraph cleans its input, so offsets in ``Document.text`` are not offsets in the corpus text.
`align` maps every character of the cleaned text back to the original: word tokens are matched
with ``difflib.SequenceMatcher`` and serve as anchors, and only the short gaps between anchors are
aligned character by character. Measured on both corpora (248 texts, 166 changed by cleaning):
1.7 s in all against 101 s for a character-level SequenceMatcher over whole texts
(``autojunk=False``; with autojunk it is unreliable), every mapped character equal to its
original, no non-space character left unmapped, and the two maps differing only in which of
several equal whitespace characters a space is paired with. Predicted spans and entity mentions
are mapped to original offsets before any comparison.

Matching
--------
* A prediction matches a gold quotation of the same kind when their character spans overlap (the
  issue's criterion; a gold quotation interrupted by its cue has several spans, any may overlap).
  Matching is one-to-one and maximal (greedy by character Jaccard similarity, then augmenting
  paths), so each gold quotation counts at most one prediction and vice versa, and nested gold
  quotations each keep their natural partner. Unmatched predictions are false positives unless
  they overlap an excluded gold quotation (see above).
* Secondary figures: **exact** — boundaries equal after trimming whitespace, quotation marks and
  punctuation from both ends (gold spans include the marks, a system need not); **token** —
  micro P/R/F1 over word tokens covered by predictions and by gold quotations.
* The same quotation annotated twice with different speakers (nested attributions, 5 times in
  the GNQ test split) is merged into one gold quotation with two acceptable speakers.
* Rows: ``direct``, ``indirect`` and ``any`` (kinds merged, so kind confusions show up as the
  difference between ``any`` and the per-kind rows).

Speaker accuracy
----------------
Over matched quotations only (so it does not double-count detection errors); a quotation is
scored when its gold speaker is usable:

1. no gold speaker span -> not scored (reported as ``no_speaker``);
2. the gold speaker has no content word (a bare pronoun or determiner, "er", "Sie", "Seine") ->
   not scored (``pronoun``): the corpus has no coreference chains, so the person meant is not
   annotated. A nearest-preceding-gold-speaker proxy was tried and is wrong too often to use;
3. the predicted speaker entity has a mention overlapping the gold speaker span -> correct iff no
   entity of a higher-priority label (PER > ORG > LOC > MISC) also has a mention there: in "der
   Gouverneur der Region Far North, Midjiyawa Bakary" the place is not the speaker;
4. otherwise -> correct iff the gold speaker text shares a content word with the predicted
   entity's name or with ``speaker_text`` (case-insensitive; a word may differ by up to two
   trailing letters, for German inflection: "Merkels" ~ "Merkel"). Role nouns are compared the
   same way ("ein Sprecher der Polizei" ~ entity "Polizei").

LitBank speakers are coreference-chain ids, and the chains (LitBank's coreference layer) were not
copied; the entity files use their own ``T<n>`` ids, so the ids do not correspond and rule 3 is
impossible. The chain ids do, however, carry a label written by the annotators
("Jack_Durbeyfield-0", "Mr__Sherlock_Holmes-2", "a_girl-7", "I-1"). Where that label is a name
(all its words capitalised, none a pronoun or article, and at least one that never occurs in lower
case in the text: "Parson Tringham" yes; "Uncle", "The boy", "Tom s aunt" no), rule 4 is applied
to it, with the extra condition that gendered honorifics must not conflict (Mr vs Mrs Bennet).
Descriptive labels ("a_girl", "his_mother", "I") are not scored (``descriptive``). This is a
proxy for speaker accuracy, reported as such.
"""

from __future__ import annotations

import json
import re
import tarfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

Kind = Literal["direct", "indirect"]
Span = tuple[int, int]
KINDS: tuple[Kind, ...] = ("direct", "indirect")
ROW_KINDS: dict[str, frozenset[str]] = {
    "direct": frozenset({"direct"}),
    "indirect": frozenset({"indirect"}),
    "any": frozenset({"direct", "indirect"}),
}

GNQ_TYPE_KIND: dict[str, Kind | None] = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": None,
    "Reported": None,
}

SpeakerStatus = Literal["scorable", "no_speaker", "pronoun", "descriptive"]

LABEL_PRIORITY = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}

# Words that never identify a speaker on their own: pronouns, determiners, prepositions (de/en).
_FUNCTION_WORDS = """
    er sie es ich wir ihr du man ihm ihn ihnen sein seine seiner seinem seinen seines ihre ihrer
    ihrem ihren ihres dieser diese dieses diesem diesen jener jene jenes wer welcher welche
    der die das den dem des ein eine einer eines einem einen und oder sowie von vom zu zur zum
    für mit bei beim im in am an auf aus nach über unter vor laut zufolge
    he she it i we you they him her them his hers its our ours their theirs me us my your one
    this that these those who which the a an of and or for on at to by with from
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
HONORIFICS_MALE = frozenset({"mr", "sir", "lord", "herr", "master"})
HONORIFICS_FEMALE = frozenset({"mrs", "miss", "ms", "lady", "frau", "madame", "mistress"})
HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE | {"dr", "prof", "captain", "st"}
# Capitalised label words that describe rather than name a speaker (LitBank chain labels).
DESCRIPTIVE_WORDS = frozenset({"narrator", "the", "a", "an", "my", "his", "her", "our", "one"})

QUOTE_MARKS = "„“”\"»«‚‘’‹›'"
TRIM = " \t\n\r" + QUOTE_MARKS + ".,;:!?()[]–—-…"
WORD = re.compile(r"\w+")
TOKEN = re.compile(r"\w+|[^\w\s]")


def _paired_quotes(line_breaks: bool) -> re.Pattern[str]:
    """Paired quotation marks (the issue's bare-regex baseline); ``line_breaks`` lets a pair
    span lines, which LitBank needs (its lines are sentences) and news must not have (its lines
    are paragraphs, and an unclosed mark would swallow the next one)."""
    nl = "" if line_breaks else "\n"
    return re.compile(rf"„[^„“”{nl}]*[“”]|\"[^\"{nl}]*\"|»[^»«{nl}]*«|«[^«»{nl}]*»|“[^“”{nl}]*”")


PAIRED_QUOTES = {False: _paired_quotes(False), True: _paired_quotes(True)}
MIN_BASELINE_WORDS = 4


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class GoldSpeaker:
    """A gold speaker: its span(s) in the text (none in LitBank), its text, and whether a
    prediction can be checked against it."""

    spans: tuple[Span, ...]
    text: str
    status: SpeakerStatus


NO_SPEAKER = GoldSpeaker((), "", "no_speaker")
STATUS_ORDER: tuple[SpeakerStatus, ...] = ("scorable", "pronoun", "descriptive", "no_speaker")


@dataclass(frozen=True)
class GoldQuote:
    """One gold quotation; ``kind`` None marks an excluded type (scored as neither TP nor FP).
    ``speakers`` has more than one entry when the corpus annotates the same quotation twice
    with different speakers (see `merge_duplicates`); matching any of them is correct."""

    kind: Kind | None
    spans: tuple[Span, ...]
    speakers: tuple[GoldSpeaker, ...] = (NO_SPEAKER,)
    source_type: str = ""

    @property
    def hull(self) -> Span:
        return self.spans[0][0], self.spans[-1][1]

    @property
    def speaker_status(self) -> SpeakerStatus:
        """The best status among the alternatives: scorable if any speaker is."""
        return min((sp.status for sp in self.speakers), key=STATUS_ORDER.index)


@dataclass(frozen=True)
class Article:
    """A corpus document: its text exactly as annotated, and the gold quotations."""

    name: str
    text: str
    gold: tuple[GoldQuote, ...]
    language: str


@dataclass(frozen=True)
class PredQuote:
    """A predicted quotation in ORIGINAL offsets, with what is known about its speaker."""

    kind: Kind
    span: Span
    speaker_name: str | None = None
    speaker_label: str | None = None
    speaker_mentions: tuple[Span, ...] = ()
    speaker_text: str | None = None


@dataclass(frozen=True)
class Prediction:
    """All a system says about one article that the scorer needs, in original offsets.
    ``mentions`` are all entity mentions with their label (for the label-priority rule)."""

    quotes: tuple[PredQuote, ...]
    mentions: tuple[tuple[Span, str], ...] = ()


# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Alignment:
    """Character map from a cleaned text back to its original; -1 where nothing corresponds."""

    to_original: tuple[int, ...]

    def span(self, start: int, end: int) -> Span | None:
        """The original span covering the mapped characters of cleaned ``[start, end)``."""
        inside = [o for o in self.to_original[max(start, 0) : end] if o >= 0]
        return (inside[0], inside[-1] + 1) if inside else None


def align(original: str, cleaned: str) -> Alignment:
    """Align ``cleaned`` to ``original``: word tokens as anchors, characters within the gaps."""
    if original == cleaned:
        return Alignment(tuple(range(len(cleaned))))
    a_tok = [m.span() for m in TOKEN.finditer(original)]
    b_tok = [m.span() for m in TOKEN.finditer(cleaned)]
    matcher = SequenceMatcher(
        None, [original[s:e] for s, e in a_tok], [cleaned[s:e] for s, e in b_tok], autojunk=False
    )
    mapping = [-1] * len(cleaned)
    anchors: list[tuple[int, int, int]] = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            (sa, ea), (sb, _) = a_tok[block.a + k], b_tok[block.b + k]
            anchors.append((sa, sb, ea - sa))
    anchors.append((len(original), len(cleaned), 0))
    pa = pb = 0
    for sa, sb, n in anchors:
        _align_gap(original[pa:sa], cleaned[pb:sb], pa, pb, mapping)
        mapping[sb : sb + n] = range(sa, sa + n)
        pa, pb = sa + n, sb + n
    return Alignment(tuple(mapping))


def _align_gap(a: str, b: str, offset_a: int, offset_b: int, mapping: list[int]) -> None:
    """Characters between two anchors: usually equal whitespace; otherwise matched by difflib."""
    if not a or not b:
        return
    if a == b:
        mapping[offset_b : offset_b + len(b)] = range(offset_a, offset_a + len(a))
        return
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            mapping[offset_b + block.b + k] = offset_a + block.a + k


# --------------------------------------------------------------------------- corpora


def shared_data_dir() -> Path:
    """``NEWSGRAPH_SHARED_DATA`` or ``<repo>/../shared/data``."""
    import os

    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    return Path(os.environ.get("NEWSGRAPH_SHARED_DATA", default))


def gnq_archive(data_dir: Path, split: str) -> Path:
    return data_dir / "german-news-quotes" / f"{split}.tar.gz"


def litbank_dir(data_dir: Path) -> Path:
    return data_dir / "litbank" / "quotations" / "tsv"


def load_gnq(data_dir: Path, split: str = "test", limit: int | None = None) -> list[Article]:
    """German news quotes, read straight from the split's tar (sorted by member name)."""
    articles: list[Article] = []
    with tarfile.open(gnq_archive(data_dir, split)) as tar:
        members = sorted(
            (m for m in tar.getmembers() if m.name.endswith(".json")), key=lambda m: m.name
        )
        for member in members[:limit]:
            handle = tar.extractfile(member)
            assert handle is not None
            record = json.load(handle)
            articles.append(gnq_article(record))
    return articles


def gnq_article(record: dict[str, Any]) -> Article:
    """One GNQ JSON object as an Article (offsets are into ``originalText``)."""
    gold = merge_duplicates([gnq_gold(a) for a in record["annotations"]])
    return Article(record["documentName"], record["originalText"], gold, "de")


def gnq_gold(annotation: dict[str, Any]) -> GoldQuote:
    def spans(part: dict[str, Any]) -> tuple[Span, ...]:
        return tuple(sorted((s["charBegin"], s["charEnd"]) for s in part["spans"]))

    speaker = annotation["speaker"]
    speaker_spans = spans(speaker)
    gold_speaker = NO_SPEAKER
    if speaker_spans:
        status: SpeakerStatus = "scorable" if content_words(speaker["text"]) else "pronoun"
        gold_speaker = GoldSpeaker(speaker_spans, speaker["text"], status)
    return GoldQuote(
        kind=GNQ_TYPE_KIND[annotation["type"]],
        spans=spans(annotation["quote"]),
        speakers=(gold_speaker,),
        source_type=annotation["type"],
    )


def merge_duplicates(golds: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    """One gold quotation per (kind, spans). GNQ sometimes annotates one quotation twice, once
    per speaker in a nested attribution ("..., sagte X der Zeitung Y zufolge"): 5 cases in the
    test split, 3 of them direct. Kept apart they would cap recall below 1 for any system that
    reports a quotation once; merged, either speaker counts as correct."""
    merged: dict[tuple[Kind | None, tuple[Span, ...]], GoldQuote] = {}
    for gold in golds:
        key = (gold.kind, gold.spans)
        if key in merged:
            first = merged[key]
            speakers = first.speakers + tuple(s for s in gold.speakers if s not in first.speakers)
            merged[key] = GoldQuote(first.kind, first.spans, speakers, first.source_type)
        else:
            merged[key] = gold
    return tuple(merged.values())


def load_litbank(data_dir: Path, limit: int | None = None) -> list[Article]:
    """LitBank quotations, all documents (sorted by name). The 14 with no QUOTE record are
    kept: they are annotated and simply have no dialogue (their quotation marks are scare
    quotes, titles and an epigraph), so quotes found there are genuine false positives."""
    root = litbank_dir(data_dir)
    articles: list[Article] = []
    for ann in sorted(root.glob("*.ann")):
        lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if line]
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        articles.append(litbank_article(ann.stem, text, lines))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def litbank_article(name: str, text: str, records: Sequence[str]) -> Article:
    """Turn QUOTE/ATTRIB records (sentence = line, token = space-separated index, end token
    inclusive) into character spans over ``text``."""
    token_spans = _litbank_token_spans(text)
    speakers = {f[1]: f[2] for f in (r.split("\t") for r in records) if f[0] == "ATTRIB"}
    gold: list[GoldQuote] = []
    for fields in (r.split("\t") for r in records):
        if fields[0] != "QUOTE":
            continue
        qid, s_sent, s_tok, e_sent, e_tok = fields[1], *map(int, fields[2:6])
        span = (token_spans[s_sent][s_tok][0], token_spans[e_sent][e_tok][1])
        label = speakers.get(qid, "")
        speaker, status = litbank_speaker(label, text)
        gold.append(GoldQuote("direct", (span,), (GoldSpeaker((), speaker, status),), "QUOTE"))
    return Article(name, text, tuple(gold), "en")


def _litbank_token_spans(text: str) -> list[list[Span]]:
    spans: list[list[Span]] = []
    offset = 0
    for line in text.split("\n"):
        spans.append([(offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", line)])
        offset += len(line) + 1
    return spans


def litbank_speaker(chain_id: str, text: str) -> tuple[str, SpeakerStatus]:
    """A LitBank chain id's label as a name, and whether it is usable (names only)."""
    label = re.sub(r"-\d+$", "", chain_id)
    words = [w for w in label.split("_") if w]
    if not words:
        return "", "no_speaker"
    label_text = " ".join(words)
    if any(not w[0].isupper() or w.lower() in FUNCTION_WORDS | DESCRIPTIVE_WORDS for w in words):
        return label_text, "descriptive"
    lower_words = {w for w in WORD.findall(text) if w.islower()}
    if not any(w.lower() not in lower_words | HONORIFICS for w in words):
        return label_text, "descriptive"
    return label_text, "scorable"


# --------------------------------------------------------------------------- predictions


def predict_newsgraph(article: Article) -> Prediction:
    """Run ``newsgraph.extract`` and map its quotes and mentions to the article's offsets."""
    import newsgraph

    doc = newsgraph.extract(article.text, language=article.language)
    return prediction_from_document(doc, align(article.text, doc.text))


def prediction_from_document(doc: Any, alignment: Alignment) -> Prediction:
    """Quotes and entity mentions of a ``newsgraph.Document``, in original offsets."""
    entities = {e.id: e for e in doc.entities}

    def mapped(mentions: Iterable[Any]) -> tuple[Span, ...]:
        spans = (alignment.span(m.start, m.end) for m in mentions)
        return tuple(s for s in spans if s is not None)

    quotes: list[PredQuote] = []
    for q in doc.quotes:
        span = alignment.span(q.start, q.end)
        if span is None:
            continue
        entity = entities.get(q.speaker) if q.speaker else None
        quotes.append(
            PredQuote(
                kind=q.kind,
                span=span,
                speaker_name=entity.name if entity else None,
                speaker_label=entity.label if entity else None,
                speaker_mentions=mapped(entity.mentions) if entity else (),
                speaker_text=q.speaker_text,
            )
        )
    mentions = tuple((s, e.label) for e in doc.entities for s in mapped(e.mentions))
    return Prediction(tuple(quotes), mentions)


def regex_quotes(text: str, line_breaks: bool = False) -> list[Span]:
    """The issue's baseline: paired quotation marks with at least four words inside."""
    return [
        m.span()
        for m in PAIRED_QUOTES[line_breaks].finditer(text)
        if len(WORD.findall(m.group())) >= MIN_BASELINE_WORDS
    ]


def predict_regex(article: Article) -> Prediction:
    """The bare-regex baseline on the corpus text: direct quotes, no speaker. Pairs may span
    lines in LitBank only (one sentence per line there)."""
    spans = regex_quotes(article.text, line_breaks=article.language == "en")
    return Prediction(tuple(PredQuote("direct", s) for s in spans))


# --------------------------------------------------------------------------- matching


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_overlap(gold: GoldQuote, span: Span) -> int:
    return sum(overlap(g, span) for g in gold.spans)


def similarity(gold: GoldQuote, span: Span) -> float:
    """Character overlap over union (Jaccard) of a gold quotation's spans and a predicted span."""
    shared = gold_overlap(gold, span)
    size = sum(e - s for s, e in gold.spans) + span[1] - span[0] - shared
    return shared / size if size else 0.0


def match(golds: Sequence[GoldQuote], preds: Sequence[PredQuote]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of overlapping (gold, prediction) pairs.

    Pairs are first taken greedily by Jaccard similarity, so a prediction goes to its natural
    partner when gold quotations nest or overlap; augmenting paths then add any pair the greedy
    pass blocked, so the number of matches is maximal."""
    scored = [
        (similarity(g, p.span), gi, pi)
        for pi, p in enumerate(preds)
        for gi, g in enumerate(golds)
        if gold_overlap(g, p.span)
    ]
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    edges: list[list[int]] = [[] for _ in preds]
    gold_to_pred: dict[int, int] = {}
    pred_matched: set[int] = set()
    for _, gi, pi in scored:
        edges[pi].append(gi)
        if gi not in gold_to_pred and pi not in pred_matched:
            gold_to_pred[gi] = pi
            pred_matched.add(pi)

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in gold_to_pred or augment(gold_to_pred[gi], seen):
                gold_to_pred[gi] = pi
                return True
        return False

    for pi in range(len(preds)):
        if pi not in pred_matched:
            augment(pi, set())
    return sorted(gold_to_pred.items())


def trimmed(text: str, span: Span) -> Span:
    """``span`` without surrounding whitespace, quotation marks and punctuation."""
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def word_positions(text: str, spans: Iterable[Span]) -> set[int]:
    """Start offsets of the words inside ``spans`` (for token-level overlap)."""
    starts: set[int] = set()
    for s, e in spans:
        starts.update(m.start() for m in WORD.finditer(text, s, e))
    return starts


# --------------------------------------------------------------------------- speakers


def content_words(text: str) -> list[str]:
    """Lower-cased words that can identify a speaker (no pronouns, determiners, honorifics)."""
    return [
        w
        for w in (x.lower() for x in WORD.findall(text))
        if w not in FUNCTION_WORDS and w not in HONORIFICS and not w.isdigit()
    ]


def same_word(a: str, b: str) -> bool:
    """Equal, or equal up to at most two trailing letters when both have four or more."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def names_agree(gold_text: str, predicted: str | None) -> bool:
    """Rule 4: a shared content word and no conflicting gendered honorific."""
    if not predicted:
        return False
    gold_words, pred_words = content_words(gold_text), content_words(predicted)
    if not any(same_word(g, p) for g in gold_words for p in pred_words):
        return False
    return not _honorifics_conflict(gold_text, predicted)


def _honorifics_conflict(a: str, b: str) -> bool:
    def sex(text: str) -> set[str]:
        words = {w.lower() for w in WORD.findall(text)}
        return ({"m"} if words & HONORIFICS_MALE else set()) | (
            {"f"} if words & HONORIFICS_FEMALE else set()
        )

    sa, sb = sex(a), sex(b)
    return bool(sa and sb and not sa & sb)


def speaker_correct(gold: GoldQuote, pred: PredQuote, mentions: Sequence[tuple[Span, str]]) -> bool:
    """Rules 3 and 4 of the module docstring, against any scorable gold speaker."""
    return any(
        speaker_agrees(sp, pred, mentions) for sp in gold.speakers if sp.status == "scorable"
    )


def speaker_agrees(
    gold: GoldSpeaker, pred: PredQuote, mentions: Sequence[tuple[Span, str]]
) -> bool:
    """Rule 3 when the predicted entity has a mention in the gold speaker span (it then decides
    alone), rule 4 otherwise."""
    touching = [m for m in pred.speaker_mentions if any(overlap(m, g) for g in gold.spans)]
    if touching and pred.speaker_label is not None:
        labels = {label for span, label in mentions if any(overlap(span, g) for g in gold.spans)}
        best = min((LABEL_PRIORITY.get(label, 9) for label in labels), default=9)
        return LABEL_PRIORITY.get(pred.speaker_label, 9) <= best
    return names_agree(gold.text, pred.speaker_name) or names_agree(gold.text, pred.speaker_text)


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    """Raw counts for one row (corpus x kind); figures are derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    exact_tp: int = 0
    token_tp: int = 0
    token_pred: int = 0
    token_gold: int = 0
    speaker_correct: int = 0
    speaker_scored: int = 0
    speaker_unscored: dict[str, int] = field(default_factory=dict)

    @staticmethod
    def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def prf(self) -> tuple[float, float, float]:
        return self._prf(self.tp, self.tp + self.fp, self.tp + self.fn)

    @property
    def exact_prf(self) -> tuple[float, float, float]:
        return self._prf(self.exact_tp, self.tp + self.fp, self.tp + self.fn)

    @property
    def token_prf(self) -> tuple[float, float, float]:
        return self._prf(self.token_tp, self.token_pred, self.token_gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_scored if self.speaker_scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        p, r, f = self.prf
        ep, er, ef = self.exact_prf
        tp_, tr, tf = self.token_prf
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "exact_f1": round(ef, 4),
            "exact_precision": round(ep, 4),
            "exact_recall": round(er, 4),
            "token_precision": round(tp_, 4),
            "token_recall": round(tr, 4),
            "token_f1": round(tf, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_scored": self.speaker_scored,
            "speaker_unscored": dict(sorted(self.speaker_unscored.items())),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "ignored": self.ignored,
        }


def score_article(
    article: Article, prediction: Prediction, kinds: frozenset[str], counts: Counts
) -> None:
    """Add one article's figures for the quotation kinds in ``kinds`` to ``counts``."""
    golds = [g for g in article.gold if g.kind in kinds]
    excluded = [g for g in article.gold if g.kind is None]
    preds = [p for p in prediction.quotes if p.kind in kinds]
    pairs = match(golds, preds)
    matched_preds = {pi for _, pi in pairs}
    scored_preds = [
        p
        for pi, p in enumerate(preds)
        if pi in matched_preds or not any(gold_overlap(g, p.span) for g in excluded)
    ]
    counts.tp += len(pairs)
    counts.fn += len(golds) - len(pairs)
    counts.ignored += len(preds) - len(scored_preds)
    counts.fp += len(scored_preds) - len(pairs)

    text = article.text
    pred_bounds = {trimmed(text, p.span) for p in scored_preds}
    gold_bounds = [trimmed(text, g.hull) for g in golds]
    counts.exact_tp += sum(1 for b in set(gold_bounds) if b in pred_bounds)
    gold_words = word_positions(text, (s for g in golds for s in g.spans))
    pred_words = word_positions(text, (p.span for p in scored_preds))
    counts.token_tp += len(gold_words & pred_words)
    counts.token_gold += len(gold_words)
    counts.token_pred += len(pred_words)

    for gi, pi in pairs:
        gold = golds[gi]
        status = gold.speaker_status
        if status != "scorable":
            counts.speaker_unscored[status] = counts.speaker_unscored.get(status, 0) + 1
            continue
        counts.speaker_scored += 1
        counts.speaker_correct += speaker_correct(gold, preds[pi], prediction.mentions)


def score(
    articles: Sequence[Article],
    predictions: Sequence[Prediction],
    rows: Iterable[str] = ("direct", "indirect", "any"),
) -> dict[str, Counts]:
    """Counts per row over a whole corpus (``predictions[i]`` belongs to ``articles[i]``)."""
    result: dict[str, Counts] = {}
    for row in rows:
        counts = Counts()
        for article, prediction in zip(articles, predictions, strict=True):
            score_article(article, prediction, ROW_KINDS[row], counts)
        result[row] = counts
    return result


def predict_all(
    articles: Sequence[Article], predict: Callable[[Article], Prediction]
) -> list[Prediction]:
    return [predict(a) for a in articles]
