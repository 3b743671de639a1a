"""`make bi` end to end against a real Superset (run by `make test-bi`, not by `make test`).

One module-scoped Superset on a warehouse built from the seed article: datasets and dashboard
checked through the REST API, SQL through SQL Lab compared with DuckDB, a second pipeline run
(one more article: a short excerpt of 人民日报 2025-04-27 第01版 "广东全力推动外贸稳量提质")
seen by the next query without a restart, a second `make bi` picking up a new view, and
`make bi-stop` leaving nothing running.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import duckdb
import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "raw" / "hebei_union_five_years.txt"
SECOND_ARTICLE = Path(__file__).parent / "data" / "guangdong_trade_excerpt.txt"
USER, PASSWORD = "bi-test-admin", "bi-test-password"
REQUIRED_CHARTS = {
    "Facts per unit category", "Facts per region", "Headline metrics",
    "Dedup report: removals per kind", "Quality issues", "Articles", "Metric facts",
}  # fmt: skip
SERIES_CHART = "A measure over the years"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make(target: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        ["make", "--no-print-directory", target], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, f"make {target} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def public_views(warehouse: Path) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_type = 'VIEW' AND table_name LIKE 'v\\_%' ESCAPE '\\'"
        ).fetchall()
    return {name for (name,) in rows}


def duck(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


class Api:
    """Superset's REST API as a logged-in user: JWT from /security/login, plus CSRF for POSTs."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        login = {"username": USER, "password": PASSWORD, "provider": "db", "refresh": True}
        r = self.http.post(f"{base}/api/v1/security/login", json=login, timeout=60)
        assert r.status_code == 200, r.text
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        csrf = self.get("/api/v1/security/csrf_token/")["result"]
        self.http.headers.update({"X-CSRFToken": csrf, "Referer": base})

    def get(self, path: str, **params) -> dict:
        r = self.http.get(self.base + path, params=params, timeout=60)
        assert r.status_code == 200, f"GET {path}: {r.status_code} {r.text[:500]}"
        return r.json()

    def sql(self, database_id: int, sql: str) -> list[tuple]:
        body = {"database_id": database_id, "sql": sql, "schema": "main", "runAsync": False}
        r = self.http.post(f"{self.base}/api/v1/sqllab/execute/", json=body, timeout=120)
        assert r.status_code == 200, f"SQL Lab: {r.status_code} {r.text[:1000]}"
        result = r.json()
        names = [c["column_name"] for c in result["columns"]]
        return [tuple(row[n] for n in names) for row in result["data"]]

    def datasets(self) -> dict[str, dict]:
        listing = self.get("/api/v1/dataset/", q="(page_size:100)")["result"]
        return {d["table_name"]: d for d in listing}

    def chart_names(self) -> set[str]:
        return {c["slice_name"] for c in self.get("/api/v1/dashboard/huibao/charts")["result"]}


@pytest.fixture(scope="module")
def bi(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bi")
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    env = {
        **os.environ,
        "RAW_DIR": str(raw),
        "WAREHOUSE_PATH": str(tmp / "wh" / "huibao.duckdb"),
        "DAGSTER_HOME": str(tmp / "dagster_home"),
        "BI_HOME": str(tmp / "bi_home"),
        "BI_PORT": str(free_port()),
        "BI_ADMIN_USER": USER,
        "BI_ADMIN_PASSWORD": PASSWORD,
    }
    make("run", env)
    try:
        out = make("bi", env)
        yield env, out
    finally:
        make("bi-stop", env)


@pytest.fixture(scope="module")
def api(bi) -> Api:
    env, _ = bi
    return Api(f"http://127.0.0.1:{env['BI_PORT']}")


def database_id(api: Api) -> int:
    (db,) = api.get("/api/v1/database/")["result"]
    assert db["database_name"] == "huibao"
    return db["id"]


def test_make_bi_prints_url_and_login(bi):
    env, out = bi
    assert f"http://127.0.0.1:{env['BI_PORT']}/" in out
    assert f"{USER} / {PASSWORD}" in out


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as the kernel lists them) with a socket listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_serves_on_loopback_only(bi):
    env, _ = bi
    assert listening_addresses(int(env["BI_PORT"])) == {"0100007F"}  # 127.0.0.1 only


def test_warehouse_is_registered_read_only(bi, api):
    env, _ = bi
    db = api.get(f"/api/v1/database/{database_id(api)}/connection")["result"]
    assert db["sqlalchemy_uri"] == f"duckdb:///{env['WAREHOUSE_PATH']}"
    # DuckDB itself reports the mode the connection Superset opened is in.
    assert api.sql(db["id"], "SELECT current_setting('access_mode')") == [("read_only",)]


def test_a_dataset_per_public_view_with_the_warehouse_comments(bi, api):
    env, _ = bi
    warehouse = Path(env["WAREHOUSE_PATH"])
    datasets = api.datasets()
    assert set(datasets) == public_views(warehouse)
    facts = api.get(f"/api/v1/dataset/{datasets['v_metric_facts']['id']}")["result"]
    described = {c["column_name"]: c["description"] for c in facts["columns"]}
    expected = dict(duck(warehouse, "SELECT column_name, comment FROM duckdb_columns() "
                                    "WHERE table_name = 'v_metric_facts'"))  # fmt: skip
    assert described == expected
    assert "2.5万 → 25000" in described["value"]


def test_dashboard_has_the_starter_charts(bi, api):
    env, _ = bi
    dashboard = api.get("/api/v1/dashboard/huibao")["result"]
    assert dashboard["dashboard_title"] == "huibao"
    names = api.chart_names()
    assert names >= REQUIRED_CHARTS
    has_series = "v_indicator_series" in public_views(Path(env["WAREHOUSE_PATH"]))
    assert (SERIES_CHART in names) == has_series


def test_sql_lab_answers_as_duckdb_does(bi, api):
    env, _ = bi
    sql = (
        "SELECT unit_category, COUNT(*) AS n, SUM(value) AS total FROM v_metric_facts "
        "GROUP BY unit_category ORDER BY unit_category"
    )
    via_superset = api.sql(database_id(api), sql)
    direct = duck(Path(env["WAREHOUSE_PATH"]), sql)
    assert via_superset == [tuple(row) for row in direct]
    assert len(direct) >= 3


def test_a_pipeline_run_shows_on_the_next_query_and_make_bi_picks_up_new_views(bi, api):
    env, _ = bi
    warehouse = Path(env["WAREHOUSE_PATH"])
    db = database_id(api)
    count = "SELECT COUNT(*) FROM v_articles"
    assert api.sql(db, count) == [(1,)]
    inode_before = warehouse.stat().st_ino

    shutil.copy(SECOND_ARTICLE, Path(env["RAW_DIR"]))
    make("run", env)
    assert warehouse.stat().st_ino != inode_before  # the file was replaced, not edited
    assert api.sql(db, count) == [(2,)]
    titles = api.sql(db, "SELECT title FROM v_articles ORDER BY title")
    assert ("广东全力推动外贸稳量提质（奋勇争先，决战决胜“十四五”）",) in titles
    guangdong = "SELECT COUNT(*) FROM v_metric_facts WHERE sentence LIKE '%广东进出口总额%'"
    assert api.sql(db, guangdong) == duck(warehouse, guangdong) != [(0,)]

    # A view added to the warehouse becomes a dataset on the next `make bi`, whose second run
    # reuses the server and changes nothing else. Without the pipeline's v_indicator_series
    # (added by another change) a stand-in with its columns lets the series chart import.
    had_series = "v_indicator_series" in public_views(warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("CREATE VIEW v_bi_probe AS SELECT 1 AS one")
        con.execute("COMMENT ON VIEW v_bi_probe IS 'added after the first make bi'")
        if not had_series:
            con.execute(
                "CREATE VIEW v_indicator_series AS SELECT indicator AS canonical_indicator, "
                "indicator, region, period, value, unit, unit_category, qualifier, article_id, "
                "fact_id, sentence FROM v_metric_facts"
            )
    before = api.datasets()
    out = make("bi", env)
    assert "already running" in out
    after = api.datasets()
    assert set(after) == set(before) | {"v_bi_probe"} | ({"v_indicator_series"} - set(before))
    assert all(after[name]["id"] == before[name]["id"] for name in before)  # updated in place
    assert api.get(f"/api/v1/dataset/{after['v_bi_probe']['id']}")["result"]["description"] == (
        "added after the first make bi"
    )
    assert SERIES_CHART in api.chart_names()
    dashboards = api.get("/api/v1/dashboard/")["result"]
    assert [d["dashboard_title"] for d in dashboards] == ["huibao"]


def test_bi_stop_leaves_nothing_running(bi):
    env, _ = bi
    pid_file = Path(env["BI_HOME"]) / "superset.pid"
    pgid = int(pid_file.read_text().split()[0])
    make("bi-stop", env)
    assert not pid_file.exists()
    with pytest.raises(ProcessLookupError):  # no process left in the group
        os.killpg(pgid, 0)
    assert listening_addresses(int(env["BI_PORT"])) == set()
