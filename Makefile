# Followup: `make run` starts everything on embedded defaults; `make test` passes the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
DEMO_EMAIL ?= demo@followup.local
DEMO_PASSWORD ?= followup-demo-2026
VENV := .venv
PY := $(VENV)/bin/python
# uv is run as a module of the Python that installed it (see `setup`).
UV = $(shell command -v uv 2>/dev/null || echo "$(firstword $(PYTHON)) -m uv")
PYTHON ?= $(shell command -v python3.13 2>/dev/null || command -v python3 2>/dev/null)

.PHONY: help setup run test lint format migrate seed clean

help:
	@echo "make run    set up, migrate, seed a demo account and start web + worker + beat"
	@echo "make test   set up and run the whole test suite"
	@echo "make lint   ruff"

setup:
	@command -v python3 >/dev/null 2>&1 || { echo "Python 3.12 or later is needed: install python3 (https://www.python.org/downloads/) and run make again."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { echo "Python 3.12 or later is needed, but $(PYTHON) is $$($(PYTHON) --version 2>&1). Install a newer python3 and run make again."; exit 1; }
	@command -v npm >/dev/null 2>&1 || { echo "npm is needed to install Bootstrap: install Node.js with npm (for example: apt-get install npm) and run make again."; exit 1; }
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || { \
		echo "Installing uv for $(PYTHON)..."; \
		$(PYTHON) -m pip install --quiet uv 2>/dev/null || $(PYTHON) -m pip install --quiet --user --break-system-packages uv; }
	@UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --quiet || UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --quiet --python "$(PYTHON)"
	@test -d node_modules/bootstrap || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
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

test: setup
	@$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup

lint: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: setup
	@$(VENV)/bin/ruff check --fix .
	@$(VENV)/bin/ruff format .

clean:
	rm -rf var staticfiles
