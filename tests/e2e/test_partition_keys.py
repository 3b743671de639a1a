"""Article partitions a person recognises: keyed by headline and text, not file name."""

import shutil

from hypothesis import given
from hypothesis import strategies as st

from pipelines import raw_index
from pipelines.assets.sensors import plan_partitions
from tests.conftest import SEED_PATH

SEED_TITLE = "团结引领燕赵职工奋力谱写"
# What Dagster refuses in a partition key, and the path separator (keys are file names).
FORBIDDEN = ["...", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", "/"]


def test_key_starts_with_the_headline_and_survives_a_rename(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / "hebei.txt")
    (before,) = raw_index.files_by_partition(raw_index.scan(raw))
    assert before.startswith(SEED_TITLE + "-")

    (raw / "hebei.txt").rename(raw / "河北工会五年.txt")
    assert list(raw_index.files_by_partition(raw_index.scan(raw))) == [before]


def test_one_text_under_two_names_is_one_partition(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED_PATH.read_text(encoding="utf-8")
    (raw / "a.txt").write_text(text, encoding="utf-8")
    (raw / "b.txt").write_bytes(text.replace("\n\n", "\n").encode("gb18030"))
    files = raw_index.scan(raw)
    by_key = raw_index.files_by_partition(files)
    assert list(by_key.values()) == [["a.txt", "b.txt"]]
    new, gone = plan_partitions(files, [])
    assert new == list(by_key) and gone == []


def test_moved_line_breaks_make_a_new_partition_of_the_same_article(tmp_path) -> None:
    """The article id ignores whitespace; the key does not, since results of the old
    line breaks (other paragraphs) must not be reused for the new text."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED_PATH.read_text(encoding="utf-8")
    (raw / "hebei.txt").write_text(text, encoding="utf-8")
    (before,) = raw_index.scan(raw)
    (key_before,) = raw_index.files_by_partition([before])
    (raw / "hebei.txt").write_text(text.replace("\n\n", "\n", 3), encoding="utf-8")
    (after,) = raw_index.scan(raw)
    assert after.article_id == before.article_id
    (key_after,) = raw_index.files_by_partition([after])
    assert key_after != key_before and key_after.startswith(SEED_TITLE + "-")


def test_same_opening_words_different_text_are_two_partitions() -> None:
    files = [
        raw_index.RawFile("a.txt", (1, 1), "0123456789abcdef", None, "全省职工技能大赛开幕"),
        raw_index.RawFile("b.txt", (1, 1), "0123456789abffff", None, "全省职工技能大赛开幕"),
    ]
    keys = raw_index.partition_keys(files)
    assert len(set(keys.values())) == 2  # the short hashes coincide: full ids are used


@given(st.text(max_size=60), st.text(alphabet="0123456789abcdef", min_size=40, max_size=40))
def test_keys_are_valid_and_ignore_spaces_in_the_headline(title: str, digest: str) -> None:
    key = raw_index.partition_key(digest, title)
    assert not any(bad in key for bad in FORBIDDEN)
    assert key.endswith(digest[: raw_index.KEY_HASH_CHARS])
    spaced = " ".join(title) + "\u3000"
    assert raw_index.partition_key(digest, spaced) == key
