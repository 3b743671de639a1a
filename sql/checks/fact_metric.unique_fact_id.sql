-- No fact_id occurs twice in fact_metric. Rows returned are problems.
SELECT fact_id, count(*) AS n
FROM fact_metric
GROUP BY fact_id
HAVING count(*) > 1
ORDER BY fact_id;
