-- In the build of a new warehouse file: the staging database is attached as `huibao_staging`, and
-- publish.py has registered current_file (article id → the file in RAW_DIR that names it now),
-- kept_article (article ids after duplicate folding), extra_removal (their duplicate_article
-- removals) and rejected_file (unreadable inputs).
-- These views give the load scripts (sql/load) the same stg_* inputs as in-memory frames.
-- Staged rows hold no file names: every name comes from current_file, so a renamed or moved
-- file is named as it is now, and an article whose files are gone is left out.
CREATE TEMP VIEW stg_article AS
SELECT s.article_id, f.source_file, s.title, s.subtitle, s.byline, s.encoding, s.raw_chars
FROM huibao_staging.stg_article s
JOIN current_file f USING (article_id)
SEMI JOIN kept_article USING (article_id);

CREATE TEMP VIEW stg_section AS
SELECT article_id, section_no, section
FROM huibao_staging.stg_section SEMI JOIN kept_article USING (article_id);

CREATE TEMP VIEW stg_paragraph AS
SELECT article_id, paragraph_no, kind, text, raw_start, raw_end, section_no, section
FROM huibao_staging.stg_paragraph SEMI JOIN kept_article USING (article_id);

CREATE TEMP VIEW stg_removal AS
SELECT article_id, kind, text, raw_start, raw_end, reason
FROM huibao_staging.stg_removal SEMI JOIN kept_article USING (article_id)
UNION ALL
SELECT article_id, kind, text, raw_start, raw_end, reason FROM extra_removal;

CREATE TEMP VIEW stg_fact AS
SELECT article_id, fact_id, fact_no, section_no, section, indicator, canonical_indicator, value,
       unit, unit_category, qualifier, region, period, sentence, raw_text, mention_count,
       quality_flag
FROM huibao_staging.stg_fact SEMI JOIN kept_article USING (article_id);

CREATE TEMP VIEW stg_issue AS
SELECT coalesce(f.source_file, s.source_file) AS source_file, s.article_id, s.stage, s.severity,
       s.issue, s.detail
FROM huibao_staging.stg_issue s
LEFT JOIN current_file f USING (article_id)
WHERE s.article_id IS NULL OR f.article_id IS NOT NULL
UNION ALL
SELECT source_file, article_id, stage, severity, issue, detail FROM rejected_file;
