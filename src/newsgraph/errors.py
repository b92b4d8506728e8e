"""One root for every error newsgraph raises on purpose.

`retryable` says whether running the same command again can help (an interrupted ingest can be
resumed; a binary file stays binary). The CLI turns these into one line and an exit code.
"""


class NewsgraphError(Exception):
    retryable = False


class InputError(NewsgraphError):
    """The input cannot become an article: empty, binary, undecodable, too large, malformed."""


class StageError(NewsgraphError):
    """A pipeline stage failed on one document; names the stage so the report says where."""

    def __init__(self, stage: str, cause: Exception) -> None:
        super().__init__(f"{stage} failed: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


class StoreError(NewsgraphError):
    """The database cannot be opened or used."""


class QueryError(NewsgraphError):
    """A search query that cannot be run."""
