CREATE VIEW v_articles AS
SELECT
    a.article_id,
    a.source_file,
    a.title,
    a.subtitle,
    a.byline,
    (SELECT count(*) FROM clean_paragraph p WHERE p.article_id = a.article_id)::INTEGER AS n_paragraphs,
    (SELECT count(*) FROM fact_metric f WHERE f.article_id = a.article_id)::INTEGER AS n_facts,
    (SELECT count(*) FROM removed_block r
      WHERE r.article_id = a.article_id AND r.kind NOT LIKE 'suspected_%')::INTEGER AS n_removed
FROM dim_article a;
COMMENT ON VIEW v_articles IS 'One row per article: headline parts and counts of paragraphs, facts and removals.';
COMMENT ON COLUMN v_articles.article_id IS 'Stable id derived from the article content.';
COMMENT ON COLUMN v_articles.source_file IS 'File in RAW_DIR the article came from.';
COMMENT ON COLUMN v_articles.title IS 'Headline.';
COMMENT ON COLUMN v_articles.subtitle IS 'Subtitle or pre-title, NULL if none.';
COMMENT ON COLUMN v_articles.byline IS 'Reporter names as printed, NULL if none.';
COMMENT ON COLUMN v_articles.n_paragraphs IS 'Paragraphs kept in v_clean_text.';
COMMENT ON COLUMN v_articles.n_facts IS 'Distinct metric facts in v_metric_facts.';
COMMENT ON COLUMN v_articles.n_removed IS 'Rows in v_removed_blocks for this article (flags of kind suspected_* not counted).';
