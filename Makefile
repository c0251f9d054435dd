# The two commands of the README's quick start.
#   make demo   set everything up, load the demo mission and serve it on http://127.0.0.1:8000/
#   make test   install what the tests need (PostgreSQL, Chromium, fonts) and run the whole suite
PYTHON ?= python3
VENV := .venv
PORT ?= 8000

.PHONY: demo test install lint

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(VENV)/bin/gyoryu demo --port $(PORT)

test:
	bash scripts/test.sh

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests
