-- Every key of fact_metric names an existing row of its dimension. Rows returned are problems.
SELECT fact_id, 'article_id' AS key FROM fact_metric ANTI JOIN dim_article USING (article_id)
UNION ALL
SELECT fact_id, 'section_key' FROM fact_metric
WHERE section_key IS NOT NULL AND section_key NOT IN (SELECT section_key FROM dim_section)
UNION ALL
SELECT fact_id, 'unit_key' FROM fact_metric ANTI JOIN dim_unit USING (unit_key)
UNION ALL
SELECT fact_id, 'indicator_key' FROM fact_metric
WHERE indicator_key IS NOT NULL AND indicator_key NOT IN (SELECT indicator_key FROM dim_indicator)
UNION ALL
SELECT fact_id, 'region_key' FROM fact_metric
WHERE region_key IS NOT NULL AND region_key NOT IN (SELECT region_key FROM dim_region)
UNION ALL
SELECT fact_id, 'period_key' FROM fact_metric
WHERE period_key IS NOT NULL AND period_key NOT IN (SELECT period_key FROM dim_period)
ORDER BY ALL;
