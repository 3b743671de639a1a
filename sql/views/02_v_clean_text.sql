CREATE VIEW v_clean_text AS
SELECT article_id, paragraph_no, kind, text
FROM clean_paragraph;
COMMENT ON VIEW v_clean_text IS 'The cleaned article, one row per paragraph in reading order.';
COMMENT ON COLUMN v_clean_text.article_id IS 'Article id.';
COMMENT ON COLUMN v_clean_text.paragraph_no IS 'Position in reading order, 1..n.';
COMMENT ON COLUMN v_clean_text.kind IS 'lead, heading or body.';
COMMENT ON COLUMN v_clean_text.text IS 'Paragraph text (full-width punctuation, simplified characters).';
