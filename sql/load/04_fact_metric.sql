INSERT INTO fact_metric
SELECT
    f.fact_id,
    f.article_id,
    -- Keys: sql/load/00_macros.sql (a NULL indicator, region or period stays NULL).
    section_key(f.article_id, f.section_no),
    surrogate_key(f.indicator),
    surrogate_key(f.unit),
    surrogate_key(f.region),
    surrogate_key(f.period),
    f.value,
    f.qualifier,
    f.raw_text,
    f.sentence,
    f.mention_count,
    f.quality_flag,
    f.fact_no
FROM stg_fact AS f
ORDER BY f.article_id, f.fact_no;
