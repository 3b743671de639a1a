# Needs only python3 and make: uv is installed into .tools/ from PyPI, the project into .venv/.
SHELL := /bin/bash
PYTHON ?= python3
UV := .tools/bin/uv
VENV := .venv
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export RAW_DIR ?= $(CURDIR)/raw
export WAREHOUSE_PATH ?= $(CURDIR)/warehouse/huibao.duckdb

# Runs started from the UI write per-partition events in batches too (see pipelines/run.py).
BATCHED_EVENTS := DAGSTER_EVENT_BATCH_SIZE=1000 DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS=1

.PHONY: run test ui ui-snapshot lint bench bench-corpus export clean FORCE

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

# Re-synced only when the lock file changes.
$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet
	touch $@

# The instance settings (pipelines/dagster.yaml) are copied into DAGSTER_HOME unless the
# dagster.yaml already there is someone else's: not ours, not the one older versions wrote.
# Checked on every run (cheap), so an upgrade reaches an existing DAGSTER_HOME.
INSTANCE_YAML := $(DAGSTER_HOME)/dagster.yaml
$(INSTANCE_YAML): pipelines/dagster.yaml FORCE
	@mkdir -p $(@D)
	@if [ ! -f $@ ] || head -1 $@ | grep -q '^# huibao' \
		|| cmp -s $@ <(printf 'telemetry:\n  enabled: false\n'); then cmp -s $< $@ || cp $< $@; fi

FORCE:

run: $(VENV)/.synced $(INSTANCE_YAML)
	$(VENV)/bin/python -m pipelines.run

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The suite runs on TEST_WORKERS processes (pytest-xdist), a test file per process at a time so
# that a file's fixtures are built once; `make test TEST_WORKERS=0` runs it in this process.
TEST_WORKERS ?= 2
test: lint
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadfile

ui: $(VENV)/.synced $(INSTANCE_YAML)
	$(BATCHED_EVENTS) $(VENV)/bin/dagster dev -w workspace.yaml

bench: $(VENV)/.synced
	$(VENV)/bin/python -m bench

# The real-layout regression set (tests/data/layouts) line by line: real lines removed and
# furniture lines kept, per kind of article.
.PHONY: eval
eval: $(VENV)/.synced
	$(VENV)/bin/python -m bench.layouts
	$(VENV)/bin/python -m bench.damage
	$(VENV)/bin/python -m bench.fact_damage

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

# Stops what cluster-up and make bi started before deleting their state (.cluster/, .bi/).
clean:
	-@if [ -x $(VENV)/bin/python ]; then $(CLUSTER) down; fi
	-@$(PYTHON) bi/ctl.py stop
	rm -rf .venv .tools .dagster_home warehouse .pytest_cache .ruff_cache .cluster .bi

# --- BI: Apache Superset on the warehouse (make bi / make bi-stop / make test-bi) -------------
# Superset pins libraries the project uses at other versions, so it gets its own venv in the
# ignored .bi/, installed from bi/requirements.lock (regenerate: make bi-lock). BI_HOME holds
# Superset's state (metadata DB, secret key, pid file, log).
export BI_HOME ?= $(CURDIR)/.bi
export BI_PORT ?= 8088
export BI_ADMIN_USER ?= admin
export BI_ADMIN_PASSWORD ?= admin
export BI_VENV ?= $(CURDIR)/.bi/venv

.PHONY: bi bi-stop bi-lock test-bi bi-snapshot

$(BI_VENV)/.synced: bi/requirements.lock | $(UV)
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(BI_VENV)
	$(UV) pip install --quiet --python $(BI_VENV)/bin/python -r bi/requirements.lock
	touch $@

bi: $(BI_VENV)/.synced
	$(BI_VENV)/bin/python bi/ctl.py start

bi-stop:
	$(PYTHON) bi/ctl.py stop

# Live test: make bi on a small warehouse, REST API checks, a pipeline run seen, bi-stop.
test-bi: $(VENV)/.synced $(BI_VENV)/.synced
	$(VENV)/bin/pytest -p no:cacheprovider bi/tests

bi-lock: | $(UV)
	$(UV) pip compile --quiet --python-version 3.11 bi/requirements.in -o bi/requirements.lock

# Screenshot of the Superset dashboard for the README (docs/superset_dashboard.png); needs
# Debian's chromium and a CJK font: apt-get install chromium fonts-noto-cjk.
bi-snapshot: $(VENV)/.synced $(BI_VENV)/.synced
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet --group ui
	$(VENV)/bin/python bi/snapshot.py
	UV_PYTHON=$(PYTHON) $(UV) sync --frozen --quiet

# --- Cluster mode (docs/scaling.md): the same job on Dagster's celery executor, PostgreSQL
# as the instance storage, Redis as the broker. State, pid files and logs in .cluster/
# (HUIBAO_CLUSTER_DIR); HUIBAO_PG_URL / HUIBAO_BROKER_URL use existing services instead.
CLUSTER := $(VENV)/bin/python -m pipelines.cluster
.PHONY: cluster-up cluster-run cluster-down cluster-status cluster-worker test-cluster

cluster-up: $(VENV)/.synced
	$(CLUSTER) up

cluster-run: $(VENV)/.synced
	$(CLUSTER) run

cluster-down: $(VENV)/.synced
	$(CLUSTER) down

cluster-status: $(VENV)/.synced
	$(CLUSTER) status

# On a second machine: only the celery workers, for the services HUIBAO_PG_URL /
# HUIBAO_BROKER_URL name (README: "A worker on another machine").
cluster-worker: $(VENV)/.synced
	$(CLUSTER) worker

# Starts its own cluster on other ports in a temporary folder and stops it (CI calls it).
test-cluster: $(VENV)/.synced
	HUIBAO_TEST_CLUSTER=1 $(VENV)/bin/pytest tests/cluster -v -rP -p no:cacheprovider

# Cluster mode vs make run on the generated corpus (N articles, 2 workers): wall times, ratio.
bench-cluster: $(VENV)/.synced
	$(VENV)/bin/python -m bench.cluster $(N)
.PHONY: bench-cluster
