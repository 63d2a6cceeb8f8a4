-- Purchaser rankings (metrics: SOEs and private enterprises by purchase amount and by 以购代捐) read the top rows of
-- one period and purchaser type in amount order from these indexes (backwards), instead of sorting all of that
-- period's rows of the type. Ties at the cut are broken by the higher purchaser id (the index order).
CREATE INDEX ix_rollup_purchaser_period_amount
    ON rollup_purchaser_period (grain, period_key, purchaser_type, amount);
CREATE INDEX ix_rollup_purchaser_period_donation
    ON rollup_purchaser_period (grain, period_key, purchaser_type, donation_amount);
