"""Direct quotations by their marks, in every style our languages use, repaired where broken.

Styles: „…“ and »…« (German), “…” and ‘…’ (English), «…» (Russian, Ukrainian), "…" (any),
nested quotes, continuation paragraphs (an unclosed quotation whose next paragraph opens with the
same mark goes on there), and the dash style of Russian and Ukrainian news
(`— Имидж пострадал, — считает политолог X`).

Repairs, never exceptions:
- a closing mark with nothing open (machine translation often adds one mid-quotation: `„A.“ B.
  C“, betonte X`) extends the last quotation before it in the paragraph — the last one of at
  least `MIN_REPAIR_WORDS` words, so a scare quote inside (`„grauen“`) becomes nested;
- an opening mark never closed runs to the end of its paragraph if it holds a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A quotation at least this long is worth extending over a stray closing mark, or running to the
# end of its paragraph when never closed.
MIN_REPAIR_WORDS = 4
DASHES = "—–"
DASH_OPENING = re.compile(r"^[—–]\s+")
# where the author's words break into a dash-style quotation: `…, — считает X`
DASH_BREAK = re.compile(r"[,.!?…]?\s+[—–]\s+(?=\w)")


@dataclass
class Quoted:
    """A quotation's content (marks excluded) and where its marks stand."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    repaired: bool = False
    dash: bool = False

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def quotations(text: str) -> list[Quoted]:
    """Top-level quotations of a text, in order."""
    pairs = _pairs_for(text)
    found: list[Quoted] = []
    offset = 0
    carried: Quoted | None = None  # a quotation going on into the next paragraph
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            offset += len(paragraph) + 1
            continue
        following = next((p for p in paragraphs[index + 1 :] if p.strip()), "")
        quotes, unclosed = _in_paragraph(paragraph, offset, pairs)
        if carried is not None:
            carried, quotes, unclosed = _continue(carried, quotes, unclosed, offset, found)
        if unclosed is not None:
            if following.lstrip().startswith(text[unclosed.open_at]):
                carried = unclosed
            elif unclosed.words(text) >= MIN_REPAIR_WORDS:
                quotes.append(unclosed)
        found.extend(quotes)
        if not quotes and unclosed is None and carried is None:
            found.extend(_dash_quotes(paragraph, offset))
        offset += len(paragraph) + 1
    if carried is not None:
        found.append(carried)
    return sorted(found, key=lambda q: q.start)


def _continue(
    carried: Quoted,
    quotes: list[Quoted],
    unclosed: Quoted | None,
    offset: int,
    found: list[Quoted],
) -> tuple[Quoted | None, list[Quoted], Quoted | None]:
    """A paragraph opening with the carried quotation's mark goes on with it: to its closing
    mark (then the quotation is done), or to its end (then it goes on further)."""
    if quotes and quotes[0].open_at - offset <= 1:
        carried.end, carried.close_at = quotes[0].end, quotes[0].close_at
        found.append(carried)
        return None, quotes[1:], unclosed
    if unclosed is not None and not quotes and unclosed.open_at - offset <= 1:
        carried.end = unclosed.end
        return carried, quotes, None
    found.append(carried)
    return None, quotes, unclosed


def _pairs_for(text: str) -> dict[str, str]:
    """Opening mark → closing marks, by the conventions this text follows."""
    pairs = {'"': '"'}
    if "„" in text:
        pairs.update({"„": '“”"', "‚": "‘"})  # `„…"`: typed with a straight closing mark
    else:
        pairs.update({"“": "”", "‘": "’"})
    german_guillemets = text.find("»") != -1 and (
        text.find("«") == -1 or text.find("»") < text.find("«")
    )
    pairs.update({"»": "«"} if german_guillemets else {"«": "»"})
    return pairs


def _in_paragraph(
    paragraph: str, offset: int, pairs: dict[str, str]
) -> tuple[list[Quoted], Quoted | None]:
    closers = {c for marks in pairs.values() for c in marks}
    stack: list[int] = []
    top: list[Quoted] = []
    for i, ch in enumerate(paragraph):
        if stack and ch in pairs[paragraph[stack[-1]]] and _closes(paragraph, i):
            open_at = stack.pop()
            if not stack:
                top.append(Quoted(offset + open_at + 1, offset + i, offset + open_at, offset + i))
        elif ch in pairs and _opens(paragraph, i):
            stack.append(i)
        elif not stack and ch in closers and _closes(paragraph, i):
            _repair(top, paragraph, offset, i)
    unclosed = None
    if stack:
        open_at = stack[0]
        end = offset + len(paragraph.rstrip())
        unclosed = Quoted(offset + open_at + 1, end, offset + open_at, None, repaired=True)
        top = [q for q in top if q.open_at < offset + open_at]
    return top, unclosed


def _opens(paragraph: str, i: int) -> bool:
    """An opening mark is followed by text; straight and single marks also need a word start.
    A curly double mark that only ever opens may be followed by a space, as in tokenised text
    (`“ we ’ll take over , mother , ”`)."""
    after = paragraph[i + 1 : i + 2]
    if not after or (after.isspace() and not (paragraph[i] == "“" and after == " ")):
        return False
    if paragraph[i] in "\"'‘":
        return i == 0 or not paragraph[i - 1].isalnum()
    return True


def _closes(paragraph: str, i: int) -> bool:
    """A closing mark follows text; `’` inside a word is an apostrophe, not a mark."""
    if i == 0 or paragraph[i - 1].isspace():
        return paragraph[i] not in "\"'’‘"
    after = paragraph[i + 1 : i + 2]
    return not (paragraph[i] in "’'" and after.isalpha())


def _repair(top: list[Quoted], paragraph: str, offset: int, i: int) -> None:
    """A stray closing mark: extend the last long quotation before it over everything since."""
    if not top:
        return
    text_of = {id(q): paragraph[q.start - offset : q.end - offset] for q in top}
    long = [q for q in top if len(text_of[id(q)].split()) >= MIN_REPAIR_WORDS]
    target = long[-1] if long else top[-1]
    target.end, target.close_at, target.repaired = offset + i, offset + i, True
    top[:] = [q for q in top if q.start <= target.start or q.start > target.end]


def _dash_quotes(paragraph: str, offset: int) -> list[Quoted]:
    """`— Quote, — cue speaker. — More quote.`: the author's words sit between dashes."""
    opening = DASH_OPENING.match(paragraph)
    if opening is None:
        return []
    start = opening.end()
    brk = DASH_BREAK.search(paragraph, start)
    end = brk.start() if brk else len(paragraph.rstrip())
    quotes = [Quoted(offset + start, offset + end, offset, None, dash=True)]
    if brk is not None:
        resume = re.search(r"[.!?…]\s+[—–]\s+(?=[^\W\d_])", paragraph[brk.end() :])
        if resume is not None:
            more = brk.end() + resume.end()
            end = offset + len(paragraph.rstrip())
            quotes.append(Quoted(offset + more, end, offset, None, dash=True))
    return quotes
