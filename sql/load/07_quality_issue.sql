INSERT INTO quality_issue
SELECT source_file, article_id, stage, severity, issue, detail
FROM stg_issue
ORDER BY source_file, stage, issue, detail;
