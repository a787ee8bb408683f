# One command for every check: `make check`.
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install check lint types imports test bench

install:
	python3 -m venv $(VENV) && $(BIN)/pip install -q -e '.[test,bench]'

check: lint types imports test

lint:
	$(BIN)/ruff check factdb tui tests bench
	$(BIN)/ruff format --check factdb tui tests bench

types:
	$(BIN)/mypy

imports:
	$(BIN)/lint-imports

test:
	$(BIN)/python -m pytest

bench:
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_ingest.py --mb 20
	$(BIN)/python bench/bench_tui.py
	$(BIN)/python bench/bench_commands.py
