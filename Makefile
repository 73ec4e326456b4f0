# `make run` and `make test` set themselves up in .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint bench clean backup restore

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

check: $(STAMP)
	$(BIN)/python -m bot check

# `make backup` (optionally DIR=/path): an online copy of the database, safe while the bot runs.
backup: $(STAMP)
	$(BIN)/python -m bot backup $(DIR)

# `make restore FILE=data/backups/focus-….db`: only while the bot is stopped.
restore: $(STAMP)
	@test -n "$(FILE)" || { echo "usage: make restore FILE=path/to/backup.db" >&2; exit 2; }
	$(BIN)/python -m bot restore $(FILE)

test: $(STAMP)
	$(BIN)/ruff check bot commands storage tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# `make bench`: every benchmark, each ending with `name: value` lines (figures move with the
# machine's load: compare the ratios and percentiles each one measures within its own run).
bench: $(STAMP)
	$(BIN)/python bench/rsvp_burst.py
	$(BIN)/python bench/history.py
	$(BIN)/python bench/web_load.py
	$(BIN)/python bench/responsiveness.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
