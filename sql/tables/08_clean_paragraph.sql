CREATE TABLE clean_paragraph (
    article_id    VARCHAR NOT NULL REFERENCES dim_article (article_id),
    paragraph_no  INTEGER NOT NULL,
    kind          VARCHAR NOT NULL CHECK (kind IN ('lead', 'heading', 'body')),
    text          VARCHAR NOT NULL,
    raw_start     INTEGER NOT NULL,
    raw_end       INTEGER NOT NULL,
    section_key   BIGINT REFERENCES dim_section (section_key),
    PRIMARY KEY (article_id, paragraph_no)
);
COMMENT ON TABLE clean_paragraph IS 'The cleaned, deduplicated text of each article, one row per paragraph.';
COMMENT ON COLUMN clean_paragraph.article_id IS 'Article the paragraph belongs to.';
COMMENT ON COLUMN clean_paragraph.paragraph_no IS 'Position in reading order, 1..n.';
COMMENT ON COLUMN clean_paragraph.kind IS 'lead (before the first heading), heading or body.';
COMMENT ON COLUMN clean_paragraph.text IS 'Paragraph text: full-width punctuation, simplified characters.';
COMMENT ON COLUMN clean_paragraph.raw_start IS 'Offset of the first character in the decoded raw text.';
COMMENT ON COLUMN clean_paragraph.raw_end IS 'Offset just after the last character in the decoded raw text.';
COMMENT ON COLUMN clean_paragraph.section_key IS 'Section the paragraph is in.';
