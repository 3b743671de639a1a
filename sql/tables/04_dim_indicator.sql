CREATE TABLE dim_indicator (
    indicator_key        BIGINT PRIMARY KEY,
    indicator            VARCHAR NOT NULL UNIQUE,
    canonical_indicator  VARCHAR NOT NULL
);
COMMENT ON TABLE dim_indicator IS 'What numbers measure: short noun phrases such as 职工书屋 or 创新工作室, each with the canonical name of its measure.';
COMMENT ON COLUMN dim_indicator.indicator_key IS 'Surrogate key, stable for the same indicator text.';
COMMENT ON COLUMN dim_indicator.indicator IS 'The noun phrase the number counts, as written in the article.';
COMMENT ON COLUMN dim_indicator.canonical_indicator IS 'One name per measure written differently (新增城镇就业 and 城镇新增就业人数 → 城镇新增就业; GDP → 国内生产总值), from pipelines/data/indicator_synonyms.tsv and the rules in pipelines/facts/canonical.py.';
