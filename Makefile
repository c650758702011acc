# Quickstart: `make demo`, then `make test`. Both install what is missing first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.db
# Frog's analyses of the examples are cached here, so the ingest step (and a second
# `make demo`) reuse them instead of analysing the same texts again.
CACHE ?= .wzw-cache

.PHONY: install demo test test-fast lint bench clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml scripts/install.sh
	./scripts/install.sh

demo: install
	$(BIN)/wzw quotes examples/articles/ --cache $(CACHE)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/wzw ingest examples/articles/ --db $(DB) --cache $(CACHE)
	$(BIN)/wzw speakers --db $(DB) --limit 10

lint: install
	$(BIN)/ruff check wiezegtwat tests eval bench examples
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q -rs

# Without Frog, Chromium or the slow tests (markers in pyproject.toml): a quick check
# while working. `make test` (and CI) still runs everything.
test-fast: lint
	$(BIN)/pytest -q -rs -m "not frog and not browser and not slow"

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache artifacts
