-- Rollups of the metrics module: pre-aggregated copies of the counted purchases (status COMPLETED) and of the sales,
-- which the indicators read instead of the raw rows. The raw tables stay the source of truth: every rollup can be
-- rebuilt from them (RollupService.rebuild), and each committed import adds its batch in the import's transaction.
-- No history tables: rollups are derived data, not records anyone changes (see
-- docs/decisions/2026-11-28-indicator-rollups.md). Attributes of the purchaser (region, type, kind, school type,
-- supervising department) are copied as they were when the purchase was rolled up; '' stands for "none" so that the
-- primary keys stay usable for the upsert (NULLs never collide in a unique key).
--
-- Keys: month_key = year * 100 + month (202603); period_key of grain M = month_key, Q = year * 10 + quarter (20261),
-- Y = year (2026). city_code is the prefecture of region_code (province-level units keep 230000).

CREATE TABLE rollup_purchase_month (
    month_key                   INT            NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    category_code               VARCHAR(40)    NOT NULL,
    channel_code                VARCHAR(40)    NOT NULL,
    donation                    BOOLEAN        NOT NULL,
    consignment                 BOOLEAN        NOT NULL,
    union_purchase              BOOLEAN        NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, region_code, school_type, supervising_department_code,
                 category_code, channel_code, donation, consignment, union_purchase)
);

CREATE TABLE rollup_purchase_day (
    on_day                      DATE           NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    category_code               VARCHAR(40)    NOT NULL,
    channel_code                VARCHAR(40)    NOT NULL,
    donation                    BOOLEAN        NOT NULL,
    consignment                 BOOLEAN        NOT NULL,
    union_purchase              BOOLEAN        NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    PRIMARY KEY (on_day, purchaser_type, budget_unit_kind, region_code, school_type, supervising_department_code,
                 category_code, channel_code, donation, consignment, union_purchase)
);

-- One row per purchaser and month, quarter and year in which it made counted purchases: participation (distinct
-- purchasers) and rankings of purchasers.
CREATE TABLE rollup_purchaser_period (
    grain                       CHAR(1)        NOT NULL,
    period_key                  INT            NOT NULL,
    purchaser_id                BIGINT         NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (grain, period_key, purchaser_id)
);

CREATE INDEX ix_rollup_purchaser_period_segment
    ON rollup_purchaser_period (grain, period_key, purchaser_type, budget_unit_kind, region_code);

-- Distinct participating purchasers per month, quarter and year and purchaser segment: the count of
-- rollup_purchaser_period rows, kept so that "schools that took part this year, by city" reads a few rows.
CREATE TABLE rollup_participation (
    grain                       CHAR(1)        NOT NULL,
    period_key                  INT            NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    purchasers                  BIGINT         NOT NULL,
    PRIMARY KEY (grain, period_key, purchaser_type, budget_unit_kind, region_code, school_type,
                 supervising_department_code)
);

-- One row per supplier (market entity), channel and month, quarter and year with counted purchases: active suppliers.
-- region_code is the supplier's county.
CREATE TABLE rollup_supplier_period (
    grain        CHAR(1)        NOT NULL,
    period_key   INT            NOT NULL,
    supplier_id  BIGINT         NOT NULL,
    channel_code VARCHAR(40)    NOT NULL,
    region_code  VARCHAR(6)     NOT NULL,
    city_code    VARCHAR(6)     NOT NULL,
    amount       DECIMAL(17, 2) NOT NULL,
    orders       BIGINT         NOT NULL,
    PRIMARY KEY (grain, period_key, channel_code, supplier_id)
);

CREATE TABLE rollup_sale_month (
    month_key           INT            NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    channel_kind        VARCHAR(20)    NOT NULL,
    buyer_type          VARCHAR(20)    NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, region_code, category_code, buyer_type, buyer_province_code)
);

CREATE TABLE rollup_sale_day (
    on_day              DATE           NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    channel_kind        VARCHAR(20)    NOT NULL,
    buyer_type          VARCHAR(20)    NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (on_day, channel_kind, channel_code, region_code, category_code, buyer_type, buyer_province_code)
);
