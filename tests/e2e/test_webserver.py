"""The Dagster UI as users open it: the webserver loads the code location and serves the
asset graph and a completed run's materializations over GraphQL."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import pytest

from pipelines.assets.warehouse import WAREHOUSE_KEYS
from pipelines.run import materialize_all
from pipelines.settings import Settings, init_dagster_home
from tests.conftest import HANG_GUARD_S, ROOT, SEED_PATH


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=HANG_GUARD_S) as response:
        payload = json.load(response)
    assert "errors" not in payload, payload
    return payload["data"]


def stop(proc: subprocess.Popen) -> None:
    """End the whole process group; SIGKILL after a short grace period (never hang CI)."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ui")
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    env = {
        **os.environ,
        "RAW_DIR": str(raw),
        "WAREHOUSE_PATH": str(tmp / "wh" / "huibao.duckdb"),
        "DAGSTER_HOME": str(tmp / "home"),
        "HUIBAO_WORKERS": "1",
    }
    init_dagster_home(tmp / "home")
    config = Settings(raw, tmp / "wh" / "huibao.duckdb", tmp / "home" / "huibao", workers=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DAGSTER_HOME", env["DAGSTER_HOME"])  # the instance the webserver opens
        with dg.DagsterInstance.get() as instance:
            run = materialize_all(instance, config)
            assert run.success
    port = free_port()
    webserver_bin = Path(sys.executable).with_name("dagster-webserver")
    proc = subprocess.Popen(
        [str(webserver_bin), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + HANG_GUARD_S
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("dagster-webserver did not start") from None
                time.sleep(0.5)
        yield port, run.run_id
    finally:
        stop(proc)


def test_asset_graph_is_served(webserver) -> None:
    port, _ = webserver
    data = graphql(port, "{ assetNodes { assetKey { path } groupName dependencyKeys { path } } }")
    nodes = {n["assetKey"]["path"][-1]: n for n in data["assetNodes"]}
    per_article = {"raw_article", "cleaned_article", "deduplicated_article", "article_facts"}
    assert set(nodes) == per_article | {k.to_user_string() for k in WAREHOUSE_KEYS}
    assert nodes["fact_metric"]["groupName"] == "warehouse_facts"
    assert "fact_metric" in {d["path"][-1] for d in nodes["v_metric_facts"]["dependencyKeys"]}
    assert {d["path"][-1] for d in nodes["warehouse"]["dependencyKeys"]} == {
        "deduplicated_article",
        "article_facts",
    }
    assert nodes["article_facts"]["groupName"] == "facts"


def test_completed_run_materializations_are_served(webserver) -> None:
    port, run_id = webserver
    data = graphql(
        port,
        '{ assetOrError(assetKey: {path: ["warehouse"]}) '
        "{ ... on Asset { assetMaterializations(limit: 1) { runId } } } }",
    )
    (materialization,) = data["assetOrError"]["assetMaterializations"]
    assert materialization["runId"] == run_id
    runs = graphql(port, "{ runsOrError { ... on Runs { results { runId status } } } }")
    statuses = {r["runId"]: r["status"] for r in runs["runsOrError"]["results"]}
    assert statuses[run_id] == "SUCCESS"
