CREATE VIEW v_dedup_report AS
SELECT
    r.article_id,
    a.source_file,
    r.kind,
    count(*)::INTEGER AS n_removals,
    sum(CASE WHEN r.kind LIKE 'suspected_%' THEN 0 ELSE length(r.text) END)::INTEGER AS chars_removed,
    round(
        sum(CASE WHEN r.kind LIKE 'suspected_%' THEN 0 ELSE length(r.text) END)
        / nullif(max(a.raw_chars), 0),
        4
    ) AS share_of_raw_text
FROM removed_block r
JOIN dim_article a USING (article_id)
GROUP BY ALL;
COMMENT ON VIEW v_dedup_report IS 'Removals per article and kind: how much text each kind of cleanup took out.';
COMMENT ON COLUMN v_dedup_report.article_id IS 'Article id.';
COMMENT ON COLUMN v_dedup_report.source_file IS 'File name.';
COMMENT ON COLUMN v_dedup_report.kind IS 'Removal kind.';
COMMENT ON COLUMN v_dedup_report.n_removals IS 'Number of removals (or flags, for suspected_* kinds).';
COMMENT ON COLUMN v_dedup_report.chars_removed IS 'Characters removed (0 for suspected_* flags, whose text was kept).';
COMMENT ON COLUMN v_dedup_report.share_of_raw_text IS 'chars_removed divided by the raw text length (duplicate_article rows can exceed 1: the text is the other file).';
