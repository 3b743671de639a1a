INSERT INTO fact_metric
SELECT
    f.fact_id,
    f.article_id,
    (md5_number(f.article_id || '#' || f.section_no::VARCHAR) >> 65)::BIGINT,
    CASE WHEN f.indicator IS NOT NULL THEN (md5_number(f.indicator) >> 65)::BIGINT END,
    (md5_number(f.unit) >> 65)::BIGINT,
    CASE WHEN f.region IS NOT NULL THEN (md5_number(f.region) >> 65)::BIGINT END,
    CASE WHEN f.period IS NOT NULL THEN (md5_number(f.period) >> 65)::BIGINT END,
    f.value,
    f.qualifier,
    f.raw_text,
    f.sentence,
    f.mention_count,
    f.quality_flag,
    f.fact_no
FROM stg_fact AS f
ORDER BY f.article_id, f.fact_no;
