"""1 MB lines without punctuation must be processed in seconds, whatever they hold.

Each case runs in a subprocess with a hard time limit, so a super-linear algorithm fails
the test instead of hanging the suite. A 1 MB line of plain Chinese words takes ~3 s
for the whole chain (test_bad_inputs). The cases below were once quadratic (an e-mail
pattern retried at every position of an ASCII run) and cubic (region lookup rescanning
every earlier place of a sentence); they guard against that coming back.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

TIME_LIMIT_S = 10.0  # the Chinese-words line of the same size needs ~3 s

_RUN_CHAIN = """
import sys
from pipelines import stages
from pipelines.models import RawArticle
from pipelines.text.decode import article_id_for

text = sys.stdin.read()
raw = RawArticle("line.txt", text, "utf-8", len(text.encode()), article_id=article_id_for(text))
result = stages.dedup_one(stages.clean_one(raw))
facts = stages.facts_one(result)
print("ok", len(result.article.paragraphs), len(facts.facts))
"""


def _chain_finishes_in_time(text: str) -> bool:
    proc = subprocess.Popen(
        [sys.executable, "-c", _RUN_CHAIN],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(text.encode("utf-8"), timeout=TIME_LIMIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate(timeout=30)
        return False
    assert proc.returncode == 0 and out.startswith(b"ok"), out
    return True


def _one_mb(unit: str) -> str:
    return unit * (1_000_000 // len(unit.encode("utf-8")) + 1)


def test_one_mb_ascii_line_without_punctuation() -> None:
    """A hex/base64 blob pasted into an article: 1 MB of [0-9a-f] on one line."""
    blob = _one_mb("3f9a0c5e7b1d2846")
    assert _chain_finishes_in_time("附件\n\n" + blob + "\n")


def test_one_mb_line_of_figures_without_punctuation() -> None:
    """A statistics table flattened into one line: places and figures, no 。 anywhere."""
    line = _one_mb("河北新增就业岗位3200个石家庄培训职工2.5万人次")
    assert _chain_finishes_in_time("统计表\n\n" + line + "\n")


def test_twenty_thousand_broken_lines_of_one_paragraph() -> None:
    """A paragraph scraped as one short line per clause: joining must not be quadratic."""
    assert _chain_finishes_in_time("标题\n\n" + "职工书屋建成,\n" * 20_000 + "完。\n")
