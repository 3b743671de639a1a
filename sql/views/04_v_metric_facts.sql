CREATE VIEW v_metric_facts AS
SELECT
    f.article_id,
    f.fact_id,
    s.heading AS section,
    i.indicator,
    f.value,
    u.unit,
    u.unit_category,
    f.qualifier,
    r.region,
    p.period,
    f.sentence,
    f.mention_count,
    f.quality_flag
FROM fact_metric f
JOIN dim_unit u USING (unit_key)
LEFT JOIN dim_section s USING (section_key)
LEFT JOIN dim_indicator i USING (indicator_key)
LEFT JOIN dim_region r USING (region_key)
LEFT JOIN dim_period p USING (period_key);
COMMENT ON VIEW v_metric_facts IS 'One row per distinct metric fact per article, with its dimensions resolved.';
COMMENT ON COLUMN v_metric_facts.article_id IS 'Article id.';
COMMENT ON COLUMN v_metric_facts.fact_id IS 'Stable fact id.';
COMMENT ON COLUMN v_metric_facts.section IS 'Heading of the section the fact is stated in (NULL in the lead).';
COMMENT ON COLUMN v_metric_facts.indicator IS 'Short noun phrase the number measures.';
COMMENT ON COLUMN v_metric_facts.value IS 'Number fully expanded: 2.5万 → 25000, 7.5亿元 → 750000000, 6.1% → 6.1.';
COMMENT ON COLUMN v_metric_facts.unit IS 'Unit counted (人, 家, 元, %, …); money always in 元.';
COMMENT ON COLUMN v_metric_facts.unit_category IS 'people, organizations, events, money, ratio, count, length or other.';
COMMENT ON COLUMN v_metric_facts.qualifier IS '余, 多, 超, 以上, 近, 约 or NULL.';
COMMENT ON COLUMN v_metric_facts.region IS 'Province, city or county the fact is about, or NULL.';
COMMENT ON COLUMN v_metric_facts.period IS 'Period (2017, 五年来, …) or NULL.';
COMMENT ON COLUMN v_metric_facts.sentence IS 'Sentence of the first mention.';
COMMENT ON COLUMN v_metric_facts.mention_count IS 'How often the article states the fact (lead + body = 2).';
COMMENT ON COLUMN v_metric_facts.quality_flag IS 'NULL or why the value is doubtful.';
