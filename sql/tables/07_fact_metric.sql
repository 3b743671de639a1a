CREATE TABLE fact_metric (
    fact_id        VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL REFERENCES dim_article (article_id),
    section_key    BIGINT REFERENCES dim_section (section_key),
    indicator_key  BIGINT REFERENCES dim_indicator (indicator_key),
    unit_key       BIGINT NOT NULL REFERENCES dim_unit (unit_key),
    region_key     BIGINT REFERENCES dim_region (region_key),
    period_key     BIGINT REFERENCES dim_period (period_key),
    value          DOUBLE NOT NULL,
    qualifier      VARCHAR,
    raw_text       VARCHAR NOT NULL,
    sentence       VARCHAR NOT NULL,
    mention_count  INTEGER NOT NULL,
    quality_flag   VARCHAR,
    fact_no        INTEGER NOT NULL
);
COMMENT ON TABLE fact_metric IS 'One row per distinct metric fact per article (a fact stated twice is one row with mention_count 2).';
COMMENT ON COLUMN fact_metric.fact_id IS 'Stable id: hash of article, value, unit and indicator.';
COMMENT ON COLUMN fact_metric.article_id IS 'Article stating the fact.';
COMMENT ON COLUMN fact_metric.section_key IS 'Section the first mention is in.';
COMMENT ON COLUMN fact_metric.indicator_key IS 'What the number measures.';
COMMENT ON COLUMN fact_metric.unit_key IS 'Unit of the value.';
COMMENT ON COLUMN fact_metric.region_key IS 'Place the fact is about.';
COMMENT ON COLUMN fact_metric.period_key IS 'Period the fact refers to.';
COMMENT ON COLUMN fact_metric.value IS 'Number fully expanded (2.5万 → 25000; money in 元).';
COMMENT ON COLUMN fact_metric.qualifier IS '余, 多, 超, 以上, 近, 约 or NULL.';
COMMENT ON COLUMN fact_metric.raw_text IS 'The number expression as written in the sentence (e.g. 2100多万人次).';
COMMENT ON COLUMN fact_metric.sentence IS 'Sentence of the first mention.';
COMMENT ON COLUMN fact_metric.mention_count IS 'How often the article states this fact.';
COMMENT ON COLUMN fact_metric.quality_flag IS 'NULL, or comma-joined reasons to check the fact: implausible_magnitude, nonstandard_numeral (the value), weak_indicator (no indicator, one that names no measure such as 增长 or 比重, or only the words of the figure’s clause where no rule named the measure).';
COMMENT ON COLUMN fact_metric.fact_no IS 'Order of first mention within the article.';
