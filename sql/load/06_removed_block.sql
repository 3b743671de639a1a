-- Numbered here, by raw offset, once the duplicate_article removals have joined the rest.
INSERT INTO removed_block
SELECT
    article_id,
    row_number() OVER (
        PARTITION BY article_id ORDER BY raw_start, raw_end, kind, text, reason
    ) AS removal_no,
    kind,
    text,
    raw_start,
    raw_end,
    reason
FROM stg_removal
ORDER BY article_id, removal_no;
