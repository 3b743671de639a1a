-- Surrogate keys are md5-derived so the same input always gets the same key: the top 63 bits
-- of the value's md5, as a BIGINT. One definition for every dimension key (a temporary macro:
-- it lives only while the load runs, the published file does not carry it).
CREATE OR REPLACE TEMP MACRO surrogate_key(value) AS (md5_number(value) >> 65)::BIGINT;
CREATE OR REPLACE TEMP MACRO section_key(article_id, section_no) AS
    surrogate_key(article_id || '#' || section_no::VARCHAR);
