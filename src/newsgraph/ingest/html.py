"""HTML pages to article text and metadata, through trafilatura.

trafilatura drops navigation, link lists, comments and scripts; what it keeps is the main text,
which still goes through `clean` like any other text.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass

import trafilatura
from dateutil.parser import UnknownTimezoneWarning
from trafilatura.settings import Document as Page

from newsgraph.errors import InputError

# trafilatura logs every page it finds no text in; newsgraph reports those itself, once.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta)\b", re.I | re.S
)
TAG = re.compile(r"</?(p|div|br|span|a|h[1-6]|article|section|li|ul|table)\b[^>]*>", re.I)
# A text counts as HTML when it starts like a page or is thick with block/inline tags.
MIN_TAGS_FOR_FRAGMENT = 3


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(HTML_START.match(head)) or len(TAG.findall(head)) >= MIN_TAGS_FOR_FRAGMENT


def extract_article(html: str) -> HtmlArticle:
    """Main text and metadata of a page; recall-oriented second try before giving up."""
    for favor_recall in (False, True):
        with warnings.catch_warnings():
            # dateutil warns about every time-zone name it does not know (MEZ, MESZ, …)
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            result = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=favor_recall,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        if isinstance(result, Page) and result.text and result.text.strip():
            return HtmlArticle(
                text=result.text,
                title=result.title or None,
                published=result.date or None,
                url=result.url or None,
                outlet=result.sitename or None,
            )
    raise InputError("no article text found in the HTML")
