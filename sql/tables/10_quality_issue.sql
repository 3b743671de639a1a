CREATE TABLE quality_issue (
    source_file  VARCHAR NOT NULL,
    article_id   VARCHAR,
    stage        VARCHAR NOT NULL CHECK (stage IN ('decode', 'clean', 'dedup', 'extract', 'publish')),
    severity     VARCHAR NOT NULL CHECK (severity IN ('rejected', 'flagged')),
    issue        VARCHAR NOT NULL,
    detail       VARCHAR
);
COMMENT ON TABLE quality_issue IS 'Input files and facts that need a person''s attention.';
COMMENT ON COLUMN quality_issue.source_file IS 'File in RAW_DIR concerned.';
COMMENT ON COLUMN quality_issue.article_id IS 'Article id, NULL when the file was rejected before it became an article.';
COMMENT ON COLUMN quality_issue.stage IS 'Pipeline stage that raised it: decode, clean, dedup, extract or publish.';
COMMENT ON COLUMN quality_issue.severity IS 'rejected (file not in the warehouse) or flagged (kept, but doubtful).';
COMMENT ON COLUMN quality_issue.issue IS 'Short issue code.';
COMMENT ON COLUMN quality_issue.detail IS 'Explanation in words.';
