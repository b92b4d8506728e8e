"""Reproducible recipe for newsgraph's shipped NER models (see training/README.md)."""
