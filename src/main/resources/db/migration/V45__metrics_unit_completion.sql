-- Budget-unit completion (metrics): the per-unit figures of the finance dashboard ("units below a completion rate"
-- and the per-unit completion list) as indexed range reads instead of joining every budget unit's share to its
-- purchases (O(budget units) per figure). Derived data like every rollup: no history tables.
--
-- rollup_unit_share: each budget unit's counted reserved share (submitted or approved) per year, with the unit's code,
-- region and supervising department as they were at the last registry refresh. It is the state the completion rows
-- were built from: a registry refresh compares it with the shares and purchasers now and rewrites only the units that
-- changed (RegistryRollups).
CREATE TABLE rollup_unit_share (
    share_year                  INT            NOT NULL,
    purchaser_id                BIGINT         NOT NULL,
    code                        VARCHAR(40)    NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    reserved_amount             DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (share_year, purchaser_id)
);

-- One row per budget unit with a counted share above zero and per month, quarter and year of the share's year
-- (grain and period_key as in rollup_purchaser_period): the share, the unit's counted purchases in that period
-- (rollup_purchaser_period.amount, 0 without purchases) and rate = completed × 100 / reserved rounded to 6 decimals.
-- The rate orders the list and bounds the range read; whether a unit is below a threshold t is decided exactly by
-- completed × 100 < t × reserved, which the covering indexes carry. Kept by the purchase import listener (completed)
-- and by the registry refresh (shares, purchasers).
CREATE TABLE rollup_unit_completion (
    grain                       CHAR(1)        NOT NULL,
    period_key                  INT            NOT NULL,
    purchaser_id                BIGINT         NOT NULL,
    code                        VARCHAR(40)    NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    reserved_amount             DECIMAL(17, 2) NOT NULL,
    completed_amount            DECIMAL(17, 2) NOT NULL,
    rate                        DECIMAL(24, 6) NOT NULL,
    PRIMARY KEY (grain, period_key, purchaser_id)
);

CREATE INDEX ix_unit_completion_rate
    ON rollup_unit_completion (grain, period_key, rate, code, completed_amount, reserved_amount);
CREATE INDEX ix_unit_completion_city_rate
    ON rollup_unit_completion (grain, period_key, city_code, rate, code, completed_amount, reserved_amount);
CREATE INDEX ix_unit_completion_county_rate
    ON rollup_unit_completion (grain, period_key, region_code, rate, code, completed_amount, reserved_amount);

-- Existing databases: move the registry mark so that the next registry figure refreshes, which fills both tables.
UPDATE rollup_registry_stamp SET purchaser_mark = -1, share_mark = -1, revision_mark = -1;
