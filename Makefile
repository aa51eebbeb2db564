# newsprobe — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test e2e lint format bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsprobe needs Python >= 3.11 (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	@touch $@

demo: $(VENV)/.installed  ## create .venv, install, analyse a bundled sample article
	$(BIN)/newsprobe demo de_klinik

test: $(VENV)/.installed-dev  ## create .venv if needed, install dev extras, lint and run the tests
	$(BIN)/ruff check src tests
	$(BIN)/pytest

e2e: $(VENV)/.installed-dev  ## only the browser tests (need Debian's chromium: apt-get install chromium)
	$(BIN)/pytest tests/web/test_web_e2e.py

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

format: $(VENV)/.installed-dev
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

bench: $(VENV)/.installed-dev  ## accuracy and speed benchmarks -> docs/benchmarks.md
	$(BIN)/python -m newsprobe.eval.bench --shared ../shared --out docs/benchmarks.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis
