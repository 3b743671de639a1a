CREATE VIEW v_facts_by_section AS
SELECT
    f.article_id,
    coalesce(f.section, '(lead)') AS section,
    count(*)::INTEGER AS n_facts,
    count(DISTINCT f.unit_category)::INTEGER AS n_unit_categories,
    sum(f.mention_count)::INTEGER AS n_mentions,
    count(f.quality_flag)::INTEGER AS n_flagged
FROM v_metric_facts f
GROUP BY ALL;
COMMENT ON VIEW v_facts_by_section IS 'Facts per article and section (the lead before the first heading is "(lead)").';
COMMENT ON COLUMN v_facts_by_section.article_id IS 'Article id.';
COMMENT ON COLUMN v_facts_by_section.section IS 'Section heading, or (lead).';
COMMENT ON COLUMN v_facts_by_section.n_facts IS 'Distinct facts in the section.';
COMMENT ON COLUMN v_facts_by_section.n_unit_categories IS 'Distinct unit categories among them.';
COMMENT ON COLUMN v_facts_by_section.n_mentions IS 'Mentions of those facts in the whole article.';
COMMENT ON COLUMN v_facts_by_section.n_flagged IS 'Facts with a quality flag.';
