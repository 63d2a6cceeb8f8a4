-- Year-to-month rows (grain 'T', period_key yyyyMM: January 1 to the end of that month) for databases that already
-- hold purchases: the per-purchaser rows and their participation counts, from the monthly per-purchaser rows. Only the
-- months 2 and 4..11 have such rows (January is grain 'M', January to March grain 'Q', the whole year grain 'Y').
-- From here on the imports keep them (metrics.rollup.RollupWriter) and a rebuild makes them with the same statement.
-- Each monthly row carries its purchaser's running totals of the year and stands for the year-to-month periods from
-- its month up to the month before the purchaser's next monthly row of that year.
INSERT INTO rollup_purchaser_period (grain, period_key, purchaser_id, region_code, city_code, purchaser_type,
                                     budget_unit_kind, school_type, supervising_department_code, amount, orders,
                                     donation_amount, consignment_amount)
SELECT 'T', c.y * 100 + t.m, c.purchaser_id, c.region_code, c.city_code, c.purchaser_type, c.budget_unit_kind,
       c.school_type, c.supervising_department_code, c.amount, c.orders, c.donation_amount, c.consignment_amount
FROM (SELECT purchaser_id, region_code, city_code, purchaser_type, budget_unit_kind, school_type,
             supervising_department_code, FLOOR(period_key / 100) AS y, MOD(period_key, 100) AS m,
             COALESCE(LEAD(MOD(period_key, 100))
                 OVER (PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key), 13) AS next_m,
             SUM(amount) OVER (PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key
                 ROWS UNBOUNDED PRECEDING) AS amount,
             SUM(orders) OVER (PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key
                 ROWS UNBOUNDED PRECEDING) AS orders,
             SUM(donation_amount) OVER (PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key
                 ROWS UNBOUNDED PRECEDING) AS donation_amount,
             SUM(consignment_amount) OVER (PARTITION BY purchaser_id, FLOOR(period_key / 100) ORDER BY period_key
                 ROWS UNBOUNDED PRECEDING) AS consignment_amount
      FROM rollup_purchaser_period
      WHERE grain = 'M') c
JOIN (SELECT 2 AS m UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
      UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11) t ON t.m >= c.m AND t.m < c.next_m;

INSERT INTO rollup_participation (grain, period_key, region_code, city_code, purchaser_type, budget_unit_kind,
                                  school_type, supervising_department_code, purchasers)
SELECT grain, period_key, region_code, city_code, purchaser_type, budget_unit_kind, school_type,
       supervising_department_code, COUNT(*)
FROM rollup_purchaser_period
WHERE grain = 'T'
GROUP BY grain, period_key, region_code, city_code, purchaser_type, budget_unit_kind, school_type,
         supervising_department_code;
