# The two commands of the README's quick start.
#   make demo   set everything up, load the demo mission and serve it on http://127.0.0.1:8000/
#   make test   install what the tests need (PostgreSQL, Chromium, fonts) and run the whole suite
# The distribution's Python when it can make virtual environments (Debian's python3-venv): Debian builds it with
# profile-guided and link-time optimisation. The load's mix of pages replayed through Django's test client took
# 22.3 against 26.5 ms of CPU a request with a default pyenv build of the same version (three runs each,
# alternated); `gyoryu bench load` on this shared machine could not tell the two apart (27.2 and 27.1 ms).
# Else the python3 on PATH.  `make PYTHON=...` chooses another.
PYTHON ?= $(shell /usr/bin/python3 -c 'import ensurepip' >/dev/null 2>&1 && echo /usr/bin/python3 || echo python3)
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
