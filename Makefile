# Followup: `make run` starts everything on embedded defaults; `make test` passes the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
DEMO_EMAIL ?= demo@followup.local
DEMO_PASSWORD ?= followup-demo-2026
VENV := .venv
PY := $(VENV)/bin/python
APPS := accounts interviews letters reminders inbox coaching insights followup
# uv is run as a module of the Python that installed it (see `setup`).
UV = $(shell command -v uv 2>/dev/null || echo "$(firstword $(PYTHON)) -m uv")
PYTHON ?= $(shell command -v python3.13 2>/dev/null || command -v python3 2>/dev/null)

.PHONY: help setup run test lint format migrate seed clean screenshots bench

help:
	@echo "make run    set up, migrate, seed a demo account and start web + worker + beat"
	@echo "make test   set up and run the whole test suite"
	@echo "make lint   ruff"
	@echo "make screenshots  regenerate docs/screenshots/ (needs Chromium)"
	@echo "make bench  measure pages, dispatch, sweep and checker at scale (bench/results.json)"

setup:
	@command -v python3 >/dev/null 2>&1 || { echo "Python 3.12 or later is needed: install python3 (https://www.python.org/downloads/) and run make again."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { echo "Python 3.12 or later is needed, but $(PYTHON) is $$($(PYTHON) --version 2>&1). Install a newer python3 and run make again."; exit 1; }
	@command -v npm >/dev/null 2>&1 || { echo "npm is needed to install Bootstrap: install Node.js with npm (for example: apt-get install npm) and run make again."; exit 1; }
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || { \
		echo "Installing uv for $(PYTHON)..."; \
		$(PYTHON) -m pip install --quiet uv 2>/dev/null || $(PYTHON) -m pip install --quiet --user --break-system-packages uv; }
	@# Bytecode compiled once here: with PYTHONDONTWRITEBYTECODE set (as on some machines
	@# and in containers) every process would otherwise compile Django again (~1 s).
	@UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --quiet --compile-bytecode || UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --quiet --compile-bytecode --python "$(PYTHON)"
	@$(PY) -m compileall -q -j 0 $(APPS) >/dev/null
	@test -d node_modules/bootstrap -a -d node_modules/chart.js -a -d node_modules/axe-core || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@mkdir -p var/mail var/broker

migrate: setup
	@DEBUG=1 $(PY) manage.py migrate --noinput
	@DEBUG=1 $(PY) manage.py createcachetable

run: migrate
	@DEBUG=1 $(PY) manage.py seed_demo "$(DEMO_EMAIL)" --password "$(DEMO_PASSWORD)" --if-empty
	@echo ""
	@echo "  Followup is starting at http://127.0.0.1:$(PORT)/"
	@echo "  Demo account: $(DEMO_EMAIL) / $(DEMO_PASSWORD)"
	@echo "  Emails are written to var/mail/. Press Ctrl-C to stop web, worker and beat."
	@echo ""
	@DEBUG=1 SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}" exec $(VENV)/bin/honcho start --port $(PORT) --procfile Procfile

# One pytest worker per core; tests that start Celery processes share one worker (loadgroup).
PYTEST_WORKERS ?= auto

# The mailbox tests start their own Dovecot (tests/inbox/conftest.py); install it when missing.
test: setup
	@test -x /usr/sbin/dovecot || { echo "Installing dovecot-imapd for the mailbox tests ..."; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; }
	@$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup

# Starts PostgreSQL and Redis as .ci/run does, when the machine has them; SQLite otherwise.
# The benchmark database is made afresh each run, so every run measures the same data.
BENCH_DB ?= followup_bench
BENCH_REDIS_DB ?= 12
bench: setup
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk ..."; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	@if command -v pg_isready >/dev/null 2>&1 && ls /etc/postgresql >/dev/null 2>&1; then \
		pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start; \
	fi
	@if command -v redis-server >/dev/null 2>&1; then \
		redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null; \
	fi
	@for _ in $$(seq 1 30); do { ! command -v pg_isready >/dev/null || pg_isready -h 127.0.0.1 -p 5432 -q; } && break; sleep 1; done
	@if command -v pg_isready >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q; then \
		psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $(BENCH_DB) WITH (FORCE)" >/dev/null; \
		psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $(BENCH_DB)" >/dev/null; \
		export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$(BENCH_DB)"; \
	fi; \
	if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then export CACHE_URL="redis://127.0.0.1:6379/$(BENCH_REDIS_DB)"; fi; \
	$(PY) bench/run.py

lint: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: setup
	@$(VENV)/bin/ruff check --fix .
	@$(VENV)/bin/ruff format .

# Demo data in a throwaway SQLite database, the app on a free port, Chromium at 1280 and 390 px.
screenshots: setup
	@$(PY) scripts/screenshots.py

clean:
	rm -rf var staticfiles
