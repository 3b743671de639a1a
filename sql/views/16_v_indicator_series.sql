CREATE VIEW v_indicator_series AS
SELECT
    i.canonical_indicator,
    i.indicator,
    r.region,
    p.period,
    f.value,
    u.unit,
    u.unit_category,
    f.qualifier,
    f.article_id,
    f.fact_id,
    f.sentence
FROM fact_metric f
JOIN dim_indicator i USING (indicator_key)
JOIN dim_unit u USING (unit_key)
LEFT JOIN dim_region r USING (region_key)
LEFT JOIN dim_period p USING (period_key);
COMMENT ON VIEW v_indicator_series IS 'One measure across articles, regions and periods: one row per fact that has an indicator; chart canonical_indicator with unit (a level in 元 and a growth rate in % share a name only if written alike).';
COMMENT ON COLUMN v_indicator_series.canonical_indicator IS 'One name per measure written differently (城镇新增就业 / 新增城镇就业 / 城镇新增就业人数 → 城镇新增就业; GDP → 国内生产总值): pipelines/data/indicator_synonyms.tsv plus the rules in pipelines/facts/canonical.py.';
COMMENT ON COLUMN v_indicator_series.indicator IS 'The indicator as written in the article.';
COMMENT ON COLUMN v_indicator_series.region IS 'Province, city or county the fact is about, or NULL.';
COMMENT ON COLUMN v_indicator_series.period IS 'Period (2025, 五年来, 今年一季度, …) or NULL.';
COMMENT ON COLUMN v_indicator_series.value IS 'Number fully expanded: 2.5万 → 25000, 7.5亿元 → 750000000, 6.1% → 6.1.';
COMMENT ON COLUMN v_indicator_series.unit IS 'Unit counted (人, 家, 元, %, …); money always in 元.';
COMMENT ON COLUMN v_indicator_series.unit_category IS 'people, organizations, events, money, ratio, count, length or other.';
COMMENT ON COLUMN v_indicator_series.qualifier IS '余, 多, 超, 以上, 近, 约 or NULL.';
COMMENT ON COLUMN v_indicator_series.article_id IS 'Article stating the fact (join v_articles for its title).';
COMMENT ON COLUMN v_indicator_series.fact_id IS 'Fact id, as in v_metric_facts.';
COMMENT ON COLUMN v_indicator_series.sentence IS 'Sentence of the first mention.';
