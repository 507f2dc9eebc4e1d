# Two commands for a fresh machine with Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test bench clean chromium redis

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,distributed]'
	touch $@

demo: $(INSTALLED)
	$(BIN)/archive demo

# The browser test drives Debian's Chromium (Playwright's own browser download
# cannot work offline): install it when it is missing and we may.
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else echo "Chromium is missing: sudo apt-get install chromium" >&2; fi; }

# The shared-crawl test starts a real redis-server on 127.0.0.1 (Debian's package).
redis:
	@command -v redis-server >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server; \
	  else echo "redis-server is missing: sudo apt-get install redis-server" >&2; fi; }

# The linter and the formatter first (configuration in pyproject.toml), then every test.
# pytest exits 5 when it collects no test: that is a failure here too. Two processes,
# a test file each at a time (its servers and module fixtures stay in one process):
# most of the suite's time is spent waiting on crawls and servers.
test: $(INSTALLED) chromium redis
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n 2 --dist loadfile

# Every benchmark, one after another; figures and machine in bench/RESULTS.md.
# AEB points at the article-extraction benchmark pages (not part of the project).
# VN_REAL points at real Vietnamese pages labelled line by line (not part of the project either).
AEB ?= ../shared/aeb
VN_REAL ?= ../shared/vn-real/pages.jsonl
bench: $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test,distributed,bench]'
	$(BIN)/python bench/run_all.py $(if $(wildcard $(AEB)),--aeb $(AEB)) $(if $(wildcard $(VN_REAL)),--vn-real $(VN_REAL))

clean:
	rm -rf $(VENV) *.egg-info
