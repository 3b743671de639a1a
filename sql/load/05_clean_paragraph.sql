INSERT INTO clean_paragraph
SELECT
    article_id,
    paragraph_no,
    kind,
    text,
    raw_start,
    raw_end,
    (md5_number(article_id || '#' || section_no::VARCHAR) >> 65)::BIGINT
FROM stg_paragraph
ORDER BY article_id, paragraph_no;
