CREATE TABLE dim_unit (
    unit_key       BIGINT PRIMARY KEY,
    unit           VARCHAR NOT NULL UNIQUE,
    unit_category  VARCHAR NOT NULL
);
COMMENT ON TABLE dim_unit IS 'Units of measure found after numbers (人, 家, 元, %, …) and their category.';
COMMENT ON COLUMN dim_unit.unit_key IS 'Surrogate key, stable for the same unit.';
COMMENT ON COLUMN dim_unit.unit IS 'Unit as counted after expansion (万元 is stored as 元).';
COMMENT ON COLUMN dim_unit.unit_category IS 'people, organizations, events, money, ratio, count, length or other.';
