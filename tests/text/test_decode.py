"""Decoding: every encoding a Chinese article comes in, and clear reasons for the rest."""

import codecs

import pytest

from pipelines.text.decode import DecodeError, decode_bytes, read_article

SENTENCE = "全省工会举办“大学习”课堂2.5万期，累计开展各类诵读活动4.1万场。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("gb18030"), "gb18030"),
        (SENTENCE.encode("gbk"), "gb18030"),
        (SENTENCE.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_each_supported_encoding(data: bytes, encoding: str) -> None:
    text, detected = decode_bytes(data)
    assert text.lstrip("\ufeff") == SENTENCE
    assert detected == encoding


def test_gb18030_seed_decodes_to_the_same_text(seed_raw) -> None:
    text, encoding = decode_bytes(seed_raw.text.encode("gb18030"))
    assert encoding == "gb18030"
    assert text == seed_raw.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable"),
    ],
)
def test_rejects_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_read_article_records_rejection_instead_of_raising(tmp_path) -> None:
    path = tmp_path / "图片.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    raw = read_article(path)
    assert raw.text is None
    assert "binary" in raw.error
    assert raw.source_file == "图片.txt"
