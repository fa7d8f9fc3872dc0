# Two commands set everything up on a fresh machine: `make run` and `make test`.
VENV    := .venv
PY      := $(VENV)/bin/python
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DB      ?= out/seeds.db

.PHONY: run test test-fast lint serve model bench clean postgres

$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p out
	$(BIN)/linimasa --db $(DB) ingest examples/seeds
	$(BIN)/linimasa --db $(DB) report

test: $(STAMP) postgres /usr/bin/chromium
	$(PY) -m pytest -n 2

# Everything but the tests marked slow (PostgreSQL, browser, Dask cluster, eval gate figures, big inputs)
test-fast: $(STAMP)
	$(PY) -m pytest -n 2 -m "not slow"

# Lint and type-check with the rules in pyproject.toml (ruff: the whole tree; mypy: src, strict)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Debian's chromium for the Playwright browser tests (apt-get; never a browser download)
/usr/bin/chromium:
	sh scripts/bootstrap-browser.sh

# PostgreSQL server binaries for the store tests (tests/pg.py starts a throwaway server)
postgres:
	sh scripts/bootstrap-postgres.sh

serve: $(STAMP)
	$(BIN)/linimasa --db $(DB) serve

# Trains the NER model into src/linimasa/resources/ner (reads ../shared/data; see docs/results.md).
model: $(STAMP)
	cd scripts && nice ../$(PY) train_ner.py

clean:
	rm -rf out build .pytest_cache
