CREATE TABLE dim_section (
    section_key  BIGINT PRIMARY KEY,
    article_id   VARCHAR NOT NULL REFERENCES dim_article (article_id),
    section_no   INTEGER NOT NULL,
    heading      VARCHAR
);
COMMENT ON TABLE dim_section IS 'Sections of each article: the text under one heading (section_no 0 = before the first heading).';
COMMENT ON COLUMN dim_section.section_key IS 'Surrogate key, stable for the same article and section number.';
COMMENT ON COLUMN dim_section.article_id IS 'Article the section belongs to.';
COMMENT ON COLUMN dim_section.section_no IS 'Order of the section in the article, 0 for the lead before any heading.';
COMMENT ON COLUMN dim_section.heading IS 'Heading text, NULL for the lead section.';
