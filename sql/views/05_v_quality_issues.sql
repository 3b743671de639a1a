CREATE VIEW v_quality_issues AS
SELECT source_file, article_id, stage, severity, issue, detail
FROM quality_issue
UNION ALL
SELECT a.source_file, f.article_id, 'extract', 'flagged', f.quality_flag,
       f.raw_text || ' in: ' || f.sentence
FROM fact_metric f
JOIN dim_article a USING (article_id)
WHERE f.quality_flag IS NOT NULL;
COMMENT ON VIEW v_quality_issues IS 'Every input file or fact that needs a person''s attention: rejected files and flagged facts.';
COMMENT ON COLUMN v_quality_issues.source_file IS 'File in RAW_DIR concerned.';
COMMENT ON COLUMN v_quality_issues.article_id IS 'Article id, NULL when the file was rejected before it became an article.';
COMMENT ON COLUMN v_quality_issues.stage IS 'decode, clean, dedup, extract or publish.';
COMMENT ON COLUMN v_quality_issues.severity IS 'rejected (not in the warehouse) or flagged (kept but doubtful).';
COMMENT ON COLUMN v_quality_issues.issue IS 'Short issue code.';
COMMENT ON COLUMN v_quality_issues.detail IS 'Explanation.';
