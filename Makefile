# The two commands a newcomer needs:
#   make demo   set up .venv and parse + extract the bundled sample pages
#   make test   set up .venv and run every check CI runs
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck pytest docs bench clean

$(STAMP): pyproject.toml $(PLUGINS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs,scale]' $(foreach p,$(dir $(PLUGINS)),-e $(p))
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/dnnd plugins
	$(BIN)/dnnd extract examples/pages --format jsonl --output out/samples.jsonl
	$(BIN)/python tools/score.py examples/gold out/samples.jsonl
	$(BIN)/dnnd extract examples/dev/pages --format jsonl --output out/dev.jsonl
	$(BIN)/python tools/score_dev.py out/dev.jsonl

lint: $(STAMP)
	$(BIN)/ruff check src tests plugins bench tools/score_dev.py tools/fuzz.py tools/build_gazetteer.py
	$(BIN)/ruff format --check src tests plugins bench tools/score_dev.py tools/fuzz.py tools/build_gazetteer.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	DNND_ALL_EXTRAS=1 $(BIN)/pytest

docs: $(STAMP)
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html
	$(BIN)/sphinx-build -W --keep-going -q -b doctest docs docs/_build/doctest

test: lint typecheck pytest docs

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/html_vs_trafilatura.py
	$(BIN)/python bench/extract_vs_underthesea.py
	$(BIN)/python bench/extract_scaling.py
	$(BIN)/python bench/jobs.py
	$(BIN)/python bench/index_corpus.py --n 5000
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/dask_scale.py

clean:
	rm -rf $(VENV) out docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
