"""newsgraph: raw news articles in, a searchable knowledge graph out."""

from newsgraph.model import Document
from newsgraph.pipeline import extract

__all__ = ["Document", "extract", "__version__"]
__version__ = "0.1.0"
