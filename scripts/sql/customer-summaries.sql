-- Per-customer purchase summaries in one GROUP BY over the orders table (docs/database.md,
-- "Scale"): what the analysis needs of every customer when a shard reads only its own orders.
-- A purchase is one customer-day (orders on the same day summed), as in the analysis.
-- :'as_of' is a psql variable: psql -v as_of=2025-12-31 -f customer-summaries.sql
WITH days AS (
    SELECT customer_id, date, sum(amount) AS amount
    FROM orders
    WHERE date <= :'as_of'::date
    GROUP BY customer_id, date
), gaps AS (
    SELECT customer_id, date, amount,
           date - lag(date) OVER (PARTITION BY customer_id ORDER BY date) AS gap
    FROM days
)
SELECT customer_id,
       count(*) AS purchase_days,
       sum(amount) AS revenue,
       min(date) AS first_purchase,
       max(date) AS last_purchase,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) AS median_interval_days,
       count(*) - 1 AS x,
       (max(date) - min(date)) / 7.0 AS t_x,
       (:'as_of'::date - min(date)) / 7.0 AS t,
       avg(amount) AS mean_purchase_value
FROM gaps
GROUP BY customer_id;
