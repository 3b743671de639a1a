"""Per-article code versions follow the source: editing the cleaner redoes cleaned articles."""

from __future__ import annotations

import shutil

from pipelines.assets import versions


def test_a_changed_module_or_data_file_changes_the_version(tmp_path, monkeypatch) -> None:
    package = tmp_path / "pipelines"
    shutil.copytree(versions.PACKAGE / "text", package / "text")
    shutil.copytree(versions.PACKAGE / "data", package / "data")
    monkeypatch.setattr(versions, "PACKAGE", package)
    text, data = versions.source_version("text"), versions.source_version("data")

    clean = package / "text" / "clean.py"
    clean.write_text(clean.read_text(encoding="utf-8") + "\n# 图片说明\n", encoding="utf-8")
    synonyms = package / "data" / "indicator_synonyms.tsv"
    synonyms.write_text(synonyms.read_text(encoding="utf-8") + "GDP\t国内生产总值\n", "utf-8")

    assert versions.source_version("text") != text
    assert versions.source_version("data") != data
    edited = versions.source_version("text")
    (package / "text" / "__pycache__").mkdir(exist_ok=True)
    (package / "text" / "__pycache__" / "clean.cpython-311.pyc").write_bytes(b"\0")
    assert versions.source_version("text") == edited  # compiled files are not source


def test_the_assets_carry_source_versions() -> None:
    from pipelines.definitions import code_versions

    assert code_versions["cleaned_article"] == versions.CLEANED_ARTICLE
    assert code_versions["article_facts"] == versions.ARTICLE_FACTS
    assert versions.CLEANED_ARTICLE != versions.ARTICLE_FACTS
