# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT := out
EXAMPLE_INPUTS := examples/

.PHONY: run test lint install dev train-stance train-checkworthy train-judge train-stories train-segmenter bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

# Analyze the bundled fictional examples together; write a JSON and an HTML report.
run: install
	mkdir -p $(OUT)
	$(BIN)/newscheck analyze $(EXAMPLE_INPUTS) --db sqlite:///$(OUT)/newscheck.db --format json -o $(OUT)/report.json
	$(BIN)/newscheck report --db sqlite:///$(OUT)/newscheck.db --format html -o $(OUT)/report.html
	@echo "JSON report: $(OUT)/report.json"
	@echo "HTML report: $(OUT)/report.html"

test: dev
	$(BIN)/python -m pytest -q

lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

train-stance: install
	$(BIN)/python -m newscheck.stance.train --data ../shared/data/fnc1 --out src/newscheck/models/stance

train-judge: install
	$(BIN)/python -m newscheck.judge.train --gold bench/gold/claims_tune.jsonl --out src/newscheck/models/judge

train-checkworthy: install
	$(BIN)/python -m newscheck.checkworthy --train

train-stories: install
	$(BIN)/python -m newscheck.stories_train --gold bench/gold --fnc ../shared/data/fnc1 --out src/newscheck/models/stories

train-segmenter: install
	$(BIN)/python -m newscheck.extract.segmenter_train --out src/newscheck/models/extract

bench: install
	for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(OUT) .pytest_cache
