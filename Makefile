# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

demo: $(STAMP)
	$(BIN)/floorcross --db sqlite:///floorcross.db ingest --sample
	$(BIN)/floorcross --db sqlite:///floorcross.db events

test: $(DEVSTAMP)
	bash scripts/system-deps.sh
	$(BIN)/ruff check floorcross tests bench
	$(BIN)/python -m pytest

lint: $(DEVSTAMP)
	$(BIN)/ruff check floorcross tests bench

clean:
	rm -rf $(VENV) floorcross.db floorcross.db-wal floorcross.db-shm
