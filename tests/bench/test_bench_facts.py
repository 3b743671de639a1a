"""``make bench`` reports fact accuracy from the same gold files the tests use."""

from bench import bench_facts


def test_bench_reports_seed_and_fact_set_figures() -> None:
    result = bench_facts.run()
    assert result["seed"]["required"] == 60
    assert result["fact_set"]["articles"] >= 8 and result["fact_set"]["required"] >= 150
    for figures in (result["seed"], result["fact_set"]):
        assert 0 < figures["with_indicator_f1"] <= figures["value_unit_f1"] <= 1
        assert "F1" in bench_facts.describe("x", figures)
