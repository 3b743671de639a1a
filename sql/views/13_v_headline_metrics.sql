CREATE VIEW v_headline_metrics AS
SELECT
    article_id,
    unit_category,
    rank_in_category,
    indicator,
    value,
    unit,
    qualifier,
    region,
    sentence
FROM (
    SELECT
        f.*,
        row_number() OVER (
            PARTITION BY f.article_id, f.unit_category
            ORDER BY f.value DESC, f.fact_id
        )::INTEGER AS rank_in_category
    FROM v_metric_facts f
    WHERE f.quality_flag IS NULL
)
WHERE rank_in_category <= 3;
COMMENT ON VIEW v_headline_metrics IS 'The three largest unflagged facts per article and unit category.';
COMMENT ON COLUMN v_headline_metrics.article_id IS 'Article id.';
COMMENT ON COLUMN v_headline_metrics.unit_category IS 'Unit category.';
COMMENT ON COLUMN v_headline_metrics.rank_in_category IS '1 = largest value in this article and category.';
COMMENT ON COLUMN v_headline_metrics.indicator IS 'What the number measures.';
COMMENT ON COLUMN v_headline_metrics.value IS 'Value, fully expanded.';
COMMENT ON COLUMN v_headline_metrics.unit IS 'Unit.';
COMMENT ON COLUMN v_headline_metrics.qualifier IS 'Qualifier (余, 多, …) or NULL.';
COMMENT ON COLUMN v_headline_metrics.region IS 'Region.';
COMMENT ON COLUMN v_headline_metrics.sentence IS 'Source sentence.';
