CREATE VIEW v_article_overview AS
SELECT
    a.article_id,
    a.source_file,
    a.title,
    a.subtitle,
    a.byline,
    d.encoding,
    d.raw_chars,
    a.n_paragraphs,
    (SELECT count(*) FROM clean_paragraph p
      WHERE p.article_id = a.article_id AND p.kind = 'heading')::INTEGER AS n_headings,
    (SELECT coalesce(sum(length(p.text)), 0) FROM clean_paragraph p
      WHERE p.article_id = a.article_id)::INTEGER AS clean_chars,
    a.n_facts,
    (SELECT count(*) FROM fact_metric f
      WHERE f.article_id = a.article_id AND f.quality_flag IS NOT NULL)::INTEGER AS n_flagged_facts,
    a.n_removed,
    (SELECT count(*) FROM removed_block r
      WHERE r.article_id = a.article_id AND r.kind = 'duplicate_article')::INTEGER AS n_duplicate_files
FROM v_articles a
JOIN dim_article d USING (article_id);
COMMENT ON VIEW v_article_overview IS 'One wide row per article for a BI table: header, sizes and counts.';
COMMENT ON COLUMN v_article_overview.article_id IS 'Article id.';
COMMENT ON COLUMN v_article_overview.source_file IS 'File name.';
COMMENT ON COLUMN v_article_overview.title IS 'Headline.';
COMMENT ON COLUMN v_article_overview.subtitle IS 'Subtitle.';
COMMENT ON COLUMN v_article_overview.byline IS 'Byline.';
COMMENT ON COLUMN v_article_overview.encoding IS 'Detected encoding of the file.';
COMMENT ON COLUMN v_article_overview.raw_chars IS 'Characters in the decoded raw text.';
COMMENT ON COLUMN v_article_overview.n_paragraphs IS 'Paragraphs kept.';
COMMENT ON COLUMN v_article_overview.n_headings IS 'Section headings.';
COMMENT ON COLUMN v_article_overview.clean_chars IS 'Characters in the cleaned text.';
COMMENT ON COLUMN v_article_overview.n_facts IS 'Distinct metric facts.';
COMMENT ON COLUMN v_article_overview.n_flagged_facts IS 'Facts with a quality flag.';
COMMENT ON COLUMN v_article_overview.n_removed IS 'Removals (flags not counted).';
COMMENT ON COLUMN v_article_overview.n_duplicate_files IS 'Other files found to hold the same article.';
