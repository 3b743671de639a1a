"""Helpers for the reliability tests: hostile RAW_DIRs, pipeline subprocesses, warehouse reads."""

from __future__ import annotations

import codecs
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from pipelines.settings import init_dagster_home
from tests.conftest import ROOT, SEED_PATH

SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")

# Short, mutually distinct articles (so none is folded into another as a duplicate).
ARTICLES = {
    "gbk": "石家庄市新建劳动公园\n\n本报讯 今年以来，石家庄市新建劳动公园12个，"
    "全市劳动公园总数达到86个，惠及职工群众约40万人次。\n\n"
    "市总工会负责人介绍，明年还将在县城新建一批职工驿站。\n",
    "utf16": "雄安新区建设者之家投用\n\n7月，雄安新区第三座建设者之家正式投用，"
    "可容纳建设者2500人。新区工会为入住职工配备了图书室和健身房。\n\n"
    "截至目前，新区累计服务一线建设者超过18万人次。\n",
    "odd_name": "唐山职工技能大赛落幕\n\n第五届唐山市职工职业技能大赛日前落幕，"
    "共有来自136家企业的1800余名职工参赛，决出一等奖24名。\n",
    "sql_name": "邯郸农民工返乡创业\n\n邯郸市人社局数据显示，上半年全市新增返乡创业农民工"
    "3.2万人，带动就业11.5万人，同比增长8.6%。\n",
    "no_numbers": "春风送岗位\n\n人头攒动的招聘会现场，求职者认真阅读岗位信息，"
    "企业招聘人员耐心解答问题。工会工作人员现场为农民工提供法律咨询。\n\n"
    "不少求职者表示，家门口就能找到合适的工作，心里踏实多了。\n",
    "utf8_bom": "沧州职工书屋提质升级\n\n沧州市今年建成职工书屋示范点58家，配送图书4.6万册，"
    "开展读书分享会320场。\n",
    "no_permission": "保定工会开展送清凉活动\n\n保定市总工会近日开展夏季送清凉活动，"
    "为户外劳动者送去防暑降温物品价值65万元，覆盖一线职工1.2万人。\n",
}
TITLE_ONLY = "河北工会五年工作回眸\n"

SQL_INJECTION_NAME = "x'); DROP TABLE fact_metric; --.txt"
ODD_NAME = "新闻 稿 \"引号\" '单引号' 报道.txt"
LONG_LINE_BYTES = 1_000_000
# jieba words, no punctuation and no digits: a realistic "line without punctuation".
_LONG_LINE_WORDS = ["职工", "工会", "河北", "发展", "建设", "创新", "服务", "劳动", "技能", "岗位"]
HUGE_BYTES = 50 * 1024 * 1024

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True)
class Expect:
    """What the pipeline must do with one file: keep it, or reject it with this reason."""

    processed: bool
    reason: str | None = None  # substring of v_quality_issues.detail for a rejection
    encoding: str | None = None
    flagged: str | None = None  # issue code of a 'flagged' row the kept article gets
    duplicate_of: str | None = None  # folded into this file as a duplicate_article
    duplicate_kind: str = "identical text"  # or "near-identical text"
    issue: str = "unreadable_input"  # v_quality_issues.issue of the rejection


def long_line(n_bytes: int = LONG_LINE_BYTES) -> str:
    words, size, i = [], 0, 0
    while size < n_bytes:
        word = _LONG_LINE_WORDS[(i * 7 + i // 10) % len(_LONG_LINE_WORDS)]
        words.append(word)
        size += len(word.encode("utf-8"))
        i += 1
    return "".join(words)


def make_hostile_raw_dir(raw: Path) -> dict[str, Expect]:
    """Fill ``raw`` with every bad input of issue 10 plus the seed; return the expectations."""
    raw.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}

    def put(name: str, data: bytes, outcome: Expect) -> Path:
        path = raw / name
        path.write_bytes(data)
        expect[name] = outcome
        return path

    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    expect[SEED_PATH.name] = Expect(True, encoding="utf-8")
    # An exact copy of the seed: kept once, the copy recorded as a duplicate_article.
    shutil.copy(SEED_PATH, raw / "seed_copy.txt")
    expect["seed_copy.txt"] = Expect(False, duplicate_of=SEED_PATH.name)
    # A near copy (one sentence more): folded by MinHash into the seed.
    put(
        "seed_near_copy.txt",
        (SEED_TEXT + "\n（本文有删节）本报将持续关注河北工会工作。\n").encode(),
        Expect(False, duplicate_of=SEED_PATH.name, duplicate_kind="near-identical text"),
    )

    put("empty.txt", b"", Expect(False, "empty file"))
    put(
        "README.md",
        "# 说明\n\n本目录存放新闻稿。\n".encode(),
        Expect(
            False, "not an article file: only *.txt files are read", issue="not_an_article_file"
        ),
    )
    put("whitespace.txt", b"  \n\t\r\n   \n", Expect(False, "file holds only whitespace"))
    put(
        "whitespace_unicode.txt",
        "\ufeff\u3000\u3000\n\u00a0 \n\u3000".encode(),
        Expect(False, "file holds only whitespace"),
    )
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
    put("photo.txt", png + bytes(range(256)) * 8, Expect(False, "binary file"))
    put(
        "control_chars.txt",
        bytes(range(1, 9)) * 200 + "正文".encode(),
        Expect(False, "binary content, not a text article"),
    )
    put(
        "invalid_utf8.txt",
        bytes(range(0x80, 0x100)) * 4,
        Expect(False, "undecodable bytes: not UTF-8, GB18030/GBK, Big5 or UTF-16"),
    )
    put("gbk.txt", ARTICLES["gbk"].encode("gbk"), Expect(True, encoding="gb18030"))
    put("utf16_bom.txt", ARTICLES["utf16"].encode("utf-16"), Expect(True, encoding="utf-16"))
    put(
        "utf8_bom.txt",
        codecs.BOM_UTF8 + ARTICLES["utf8_bom"].encode(),
        Expect(True, encoding="utf-8-sig"),
    )
    with (raw / "huge_50mb.txt").open("wb") as fh:
        block = (SEED_TEXT * 4).encode("utf-8")
        while fh.tell() < HUGE_BYTES:
            fh.write(block[: HUGE_BYTES - fh.tell()])
    expect["huge_50mb.txt"] = Expect(False, f"file too large: {HUGE_BYTES} bytes > 5000000")
    put("no_numbers.txt", ARTICLES["no_numbers"].encode(), Expect(True, encoding="utf-8"))
    put("title_only.txt", TITLE_ONLY.encode(), Expect(True, flagged="no_body_text"))
    put(ODD_NAME, ARTICLES["odd_name"].encode(), Expect(True, encoding="utf-8"))
    put(SQL_INJECTION_NAME, ARTICLES["sql_name"].encode(), Expect(True, encoding="utf-8"))
    put(
        "long_line_1mb.txt",
        ("一行没有标点的长文\n\n" + long_line() + "\n").encode(),
        Expect(True, encoding="utf-8"),
    )

    os.symlink("loop_b.txt", raw / "loop_a.txt")
    os.symlink("loop_a.txt", raw / "loop_b.txt")
    for name in ("loop_a.txt", "loop_b.txt"):
        expect[name] = Expect(False, "unreadable file: Too many levels of symbolic links")
    os.symlink(raw.parent / "no-such-dir" / "gone.txt", raw / "dangling.txt")
    expect["dangling.txt"] = Expect(False, "unreadable file: No such file or directory")
    # chmod 000 does not stop root (CAP_DAC_OVERRIDE): as root the file is simply read.
    path = put("no_permission.txt", ARTICLES["no_permission"].encode(), Expect(True))
    path.chmod(0)
    if not IS_ROOT:
        expect["no_permission.txt"] = Expect(False, "unreadable file: Permission denied")
    # Opening a FIFO for reading blocks until a writer comes; reading /dev/zero never ends.
    os.mkfifo(raw / "named_pipe.txt")
    expect["named_pipe.txt"] = Expect(False, "not a regular file: named pipe (FIFO)")
    os.symlink("/dev/zero", raw / "dev_zero.txt")
    expect["dev_zero.txt"] = Expect(False, "not a regular file: character device")
    return expect


def pipeline_env(raw_dir: Path, warehouse: Path, dagster_home: Path, **extra: str) -> dict:
    env = dict(os.environ)
    env.update(
        RAW_DIR=str(raw_dir),
        WAREHOUSE_PATH=str(warehouse),
        DAGSTER_HOME=str(init_dagster_home(dagster_home)),
        HUIBAO_WORKERS="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class PipelineProcess:
    """``python -m pipelines.run`` in its own session, output to files, always reaped."""

    def __init__(self, env: dict, log: Path, args: list[str] | None = None) -> None:
        self.log = log
        self._out = log.open("wb")
        self.proc = subprocess.Popen(
            args or [sys.executable, "-m", "pipelines.run"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def running(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL the whole process group (pool workers included) and reap the leader."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._out.close()

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise AssertionError(
                f"pipeline run did not finish in {timeout} s:\n{self.output()[-3000:]}"
            ) from exc
        finally:
            self._out.close()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def wait_until(condition: Callable[[], bool], timeout: float, poll: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(poll)
    return condition()


def view_snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every non-internal view of the warehouse, opened read-only, fully ordered."""
    with duckdb.connect(str(path), read_only=True) as con:
        views = [
            r[0]
            for r in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
            ).fetchall()
        ]
        return {v: con.execute(f'SELECT * FROM "{v}" ORDER BY ALL').fetchall() for v in views}


def view_counts(path: Path) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        views = [
            r[0]
            for r in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
            ).fetchall()
        ]
        return {v: con.execute(f'SELECT count(*) FROM "{v}"').fetchone()[0] for v in views}


@dataclass
class HostileRun:
    raw_dir: Path
    warehouse: Path
    expect: dict[str, Expect]
    success: bool
    seconds: float


@pytest.fixture(scope="session")
def hostile_run(tmp_path_factory) -> HostileRun:
    """Every bad input plus the seed in one RAW_DIR, through the full Dagster pipeline once."""
    import dagster as dg

    from pipelines.run import materialize_all

    tmp = tmp_path_factory.mktemp("hostile")
    raw_dir = tmp / "raw"
    expect = make_hostile_raw_dir(raw_dir)
    warehouse = tmp / "wh" / "huibao.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("RAW_DIR", str(raw_dir))
        mp.setenv("WAREHOUSE_PATH", str(warehouse))
        mp.setenv("DAGSTER_HOME", str(init_dagster_home(tmp / "dagster_home")))
        mp.setenv("HUIBAO_WORKERS", "1")
        start = time.monotonic()
        result = materialize_all(dg.DagsterInstance.ephemeral())
        seconds = time.monotonic() - start
    return HostileRun(raw_dir, warehouse, expect, result.success, seconds)
