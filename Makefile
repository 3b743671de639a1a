# Needs only python3 and make: uv is installed into .tools/ from PyPI, the project into .venv/.
SHELL := /bin/bash
PYTHON ?= python3
UV := .tools/bin/uv
VENV := .venv
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export RAW_DIR ?= $(CURDIR)/raw
export WAREHOUSE_PATH ?= $(CURDIR)/warehouse/huibao.duckdb

.PHONY: run test ui ui-snapshot lint bench bench-corpus export clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

# Re-synced only when the lock file changes.
$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet
	touch $@

$(DAGSTER_HOME):
	mkdir -p $@
	printf 'telemetry:\n  enabled: false\n' > $@/dagster.yaml

run: $(VENV)/.synced | $(DAGSTER_HOME)
	$(VENV)/bin/python -m pipelines.run

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .

test: lint
	$(VENV)/bin/pytest

ui: $(VENV)/.synced | $(DAGSTER_HOME)
	$(VENV)/bin/dagster dev -w workspace.yaml

bench: $(VENV)/.synced
	$(VENV)/bin/python -m bench

# Generated benchmark corpus: make bench-corpus N=1000 [SEED=0] → bench/corpus/N/
N ?= 1000
SEED ?= 0
.PHONY: bench-corpus
bench-corpus: $(VENV)/.synced
	$(VENV)/bin/python -m bench.corpus $(N) --seed $(SEED) --out bench/corpus/$(N)

export: $(VENV)/.synced
	$(VENV)/bin/python -m pipelines.warehouse.export

# Screenshot of the asset graph for the README; needs Debian's chromium (apt-get install chromium).
ui-snapshot: $(VENV)/.synced
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet --group ui
	$(VENV)/bin/python scripts/ui_snapshot.py
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet

clean:
	rm -rf .venv .tools .dagster_home warehouse .pytest_cache .ruff_cache
