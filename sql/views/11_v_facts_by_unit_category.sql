CREATE VIEW v_facts_by_unit_category AS
SELECT
    unit_category,
    unit,
    count(*)::INTEGER AS n_facts,
    count(DISTINCT article_id)::INTEGER AS n_articles,
    -- In a fixed order: a DOUBLE sum otherwise depends on how threads split the rows.
    sum(value ORDER BY fact_id) AS total_value,
    max(value) AS max_value
FROM v_metric_facts
GROUP BY ALL;
COMMENT ON VIEW v_facts_by_unit_category IS 'Facts per unit category and unit over all articles (sums only make sense within one unit).';
COMMENT ON COLUMN v_facts_by_unit_category.unit_category IS 'people, organizations, events, money, ratio, count, length or other.';
COMMENT ON COLUMN v_facts_by_unit_category.unit IS 'Unit.';
COMMENT ON COLUMN v_facts_by_unit_category.n_facts IS 'Number of facts.';
COMMENT ON COLUMN v_facts_by_unit_category.n_articles IS 'Articles stating at least one of them.';
COMMENT ON COLUMN v_facts_by_unit_category.total_value IS 'Sum of values (same unit only).';
COMMENT ON COLUMN v_facts_by_unit_category.max_value IS 'Largest value.';
