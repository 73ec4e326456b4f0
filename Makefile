# `make run` and `make test` set themselves up in .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-setup check lint bench clean backup restore

# An older Python (Ubuntu 22.04's is 3.10) is named in one line, before anything is made.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Python 3.11 or newer is needed; $(PYTHON) is $$($(PYTHON) -V 2>/dev/null || echo missing)." \
	    "Install it (e.g. apt install python3.11 python3.11-venv), then: make run PYTHON=python3.11" >&2; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

# `make check ENV_FILE=/etc/le-focus-bot.env`: the file the systemd unit reads, not ./.env.
check: $(STAMP)
	$(BIN)/python -m bot check $(if $(ENV_FILE),--env-file $(ENV_FILE))

# `make backup` (optionally DIR=/path): an online copy of the database, safe while the bot runs.
# backup, restore and check take ENV_FILE=/etc/le-focus-bot.env to read the service's settings.
backup: $(STAMP)
	$(BIN)/python -m bot backup $(if $(ENV_FILE),--env-file $(ENV_FILE)) $(DIR)

# `make restore FILE=data/backups/focus-….db`: only while the bot is stopped.
restore: $(STAMP)
	@test -n "$(FILE)" || { echo "usage: make restore FILE=path/to/backup.db" >&2; exit 2; }
	$(BIN)/python -m bot restore $(if $(ENV_FILE),--env-file $(ENV_FILE)) $(FILE)

# The browser test (tests/test_web.py) reads the web agenda with Debian's Chromium, driven by
# Playwright (a dev dependency). Installed here when missing and possible (root, apt-get), in
# at most 5 minutes; when it cannot be, that one test skips and says why: `make test` goes on.
CHROMIUM_TIMEOUT ?= 300
test-setup: $(STAMP)
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then \
	  :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Chromium for the browser test (apt-get, at most $(CHROMIUM_TIMEOUT) s)..."; \
	  if timeout $(CHROMIUM_TIMEOUT) sh -c 'apt-get update -qq -o Acquire::http::Timeout=20 \
	      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Acquire::http::Timeout=20 \
	      chromium' >$(VENV)/chromium-install.log 2>&1; then \
	    echo "Chromium installed."; \
	  else \
	    echo "Chromium could not be installed (see $(VENV)/chromium-install.log): the browser test will be skipped."; \
	  fi; \
	else \
	  echo "No Chromium and no root apt-get to install it: the browser test will be skipped."; \
	fi

test: $(STAMP) test-setup
	$(BIN)/ruff check bot commands storage tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# `make bench`: the load benchmarks, each ending with `name: value` lines (figures move with
# the machine's load: compare the ratios and percentiles each one measures within its own run).
# Run by hand (README, Benchmarks): bench/telegram_fanout.py and bench/discord_fanout.py (the
# fan-out alone), bench/rsvp_profile.py (counts where an answer's work goes, not a timing).
bench: $(STAMP)
	$(BIN)/python bench/rsvp_burst.py
	$(BIN)/python bench/history.py
	$(BIN)/python bench/web_load.py
	$(BIN)/python bench/responsiveness.py
	$(BIN)/python bench/memory.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
