# The README's two commands: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test demo setup system translations update-translations screenshots bench clean

run: setup
	$(BIN)/gic-kiosk $(or $(ARGS),run)

# A living demo day (visitors, bookings, history) in the reception console.
demo: setup
	$(BIN)/gic-kiosk seed-demo
	$(BIN)/gic-kiosk run --mode reception

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

setup: system $(STAMP) translations

# Debian packages Qt and the tests need; installs only what is missing.
system:
	@bash scripts/system-packages.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py') -ts $(TS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# Every benchmark script (bench/_*.py are their helpers); `make test` runs each of them in its
# smoke mode (tests/test_bench_smoke.py), `make bench` for its figures (docs/BENCHMARKS.md).
BENCH := $(filter-out bench/_%,$(wildcard bench/*.py))

bench: setup
	@set -e; for script in $(BENCH); do \
		echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script; \
	done

clean:
	rm -rf $(VENV) resources/translations/*.qm
