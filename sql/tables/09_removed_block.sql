CREATE TABLE removed_block (
    article_id  VARCHAR NOT NULL REFERENCES dim_article (article_id),
    removal_no  INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    raw_start   INTEGER NOT NULL,
    raw_end     INTEGER NOT NULL,
    reason      VARCHAR NOT NULL,
    PRIMARY KEY (article_id, removal_no)
);
COMMENT ON TABLE removed_block IS 'Everything taken out of the raw text (or flagged, kind suspected_*), one row per removal.';
COMMENT ON COLUMN removed_block.article_id IS 'Article the text was removed from (for duplicate_article: the article that was kept).';
COMMENT ON COLUMN removed_block.removal_no IS 'Order of the removal by raw offset.';
COMMENT ON COLUMN removed_block.kind IS 'duplicate_block, stray_fragment, phrase_stutter, repeated_sentence, caption, photo_credit, byline, duplicate_article, or suspected_* for flags that kept the text.';
COMMENT ON COLUMN removed_block.text IS 'The removed text.';
COMMENT ON COLUMN removed_block.raw_start IS 'Start offset in the decoded raw text.';
COMMENT ON COLUMN removed_block.raw_end IS 'End offset (exclusive) in the decoded raw text.';
COMMENT ON COLUMN removed_block.reason IS 'Why it was removed, in words.';
