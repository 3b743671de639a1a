-- Staged frames (stg_*) are registered by pipelines/warehouse/publish.py.
INSERT INTO dim_article
SELECT article_id, source_file, title, subtitle, byline, encoding, raw_chars
FROM stg_article
ORDER BY article_id;
