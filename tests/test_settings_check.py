"""The settings validators (pipelines/settings_check.py) and settings.problems, in process.

The same cases through `python -m pipelines.run` are in tests/e2e/test_user_errors.py.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines import settings
from pipelines.settings_check import (
    SettingError,
    check_dagster_home,
    check_flag,
    check_lock_timeout,
    check_raw_dir,
    check_warehouse_path,
    check_workers,
)
from pipelines.warehouse.shrink import ShrinkRefused, refuse_shrink
from tests.conftest import ROOT, SEED_PATH

IS_ROOT = os.geteuid() == 0


def problem_of(check, value: str, variable: str | None = None) -> str:
    with pytest.raises(SettingError) as caught:
        check(value) if variable is None else check(value, variable)
    return str(caught.value)


def test_message_names_variable_value_and_problem() -> None:
    assert problem_of(check_raw_dir, "/no/such/新闻") == "RAW_DIR=/no/such/新闻: no such folder"
    assert problem_of(check_workers, "") == (
        "HUIBAO_WORKERS='': must be a whole number of processes, 1 or more"
    )
    assert problem_of(check_raw_dir, "/tmp/my articles").startswith("RAW_DIR='/tmp/my articles': ")
    assert problem_of(check_workers, "two\n") == (
        "HUIBAO_WORKERS='two\\n': must be a whole number of processes, 1 or more"
    )
    # A resource names its config field instead of the environment variable.
    assert str(problem_of(check_workers, "two", "resources.workers.config.count")).startswith(
        "resources.workers.config.count=two: "
    )


def test_raw_dir(tmp_path) -> None:
    assert check_raw_dir(str(tmp_path)) == tmp_path
    assert problem_of(check_raw_dir, str(SEED_PATH)).endswith("is a file, not a folder of articles")
    assert "no such folder" in problem_of(check_raw_dir, str(tmp_path / "missing"))
    assert "is empty" in problem_of(check_raw_dir, " ")


@pytest.mark.skipif(IS_ROOT, reason="root reads every folder")
def test_unreadable_raw_dir(tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0)
    try:
        assert "cannot be read (Permission denied)" in problem_of(check_raw_dir, str(locked))
    finally:
        locked.chmod(0o755)


def test_warehouse_path_new_and_existing(tmp_path) -> None:
    new = tmp_path / "a" / "b" / "huibao.duckdb"
    assert check_warehouse_path(str(new)) == new
    assert new.parent.is_dir() and list(new.parent.iterdir()) == []  # the write test is gone
    duckdb.connect(str(new)).close()
    assert check_warehouse_path(str(new)) == new  # a DuckDB file is replaced by the run


def test_warehouse_path_refusals(tmp_path) -> None:
    assert problem_of(check_warehouse_path, str(tmp_path)) == (
        f"WAREHOUSE_PATH={tmp_path}: is a folder; name a file in it, e.g. {tmp_path}/huibao.duckdb"
    )
    assert "its folder /proc/nope cannot be created (No such file or directory)" in problem_of(
        check_warehouse_path, "/proc/nope/x.duckdb"
    )
    inside_file = f"{SEED_PATH}/x.duckdb"
    assert f"{SEED_PATH} is a file, not a folder" in problem_of(check_warehouse_path, inside_file)
    csv = tmp_path / "sales.csv"
    csv.write_text("region,value\n河北,1\n", encoding="utf-8")
    assert "not a DuckDB database" in problem_of(check_warehouse_path, str(csv))
    assert csv.read_text(encoding="utf-8") == "region,value\n河北,1\n"
    assert "may not be called huibao_staging" in problem_of(
        check_warehouse_path, str(tmp_path / "huibao_staging.duckdb")
    )
    assert "is empty" in problem_of(check_warehouse_path, "")


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder nobody may create files in: /sys as root (sysfs), else a chmod 555 one."""
    if IS_ROOT:
        if not Path("/sys").is_dir() or os.access("/sys/huibao-probe", os.F_OK):
            pytest.skip("no unwritable folder for root here")
        return Path("/sys")
    folder = tmp_path / "read_only"
    folder.mkdir(mode=0o555)
    return folder


def test_warehouse_folder_not_writable(tmp_path) -> None:
    folder = unwritable_folder(tmp_path)
    message = problem_of(check_warehouse_path, str(folder / "huibao.duckdb"))
    assert f"its folder {folder} is not writable" in message


def test_dagster_home(tmp_path) -> None:
    assert check_dagster_home(str(tmp_path)) == tmp_path
    assert "is not set" in problem_of(check_dagster_home, "")
    assert "must be an absolute path" in problem_of(check_dagster_home, "relative/home")
    assert "no such folder" in problem_of(check_dagster_home, str(tmp_path / "missing"))
    assert "is a file" in problem_of(check_dagster_home, str(SEED_PATH))


@pytest.mark.parametrize("value", ["abc", "0", "-3", "1.5", "", " ", "二"])
def test_workers_refused(value: str) -> None:
    assert "must be a whole number of processes, 1 or more" in problem_of(check_workers, value)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["", " ", "\t"]))
def test_workers_accepts_every_positive_whole_number(n: int, pad: str) -> None:
    assert check_workers(f"{pad}{n}{pad}") == n


@given(st.text(max_size=12))
def test_any_workers_text_is_a_count_or_one_line_naming_it(text: str) -> None:
    try:
        n = check_workers(text)
    except SettingError as exc:
        message = str(exc)
        assert message.startswith("HUIBAO_WORKERS=") and "\n" not in message
    else:
        assert n >= 1 and n == int(text)


def test_lock_timeout() -> None:
    assert check_lock_timeout("2.5") == 2.5 and check_lock_timeout("0") == 0
    assert check_lock_timeout("inf") == float("inf")
    for bad in ("soon", "-1", "nan", ""):
        assert "must be a number of seconds, 0 or more" in problem_of(check_lock_timeout, bad)


def test_flags() -> None:
    for on in ("1", "true", "YES", " on "):
        assert check_flag(on, "HUIBAO_DEBUG") is True
    for off in ("", "0", "false", "No"):
        assert check_flag(off, "HUIBAO_DEBUG") is False
    assert problem_of(check_flag, "2", "HUIBAO_DEBUG") == (
        "HUIBAO_DEBUG=2: must be 1 or 0 (or true/false, yes/no)"
    )


def good_env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "raw").mkdir(exist_ok=True)
    (tmp_path / "home").mkdir(exist_ok=True)
    return {
        "RAW_DIR": str(tmp_path / "raw"),
        "WAREHOUSE_PATH": str(tmp_path / "wh" / "huibao.duckdb"),
        "DAGSTER_HOME": str(tmp_path / "home"),
    }


def test_problems_of_a_good_environment_is_empty(tmp_path) -> None:
    env = good_env(tmp_path) | {"HUIBAO_WORKERS": "2", "HUIBAO_ALLOW_SHRINK": "1"}
    assert settings.problems(env) == []


def test_problems_lists_every_bad_setting_once(tmp_path) -> None:
    env = good_env(tmp_path) | {
        "RAW_DIR": str(tmp_path / "typo"),
        "HUIBAO_WORKERS": "abc",
        "HUIBAO_LOCK_TIMEOUT": "soon",
        "HUIBAO_FULL_REFRESH": "maybe",
    }
    found = settings.problems(env)
    assert [p.variable for p in found] == [
        "RAW_DIR", "HUIBAO_WORKERS", "HUIBAO_LOCK_TIMEOUT", "HUIBAO_FULL_REFRESH",
    ]  # fmt: skip


def test_unset_paths_are_checked_with_their_defaults(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "PROJECT_ROOT", tmp_path)
    env = {"DAGSTER_HOME": str(tmp_path)}
    (found,) = settings.problems(env)
    assert str(found) == f"RAW_DIR={tmp_path}/raw: no such folder"
    (tmp_path / "raw").mkdir()
    assert settings.problems(env) == []
    assert (tmp_path / "warehouse").is_dir()  # created, as the run would
    assert [p.variable for p in settings.problems({})] == ["DAGSTER_HOME"]


def test_workers_setting_uses_the_validator(monkeypatch) -> None:
    monkeypatch.setenv("HUIBAO_WORKERS", "3")
    assert settings.workers() == 3
    monkeypatch.setenv("HUIBAO_WORKERS", "abc")
    with pytest.raises(SettingError, match="HUIBAO_WORKERS=abc"):
        settings.workers()


def _masked(line: str) -> str:
    """A message with its paths and numbers masked, to compare README examples with it."""
    line = re.sub(r"(?<![\w.])/[^\s:()]+", "<path>", line)
    # Permission denied, or Read-only file system where /sys is mounted read-only
    line = re.sub(r"is not writable \([^)]*\)", "is not writable (<reason>)", line)
    return re.sub(r"\d+", "N", line)


def _readme_errors(section: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in body.splitlines() if line.startswith("error: ")]


def test_readme_shows_the_messages_a_run_prints(tmp_path) -> None:
    """Every message in the README's "When something is wrong" is one huibao prints."""
    notes = tmp_path / "notes.txt"
    notes.write_text("笔记\n", encoding="utf-8")
    csv = tmp_path / "sales.csv"
    csv.write_text("region,value\n", encoding="utf-8")
    published = tmp_path / "published.duckdb"
    with duckdb.connect(str(published)) as con:
        con.execute("CREATE VIEW v_articles AS SELECT * FROM range(120)")
    cases = [
        (check_raw_dir, str(tmp_path / "artciles"), "RAW_DIR"),
        (check_raw_dir, str(notes), "RAW_DIR"),
        (check_warehouse_path, "/proc/nope/x.duckdb", "WAREHOUSE_PATH"),
        (check_warehouse_path, str(tmp_path), "WAREHOUSE_PATH"),
        (check_warehouse_path, str(unwritable_folder(tmp_path) / "h.duckdb"), "WAREHOUSE_PATH"),
        (check_warehouse_path, str(csv), "WAREHOUSE_PATH"),
        (check_workers, "abc", "HUIBAO_WORKERS"),
        (check_lock_timeout, "soon", "HUIBAO_LOCK_TIMEOUT"),
        (check_flag, "maybe", "HUIBAO_FULL_REFRESH"),
        (check_dagster_home, "dagster_home", "DAGSTER_HOME"),
    ]
    printed = {_masked(f"error: {problem_of(check, value, name)}") for check, value, name in cases}
    with pytest.raises(ShrinkRefused) as refused:
        refuse_shrink(published, 0, allow=False, source="RAW_DIR /mnt/news")
    printed.add(_masked(f"error: {refused.value}"))
    shown = _readme_errors("When something is wrong")
    assert len(shown) == len(cases) + 1
    assert {_masked(line) for line in shown} == printed
