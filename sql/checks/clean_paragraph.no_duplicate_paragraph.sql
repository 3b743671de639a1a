-- No paragraph of 12+ characters occurs twice in one article after dedup. Rows returned are problems.
SELECT article_id, left(text, 20) AS paragraph, count(*) AS n
FROM clean_paragraph
WHERE length(text) >= 12
GROUP BY article_id, text
HAVING count(*) > 1
ORDER BY ALL;
