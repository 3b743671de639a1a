CREATE TABLE dim_indicator (
    indicator_key  BIGINT PRIMARY KEY,
    indicator      VARCHAR NOT NULL UNIQUE
);
COMMENT ON TABLE dim_indicator IS 'What numbers measure: short noun phrases such as 职工书屋 or 创新工作室.';
COMMENT ON COLUMN dim_indicator.indicator_key IS 'Surrogate key, stable for the same indicator text.';
COMMENT ON COLUMN dim_indicator.indicator IS 'The noun phrase the number counts.';
