"""Settings a person gets wrong, and a RAW_DIR that would empty the warehouse, through
`make run` as a subprocess (``python -m pipelines.run``, as the Makefile calls it).

Each bad setting: exit status 2, one line on stderr naming the variable, its value and
what is wrong, no traceback, no article processed, the published warehouse unchanged.
The shrink guard: exit status 1 and the warehouse unchanged, unless HUIBAO_ALLOW_SHRINK=1.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import user_errors
from pipelines.assets.resources import RawFolder
from pipelines.settings import init_dagster_home
from tests.conftest import ROOT, SEED_PATH

IS_ROOT = os.geteuid() == 0
# Two short articles besides the seed (distinct, so none folds into another).
SHORT_ARTICLES = {
    "tangshan.txt": "唐山职工技能大赛落幕\n\n第五届唐山市职工职业技能大赛日前落幕，"
    "共有来自136家企业的1800余名职工参赛，决出一等奖24名。\n",
    "handan.txt": "邯郸农民工返乡创业\n\n邯郸市人社局数据显示，上半年全市新增返乡创业农民工"
    "3.2万人，带动就业11.5万人，同比增长8.6%。\n",
}


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run(env: dict[str, str], args: list[str] | None = None) -> Run:
    done = subprocess.run(
        args or [sys.executable, "-m", "pipelines.run"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,  # a hung run fails the test instead of the suite; not a speed limit
    )
    return Run(done.returncode, done.stdout, done.stderr)


def base_env(raw: Path, warehouse: Path, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUIBAO_")}
    env.update(
        RAW_DIR=str(raw),
        WAREHOUSE_PATH=str(warehouse),
        DAGSTER_HOME=str(home),
        HUIBAO_WORKERS="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def articles_in(path: Path) -> list[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT source_file FROM v_articles ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def write_corpus(raw: Path, names: list[str]) -> Path:
    raw.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name == SEED_PATH.name:
            shutil.copy(SEED_PATH, raw / name)
        else:
            (raw / name).write_text(SHORT_ARTICLES[name], encoding="utf-8")
    return raw


@dataclass
class Published:
    raw: Path
    warehouse: Path
    home: Path
    sha256: str


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Published:
    """A warehouse of three articles, published by a successful run."""
    tmp = tmp_path_factory.mktemp("published")
    raw = write_corpus(tmp / "raw", [SEED_PATH.name, *SHORT_ARTICLES])
    warehouse = tmp / "wh" / "huibao.duckdb"
    home = init_dagster_home(tmp / "home")
    done = run(base_env(raw, warehouse, home))
    assert done.code == 0, done.stderr[-3000:]
    assert "warehouse: " in done.stdout and "Traceback" not in done.stderr
    assert len(articles_in(warehouse)) == 3
    return Published(raw, warehouse, home, digest(warehouse))


def settings_cases(tmp: Path) -> dict[str, tuple[str, str, str]]:
    """case id → (variable, value, what the message must say)."""
    a_file = tmp / "notes.txt"
    a_file.write_text("不是文件夹\n", encoding="utf-8")
    csv = tmp / "sales.csv"
    csv.write_text("region,value\n河北,1\n", encoding="utf-8")
    folder = tmp / "a_folder"
    folder.mkdir()
    return {
        "raw_dir_missing": ("RAW_DIR", str(tmp / "artciles"), "no such folder"),
        "raw_dir_is_a_file": ("RAW_DIR", str(a_file), "is a file, not a folder of articles"),
        "warehouse_folder_cannot_be_created": (
            "WAREHOUSE_PATH", "/proc/nope/x.duckdb",
            "its folder /proc/nope cannot be created (No such file or directory)",
        ),
        "warehouse_is_a_folder": (
            "WAREHOUSE_PATH", str(folder),
            f"is a folder; name a file in it, e.g. {folder}/huibao.duckdb",
        ),
        "warehouse_under_a_file": (
            "WAREHOUSE_PATH", f"{a_file}/huibao.duckdb", f"{a_file} is a file, not a folder",
        ),
        "warehouse_is_not_duckdb": (
            "WAREHOUSE_PATH", str(csv), "is an existing file that is not a DuckDB database",
        ),
        "workers_not_a_number": ("HUIBAO_WORKERS", "abc", "must be a whole number of processes"),
        "workers_zero": ("HUIBAO_WORKERS", "0", "must be a whole number of processes, 1 or more"),
        "workers_negative": ("HUIBAO_WORKERS", "-2", "must be a whole number of processes"),
        "lock_timeout_not_a_number": ("HUIBAO_LOCK_TIMEOUT", "soon", "must be a number of seconds"),
        "lock_timeout_negative": ("HUIBAO_LOCK_TIMEOUT", "-5", "a number of seconds, 0 or more"),
        "full_refresh_not_a_flag": ("HUIBAO_FULL_REFRESH", "maybe", "must be 1 or 0"),
        "allow_shrink_not_a_flag": ("HUIBAO_ALLOW_SHRINK", "ok", "must be 1 or 0"),
        "debug_not_a_flag": ("HUIBAO_DEBUG", "2", "must be 1 or 0"),
        "dagster_home_relative": ("DAGSTER_HOME", "dagster_home", "must be an absolute path"),
        "dagster_home_missing": ("DAGSTER_HOME", str(tmp / "no_home"), "no such folder"),
    }  # fmt: skip


CASE_IDS = [
    "raw_dir_missing", "raw_dir_is_a_file", "warehouse_folder_cannot_be_created",
    "warehouse_is_a_folder", "warehouse_under_a_file", "warehouse_is_not_duckdb",
    "workers_not_a_number", "workers_zero", "workers_negative", "lock_timeout_not_a_number",
    "lock_timeout_negative", "full_refresh_not_a_flag", "allow_shrink_not_a_flag",
    "debug_not_a_flag", "dagster_home_relative", "dagster_home_missing",
]  # fmt: skip


def assert_nothing_done(published: Published, home: Path) -> None:
    """No article read or processed: the fresh DAGSTER_HOME holds only its dagster.yaml
    (no run storage, no raw-file index, no article store); the warehouse is unchanged."""
    assert sorted(p.name for p in home.iterdir()) == ["dagster.yaml"]
    assert digest(published.warehouse) == published.sha256


def assert_one_line(done: Run, variable: str, value: str, problem: str) -> None:
    assert done.code == 2, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and done.stdout == ""
    (line,) = done.lines
    assert line.startswith(f"error: {variable}="), line
    assert value in line and problem in line, line


@pytest.mark.parametrize("case", CASE_IDS)
def test_bad_setting_stops_before_any_article(published, tmp_path, case: str) -> None:
    variable, value, problem = settings_cases(tmp_path)[case]
    home = init_dagster_home(tmp_path / "home")
    env = base_env(published.raw, published.warehouse, home, **{variable: value})
    done = run(env)
    assert_one_line(done, variable, value, problem)
    assert_nothing_done(published, home)
    if case == "warehouse_is_not_duckdb":
        assert Path(value).read_text(encoding="utf-8") == "region,value\n河北,1\n"


def test_warehouse_folder_not_writable(published, tmp_path) -> None:
    """As root, /sys (sysfs takes no new files); otherwise a folder with mode 555."""
    if IS_ROOT:
        folder = Path("/sys")
        if not folder.is_dir():
            pytest.skip("no folder root cannot write to here")
    else:
        folder = tmp_path / "read_only"
        folder.mkdir(mode=0o555)
    home = init_dagster_home(tmp_path / "home")
    target = folder / "huibao.duckdb"
    done = run(base_env(published.raw, target, home))
    assert_one_line(done, "WAREHOUSE_PATH", str(target), f"its folder {folder} is not writable")
    assert_nothing_done(published, home)


def test_every_bad_setting_gets_its_own_line(published, tmp_path) -> None:
    home = init_dagster_home(tmp_path / "home")
    env = base_env(
        tmp_path / "typo", published.warehouse, home, HUIBAO_WORKERS="abc", HUIBAO_LOCK_TIMEOUT="x"
    )
    done = run(env)
    assert done.code == 2 and "Traceback" not in done.stderr
    assert [line.split("=")[0] for line in done.lines] == [
        "error: RAW_DIR", "error: HUIBAO_WORKERS", "error: HUIBAO_LOCK_TIMEOUT",
    ]  # fmt: skip
    assert_nothing_done(published, home)


def test_debug_shows_the_traceback_too(published, tmp_path) -> None:
    home = init_dagster_home(tmp_path / "home")
    env = base_env(published.raw, published.warehouse, home, HUIBAO_WORKERS="abc", HUIBAO_DEBUG="1")
    done = run(env)
    assert done.code == 2
    assert "Traceback (most recent call last)" in done.stderr and "SettingError" in done.stderr
    assert done.lines[-1] == (
        "error: HUIBAO_WORKERS=abc: must be a whole number of processes, 1 or more"
    )
    assert_nothing_done(published, home)


def test_make_run_reports_the_same_line(published, tmp_path) -> None:
    """The Makefile's own target (the venv is there: the suite runs from it)."""
    home = tmp_path / "home"
    env = base_env(tmp_path / "typo", published.warehouse, home)
    done = run(env, ["make", "--no-print-directory", "run"])
    assert done.code == 2, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert f"error: RAW_DIR={tmp_path}/typo: no such folder" in done.lines
    assert sorted(p.name for p in home.iterdir()) == ["dagster.yaml"]
    assert digest(published.warehouse) == published.sha256


# The shrink guard ------------------------------------------------------------------------


@pytest.fixture
def copy_of(published, tmp_path) -> Published:
    """The published warehouse and its Dagster state, copied for a test to run against."""
    warehouse = tmp_path / "wh" / "huibao.duckdb"
    warehouse.parent.mkdir()
    shutil.copy2(published.warehouse, warehouse)
    home = tmp_path / "home"
    shutil.copytree(published.home, home)
    return Published(published.raw, warehouse, home, published.sha256)


SHRINK_LINE = "error: not replacing {warehouse} (3 articles) with a build of {n} article(s)"


@pytest.mark.parametrize("kept", [[], ["handan.txt"]], ids=["empty_raw_dir", "one_of_three"])
def test_shrink_is_refused_and_the_warehouse_kept(copy_of, tmp_path, kept: list[str]) -> None:
    raw = write_corpus(tmp_path / "raw", kept)
    done = run(base_env(raw, copy_of.warehouse, copy_of.home))
    assert done.code == 1, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and done.stdout == ""
    (line,) = done.lines
    assert line.startswith(SHRINK_LINE.format(warehouse=copy_of.warehouse, n=len(kept))), line
    assert f"from RAW_DIR {raw}" in line and "HUIBAO_ALLOW_SHRINK=1" in line
    assert digest(copy_of.warehouse) == copy_of.sha256


@pytest.mark.parametrize("kept", [[], ["handan.txt"]], ids=["empty_raw_dir", "one_of_three"])
def test_shrink_is_published_when_allowed(copy_of, tmp_path, kept: list[str]) -> None:
    raw = write_corpus(tmp_path / "raw", kept)
    done = run(base_env(raw, copy_of.warehouse, copy_of.home, HUIBAO_ALLOW_SHRINK="1"))
    assert done.code == 0, done.stderr[-3000:]
    assert f"warehouse: {copy_of.warehouse}" in done.stdout
    assert articles_in(copy_of.warehouse) == kept


def test_dropping_half_or_fewer_is_published(copy_of, tmp_path) -> None:
    raw = write_corpus(tmp_path / "raw", [SEED_PATH.name, "handan.txt"])
    done = run(base_env(raw, copy_of.warehouse, copy_of.home))
    assert done.code == 0, done.stderr[-3000:]
    assert articles_in(copy_of.warehouse) == ["handan.txt", SEED_PATH.name]


def test_first_run_of_an_empty_raw_dir_is_fine(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    warehouse = tmp_path / "wh" / "huibao.duckdb"
    done = run(base_env(raw, warehouse, init_dagster_home(tmp_path / "home")))
    assert done.code == 0, done.stderr[-3000:]
    assert articles_in(warehouse) == []


def test_warehouse_step_refuses_a_shrink_found_by_folding_duplicates(copy_of, tmp_path) -> None:
    """Two files, one a near copy of the other: RAW_DIR holds 2 articles (no shrink by
    the count before processing), the build folds them into 1 (1 of 3): the warehouse
    step itself refuses, as it does for a run started in the UI."""
    raw = write_corpus(tmp_path / "raw", [SEED_PATH.name])
    near = SEED_PATH.read_text(encoding="utf-8") + "\n（本文有删节）本报将持续关注河北工会工作。\n"
    (raw / "seed_near_copy.txt").write_text(near, encoding="utf-8")
    done = run(base_env(raw, copy_of.warehouse, copy_of.home))
    assert done.code == 1, done.stderr[-3000:]
    assert done.lines[-1].startswith(SHRINK_LINE.format(warehouse=copy_of.warehouse, n=1))
    assert digest(copy_of.warehouse) == copy_of.sha256


# Dagster resources ------------------------------------------------------------------------


def test_a_resource_with_bad_config_fails_the_run_before_any_step(tmp_path, monkeypatch) -> None:
    """The code location's RawFolder checks its folder when a run starts (its EnvVar's
    value), before any step body runs: a UI launch fails at once with the same line."""
    ran = []

    @dg.asset
    def reads_articles(raw_dir: RawFolder) -> None:
        ran.append(raw_dir.path)

    monkeypatch.setenv("RAW_DIR", str(tmp_path / "artciles"))
    result = dg.materialize(
        [reads_articles],
        resources={
            "raw_dir": RawFolder(path=dg.EnvVar("RAW_DIR"), state_dir=str(tmp_path / "state"))
        },
        raise_on_error=False,
    )
    assert not result.success and ran == []
    # `make run` prints it as the same one line, with the same exit status.
    assert user_errors.known_failure(result) == (2, f"RAW_DIR={tmp_path}/artciles: no such folder")
