-- Surrogate keys: sql/load/00_macros.sql.
INSERT INTO dim_section
SELECT
    section_key(article_id, section_no) AS section_key,
    article_id,
    section_no,
    section AS heading
FROM stg_section
ORDER BY article_id, section_no;
