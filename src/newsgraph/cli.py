"""The command line: each command calls one library function and turns its errors into one
line on stderr and an exit code (0 ok, 1 some inputs failed or nothing found to search,
2 usage error, 130 interrupted)."""

from __future__ import annotations

import json
import logging
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from newsgraph import __version__
from newsgraph.batch import IngestReport, ingest
from newsgraph.dates import normalise_date
from newsgraph.errors import NewsgraphError
from newsgraph.graph import entity_record, find_entity, global_entities, stories
from newsgraph.ingest import ReadFailure, discover, read_inputs
from newsgraph.kb import read_ftm
from newsgraph.model import Document
from newsgraph.nlp.ner import check as ner_check
from newsgraph.pipeline import process
from newsgraph.store import SearchHit, SqliteStore

app = typer.Typer(
    help="Turn raw news articles into a searchable knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_DB = "newsgraph.db"
DEFAULT_MAX_BYTES = "20MB"
DEFAULT_NER = "default"
SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)
SIZE_FACTORS = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}


class DocFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[
    str,
    typer.Option("--db", envvar="NEWSGRAPH_DB", help="SQLite database file."),
]
TableFormatOption = Annotated[
    TableFormat, typer.Option("--format", help="table (for reading) or json (for tools).")
]
NerOption = Annotated[
    str,
    typer.Option(
        "--ner",
        envvar="NEWSGRAPH_NER",
        help="Name recogniser: default (shipped models), none, or spacy:NAME for an installed "
        "spaCy pipeline (used for its language; others keep the default).",
    ),
]
MaxBytesOption = Annotated[
    str,
    typer.Option(
        "--max-bytes",
        envvar="NEWSGRAPH_MAX_BYTES",
        help="Largest article file (or JSONL line) to read, e.g. 20MB; larger ones are refused.",
    ),
]


def parse_size(value: str) -> int:
    match = SIZE.match(value)
    if not match:
        raise typer.BadParameter(f"{value!r} is not a size like 20MB, 500k or 1000000")
    return int(float(match.group(1)) * SIZE_FACTORS[match.group(2).lower()])


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"newsgraph: {message}", markup=False)
    raise typer.Exit(code)


def report_failures(failures: list[ReadFailure]) -> None:
    for failure in failures:
        err.print(f"failed: {failure.origin}: {failure.reason}", markup=False)


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsgraph: %(levelname)s: %(message)s"))
    logging.addLevelName(logging.WARNING, "warning")
    log = logging.getLogger("newsgraph")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def version_callback(value: bool) -> None:
    if value:
        out.print(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    """newsgraph: entities, quotes, dates, events and stories from news articles."""
    _log_to_stderr()


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .html .jsonl), directories, or - for stdin."),
    ],
    output: Annotated[
        DocFormat,
        typer.Option("--format", help="json: one object, or an array for several; jsonl."),
    ] = DocFormat.json,
    lang: Annotated[
        str, typer.Option("--lang", help="auto, or an ISO 639-1 code such as de, en, uk, ru.")
    ] = "auto",
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date for every input (YYYY-MM-DD)."),
    ] = None,
    ner: NerOption = DEFAULT_NER,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Print the newsgraph.document/1 JSON of each article."""
    _check_ner(ner)
    language = None if lang == "auto" else lang.lower()
    if language is not None and not re.fullmatch(r"[a-z]{2}", language):
        fail(f"--lang must be auto or a two-letter code, not {lang!r}", 2)
    date = None
    if published:
        try:
            date = normalise_date(published)
        except NewsgraphError as exc:
            fail(f"--published: {exc}", 2)
    docs: list[dict[str, object]] = []
    failures: list[ReadFailure] = []
    for item in read_inputs(discover(paths), max_bytes=parse_size(max_bytes)):
        if isinstance(item, ReadFailure):
            failures.append(item)
            continue
        try:
            docs.append(process(item, language=language, published=date, ner=ner).to_dict())
        except NewsgraphError as exc:
            failures.append(ReadFailure(item.origin, str(exc), item.size))
    if output is DocFormat.jsonl:
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    elif docs:
        _print_json(docs[0] if len(docs) == 1 else docs)
    report_failures(failures)
    if failures:
        raise typer.Exit(1)


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .html .jsonl), directories, or - for stdin."),
    ],
    db: DbOption = DEFAULT_DB,
    ner: NerOption = DEFAULT_NER,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Extract articles and store them; articles already stored are skipped."""
    _check_ner(ner)
    limit = parse_size(max_bytes)
    try:
        with SqliteStore(db) as store:
            report = _ingest_with_progress(paths, store, limit, ner)
            total = store.count()
    except NewsgraphError as exc:
        fail(str(exc))
    report_failures(report.failures)
    out.print(f"{report.summary()}. {db} holds {total} articles.", markup=False)
    if report.interrupted:
        fail("interrupted; every stored article is complete: run the same command to finish", 130)
    if report.failures:
        raise typer.Exit(1)


def _check_ner(spec: str) -> None:
    try:
        ner_check(spec)
    except NewsgraphError as exc:
        fail(f"--ner: {exc}", 2)


def _ingest_with_progress(
    paths: list[str], store: SqliteStore, limit: int, ner: str
) -> IngestReport:
    if not err.is_terminal:
        return ingest(paths, store, max_bytes=limit, ner=ner)
    columns = (
        TextColumn("ingesting {task.fields[articles]:,} articles"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None, articles=0)

        def advance(size: int) -> None:
            articles = progress.tasks[task].fields["articles"] + 1
            progress.update(task, advance=size, articles=articles)

        return ingest(
            paths,
            store,
            max_bytes=limit,
            ner=ner,
            on_start=lambda total: progress.update(task, total=total or None),
            on_progress=advance,
        )


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help='Words to find; "a phrase", prefix*, OR, NOT work too.')
    ],
    db: DbOption = DEFAULT_DB,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only articles in this language.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most hits to show.")] = 20,
    output: TableFormatOption = TableFormat.table,
) -> None:
    """Full-text search over titles and texts, best matches first."""
    try:
        with SqliteStore(db, create=False) as store:
            hits = store.search(query, language=lang, limit=limit)
    except NewsgraphError as exc:
        fail(str(exc))
    if output is TableFormat.json:
        _print_json([h.to_dict() for h in hits])
    elif hits:
        out.print(_hits_table(hits))
    else:
        err.print(f"no article matches {query!r}", markup=False)
    if not hits:
        raise typer.Exit(1)


def _stored_documents(db: str) -> list[Document]:
    try:
        with SqliteStore(db, create=False) as store:
            return list(store.documents())
    except NewsgraphError as exc:
        fail(str(exc))


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.command()
def entities(
    db: DbOption = DEFAULT_DB,
    label: Annotated[
        str | None, typer.Option("--label", help="Only PER, ORG, LOC or MISC.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most entities to show.")] = 50,
    output: TableFormatOption = TableFormat.table,
) -> None:
    """Entities across all stored articles and languages, most articles first."""
    items = [
        g for g in global_entities(_stored_documents(db)) if label is None or g.label == label
    ][:limit]
    if output is TableFormat.json:
        _print_json([g.to_dict() for g in items])
        return
    table = Table()
    for column in ("id", "name", "label", "articles", "aliases"):
        table.add_column(column, overflow="fold")
    for g in items:
        aliases = ", ".join(f"{t} ({lang}) ×{n}" for (t, lang), n in g.aliases.most_common(6))
        table.add_row(g.id, g.name, g.label, str(len(g.documents)), aliases)
    out.print(table)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name or alias, in any spelling stored.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """One entity: aliases, articles, quotations by it and about it, timeline (JSON)."""
    item = find_entity(global_entities(_stored_documents(db)), name)
    if item is None:
        fail(f"no entity named {name!r}; `newsgraph entities` lists them")
    _print_json(entity_record(item))


@app.command("stories")
def stories_command(
    db: DbOption = DEFAULT_DB,
    output: TableFormatOption = TableFormat.table,
) -> None:
    """Articles that tell the same news, across outlets and languages, largest stories first."""
    found = stories(_stored_documents(db))
    if output is TableFormat.json:
        _print_json(found)
        return
    table = Table(show_lines=True)
    for column in ("id", "title", "articles"):
        table.add_column(column, overflow="fold")
    for story in found:
        articles = "\n".join(
            f"{a['language'] or '?'} {a['published'] or '':10} {a['path'] or a['url'] or a['id']}"
            for a in story["articles"]
        )
        table.add_row(story["id"], story["title"] or "", articles)
    out.print(table)


kb_app = typer.Typer(help="An optional knowledge base (FollowTheMoney entities).")
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
def kb_import(
    path: Annotated[
        Path, typer.Argument(help="FollowTheMoney JSON lines (OpenSanctions, Aleph exports).")
    ],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import a knowledge base and link the stored articles' entities to it (`kb_id`)."""
    if not path.is_file():
        fail(f"no such file: {path}")
    try:
        with SqliteStore(db) as store:
            imported = store.import_kb(read_ftm(path))
            linked, documents = store.link_kb(store.kb_keys())
    except NewsgraphError as exc:
        fail(str(exc))
    out.print(
        f"{imported} knowledge-base entities imported; {linked} entities in {documents} "
        "articles linked. Articles ingested from now on are linked as they come.",
        markup=False,
    )


def _hits_table(hits: list[SearchHit]) -> Table:
    table = Table(show_lines=True)
    for column in ("#", "title", "lang", "date", "snippet"):
        table.add_column(column, overflow="fold")
    for rank, hit in enumerate(hits, start=1):
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        table.add_row(
            str(rank),
            Text(hit.title or hit.path or hit.url or hit.id),
            hit.language or "?",
            hit.published or "",
            snippet,
        )
    return table
