-- Surrogate keys are md5-derived so the same input always gets the same key.
INSERT INTO dim_section
SELECT
    (md5_number(article_id || '#' || section_no::VARCHAR) >> 65)::BIGINT AS section_key,
    article_id,
    section_no,
    section AS heading
FROM stg_section
ORDER BY article_id, section_no;
