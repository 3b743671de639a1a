CREATE VIEW v_facts_by_region AS
SELECT
    coalesce(region, '(unknown)') AS region,
    unit_category,
    count(*)::INTEGER AS n_facts,
    count(DISTINCT article_id)::INTEGER AS n_articles
FROM v_metric_facts
GROUP BY ALL;
COMMENT ON VIEW v_facts_by_region IS 'Facts per region and unit category.';
COMMENT ON COLUMN v_facts_by_region.region IS 'Region name, (unknown) when the fact names none and the article has no default region.';
COMMENT ON COLUMN v_facts_by_region.unit_category IS 'Unit category.';
COMMENT ON COLUMN v_facts_by_region.n_facts IS 'Number of facts.';
COMMENT ON COLUMN v_facts_by_region.n_articles IS 'Articles stating them.';
