"""Readers for .txt, .html, .jsonl, directories and stdin."""

from newsgraph.ingest.readers import Inputs, discover, read_inputs
from newsgraph.ingest.records import RawRecord, ReadFailure

__all__ = ["Inputs", "RawRecord", "ReadFailure", "discover", "read_inputs"]
