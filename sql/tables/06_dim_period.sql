CREATE TABLE dim_period (
    period_key  BIGINT PRIMARY KEY,
    period      VARCHAR NOT NULL UNIQUE
);
COMMENT ON TABLE dim_period IS 'Periods facts refer to (2017, 五年来, 十三大以来, …).';
COMMENT ON COLUMN dim_period.period_key IS 'Surrogate key, stable for the same period text.';
COMMENT ON COLUMN dim_period.period IS 'Period as stated in the article.';
