INSERT INTO clean_paragraph
SELECT
    article_id,
    paragraph_no,
    kind,
    text,
    raw_start,
    raw_end,
    section_key(article_id, section_no)
FROM stg_paragraph
ORDER BY article_id, paragraph_no;
