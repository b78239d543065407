# The two commands a newcomer needs: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test lint serve golden clean

site: $(VENV)/.site-installed
	$(BIN)/explainers build

serve: $(VENV)/.site-installed
	$(BIN)/explainers serve

test: $(VENV)/.test-installed
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

golden: $(VENV)/.test-installed
	UPDATE_GOLDEN=1 $(BIN)/pytest -q tests/test_golden.py

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache
