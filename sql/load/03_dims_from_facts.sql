INSERT INTO dim_unit
SELECT surrogate_key(unit), unit, min(unit_category)
FROM stg_fact GROUP BY unit ORDER BY unit;

-- canonical_indicator is a function of the indicator text (pipelines/facts/canonical.py),
-- so any_value picks the one value every row of the group has.
INSERT INTO dim_indicator
SELECT surrogate_key(indicator), indicator, any_value(canonical_indicator)
FROM stg_fact WHERE indicator IS NOT NULL GROUP BY indicator ORDER BY indicator;

INSERT INTO dim_region
SELECT DISTINCT surrogate_key(region), region
FROM stg_fact WHERE region IS NOT NULL ORDER BY region;

INSERT INTO dim_period
SELECT DISTINCT surrogate_key(period), period
FROM stg_fact WHERE period IS NOT NULL ORDER BY period;
