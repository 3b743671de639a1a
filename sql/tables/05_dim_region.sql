CREATE TABLE dim_region (
    region_key  BIGINT PRIMARY KEY,
    region      VARCHAR NOT NULL UNIQUE
);
COMMENT ON TABLE dim_region IS 'Places facts are about (province, city or county names).';
COMMENT ON COLUMN dim_region.region_key IS 'Surrogate key, stable for the same region name.';
COMMENT ON COLUMN dim_region.region IS 'Province, city or county name as written (河北, 张家口市, …).';
