-- In the build of a new warehouse file: the staging database is attached as `huibao_staging`, and
-- publish.py has registered kept_article (article ids after duplicate folding),
-- extra_removal (their duplicate_article removals) and rejected_file (unreadable inputs).
-- These views give the load scripts (sql/load) the same stg_* inputs as in-memory frames.
CREATE TEMP VIEW stg_article AS
SELECT article_id, source_file, title, subtitle, byline, encoding, raw_chars
FROM huibao_staging.stg_article SEMI JOIN kept_article USING (article_id);

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
SELECT source_file, article_id, stage, severity, issue, detail FROM huibao_staging.stg_issue
UNION ALL
SELECT source_file, article_id, stage, severity, issue, detail FROM rejected_file;
