CREATE VIEW v_dedup_report AS
SELECT
    r.article_id,
    a.source_file,
    r.kind,
    count(*)::INTEGER AS n_removals,
    sum(length(r.text))::INTEGER AS chars_removed,
    round(sum(length(r.text)) / nullif(max(a.raw_chars), 0), 4) AS share_of_raw_text
FROM removed_block r
JOIN dim_article a USING (article_id)
GROUP BY ALL;
COMMENT ON VIEW v_dedup_report IS 'Removals per article and kind: how much text each kind of cleanup took out.';
COMMENT ON COLUMN v_dedup_report.article_id IS 'Article id.';
COMMENT ON COLUMN v_dedup_report.source_file IS 'File name.';
COMMENT ON COLUMN v_dedup_report.kind IS 'Removal kind.';
COMMENT ON COLUMN v_dedup_report.n_removals IS 'Number of removals.';
COMMENT ON COLUMN v_dedup_report.chars_removed IS 'Characters removed.';
COMMENT ON COLUMN v_dedup_report.share_of_raw_text IS 'chars_removed divided by the raw text length (duplicate_article rows can exceed 1: the text is the other file).';
