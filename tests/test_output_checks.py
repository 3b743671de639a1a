"""The checks behind the Dagster asset checks: they pass on the seed and fail on broken input."""

from dataclasses import replace

from pipelines import output_checks, stages
from pipelines.assets.checks import DEDUP_CHECKS, FACT_CHECKS
from pipelines.assets.facts import observe_facts
from pipelines.assets.report import Report
from pipelines.assets.text import observe_dedup
from pipelines.models import CleanArticle, Fact, Paragraph, Removal
from pipelines.stages import CleanResult, FactsResult

DedupChecks = (observe_dedup, DEDUP_CHECKS)
FactChecks = (observe_facts, FACT_CHECKS)


def check(checks, *results):
    """The check results for ``results``, gathered as the assets do: one report per
    article (as a pool worker makes it), merged in order."""
    observe, specs = checks
    total = Report()
    for result in results:
        total.merge(observe(result))
    return total.check_results(specs)


def seed_results(seed_raw):
    deduped = stages.dedup_one(stages.clean_one(seed_raw))
    return deduped, stages.facts_one(deduped)


def test_all_checks_pass_on_the_seed(seed_raw) -> None:
    deduped, facts = seed_results(seed_raw)
    results = check(DedupChecks, deduped) + check(FactChecks, facts)
    assert [r.check_name for r in results if not r.passed] == []
    assert len(results) == 4


def test_duplicate_paragraph_check_fails_on_a_repeated_paragraph(seed_raw) -> None:
    deduped, _ = seed_results(seed_raw)
    article = deduped.article
    assert output_checks.duplicate_paragraphs(article) == []
    repeated = article.paragraphs[7]
    broken = replace(article, paragraphs=[*article.paragraphs, repeated])
    assert output_checks.duplicate_paragraphs(broken) == [repeated.text, repeated.text]
    (dup_check, _) = check(DedupChecks, deduped, CleanResult(broken))
    assert not dup_check.passed
    assert dup_check.metadata["problems"].value == 2  # the broken article's, not the seed's


def test_removed_share_check_fails_when_most_of_the_article_was_removed(seed_clean) -> None:
    body = "".join(p.text for p in seed_clean.paragraphs)
    gutted = replace(
        seed_clean,
        paragraphs=seed_clean.paragraphs[:2],
        removals=[Removal("duplicate_block", body, 0, len(body), "test: half the text")],
    )
    assert output_checks.removed_share(gutted) > output_checks.MAX_REMOVED_SHARE
    (_, share_check) = check(DedupChecks, CleanResult(gutted))
    assert not share_check.passed


def _fact(raw_text: str, value: float, unit: str, sentence: str) -> Fact:
    return Fact(value, unit, "other", None, None, None, None, None, sentence, raw_text)


def test_fact_checks_fail_on_years_and_incomplete_facts() -> None:
    year = _fact("2017年", 2017, "年", "2017年，推进产业工人队伍建设改革的大幕徐徐拉开。")
    ordinal = _fact("第一", 1, "名", "拿下了第一名。")
    no_unit = _fact("898", 898, "", "建成职工书屋898家。")
    not_in_sentence = _fact("900万人", 9_000_000, "人", "覆盖职工超八百万人。")
    assert output_checks.name_like_facts([year, ordinal, no_unit]) == [year, ordinal]
    incomplete = output_checks.incomplete_facts([year, no_unit, not_in_sentence])
    assert incomplete == [no_unit, not_in_sentence]
    complete, names = check(FactChecks, FactsResult([]), FactsResult([year, no_unit]))
    assert not complete.passed and not names.passed


def test_short_repeated_lines_are_not_duplicate_paragraphs() -> None:
    paragraphs = [Paragraph.contiguous("body", "数据来源：省总工会", i * 20) for i in range(2)]
    article = CleanArticle("a", "f.txt", "utf-8", "t", None, None, paragraphs, [], 40)
    assert output_checks.duplicate_paragraphs(article) == []


def _deduped(text: str) -> CleanResult:
    from pipelines.models import RawArticle

    return stages.dedup_one(stages.clean_one(RawArticle("a.txt", text, "utf-8", len(text))))


def test_a_removed_caption_holding_a_figure_is_a_quality_issue() -> None:
    from pipelines.warehouse.assemble import article_issues

    text = (
        "标题\n\n正文第一段，建成职工书屋898家。\n\n"
        "▲全省建成职工书屋898家，图为职工在书屋阅读。\n\n第二段，职工群众的获得感更加充实。\n"
    )
    result = _deduped(text)
    assert [r.kind for r in result.article.removals] == ["caption"]
    issues = [i for i in article_issues(result, None) if i.issue == "figure_in_removed_text"]
    assert len(issues) == 1
    assert issues[0].stage == "clean" and issues[0].severity == "flagged"
    assert "898家" in issues[0].detail
    assert output_checks.removed_figures(_deduped(text.replace("898家", "")).article) == []
