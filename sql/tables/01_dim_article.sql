CREATE TABLE dim_article (
    article_id   VARCHAR PRIMARY KEY,
    source_file  VARCHAR NOT NULL,
    title        VARCHAR,
    subtitle     VARCHAR,
    byline       VARCHAR,
    encoding     VARCHAR,
    raw_chars    INTEGER NOT NULL
);
COMMENT ON TABLE dim_article IS 'One row per distinct article (duplicates of another file are in removed_block).';
COMMENT ON COLUMN dim_article.article_id IS 'Stable id: hash of the normalized article text, independent of the file name.';
COMMENT ON COLUMN dim_article.source_file IS 'File name in RAW_DIR the article was read from.';
COMMENT ON COLUMN dim_article.title IS 'Headline (first line of the page).';
COMMENT ON COLUMN dim_article.subtitle IS 'Subtitle or pre-title (the ——… line), without the dashes.';
COMMENT ON COLUMN dim_article.byline IS 'Reporter and correspondent names as printed (本报记者 …).';
COMMENT ON COLUMN dim_article.encoding IS 'Encoding the raw bytes were decoded with (utf-8, utf-8-sig, gb18030, utf-16).';
COMMENT ON COLUMN dim_article.raw_chars IS 'Length of the decoded raw text in characters.';
