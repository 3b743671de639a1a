CREATE VIEW v_removed_blocks AS
SELECT article_id, kind, text, raw_start, raw_end, reason
FROM removed_block;
COMMENT ON VIEW v_removed_blocks IS 'Everything taken out of the raw text, one row per removal; kind suspected_* marks text kept but flagged.';
COMMENT ON COLUMN v_removed_blocks.article_id IS 'Article id (for duplicate_article: the article that was kept).';
COMMENT ON COLUMN v_removed_blocks.kind IS 'duplicate_block, stray_fragment, phrase_stutter, repeated_sentence, caption, photo_credit, byline, duplicate_article or suspected_*.';
COMMENT ON COLUMN v_removed_blocks.text IS 'The removed text.';
COMMENT ON COLUMN v_removed_blocks.raw_start IS 'Start character offset in the decoded raw text.';
COMMENT ON COLUMN v_removed_blocks.raw_end IS 'End character offset (exclusive) in the decoded raw text.';
COMMENT ON COLUMN v_removed_blocks.reason IS 'Why it was removed.';
