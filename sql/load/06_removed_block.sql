INSERT INTO removed_block
SELECT article_id, removal_no, kind, text, raw_start, raw_end, reason
FROM stg_removal
ORDER BY article_id, removal_no;
