-- More narrow rollups (metrics), for the dashboard figures that still read the full monthly tables: a figure reads the
-- smallest table that has every column it filters or groups on (metrics.rollup.Cubes), and before these a county cut
-- on the platforms' turnover or on sales to Guangdong, or Guangdong's sales by category within a prefecture, read every
-- row of rollup_purchase_month / rollup_sale_month in the period. Derived data: no history tables. Filled here from
-- the wider rollups (existing databases), afterwards by the import listeners and RollupWriter.rebuild.

CREATE TABLE rollup_purchase_county_channel_month (
    month_key                   INT            NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    channel_code                VARCHAR(40)    NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, channel_code, purchaser_type, budget_unit_kind, region_code, school_type)
);

INSERT INTO rollup_purchase_county_channel_month (month_key, region_code, city_code, channel_code, purchaser_type,
        budget_unit_kind, school_type, amount, orders, donation_amount, consignment_amount)
SELECT month_key, region_code, city_code, channel_code, purchaser_type, budget_unit_kind, school_type, SUM(amount),
       SUM(orders), SUM(CASE WHEN donation THEN amount ELSE 0 END), SUM(CASE WHEN consignment THEN amount ELSE 0 END)
FROM rollup_purchase_month
GROUP BY month_key, region_code, city_code, channel_code, purchaser_type, budget_unit_kind, school_type;

CREATE TABLE rollup_sale_province_county_month (
    month_key           INT            NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (buyer_province_code, month_key, channel_kind, channel_code, region_code)
);

INSERT INTO rollup_sale_province_county_month (month_key, buyer_province_code, region_code, city_code, channel_kind,
        channel_code, amount, records)
SELECT month_key, buyer_province_code, region_code, city_code, channel_kind, channel_code, SUM(amount), SUM(records)
FROM rollup_sale_month
GROUP BY month_key, buyer_province_code, region_code, city_code, channel_kind, channel_code;

-- Keyed by the buyer's province and the prefecture first: Guangdong's sales within one prefecture or county are one
-- short range whatever the months.
CREATE TABLE rollup_sale_province_county_category_month (
    month_key           INT            NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (buyer_province_code, city_code, month_key, region_code, category_code, channel_kind, channel_code)
);

CREATE INDEX ix_rollup_sale_pcc_county
    ON rollup_sale_province_county_category_month (buyer_province_code, region_code, month_key);

INSERT INTO rollup_sale_province_county_category_month (month_key, buyer_province_code, region_code, city_code,
        category_code, channel_kind, channel_code, amount, records)
SELECT month_key, buyer_province_code, region_code, city_code, category_code, channel_kind, channel_code, SUM(amount),
       SUM(records)
FROM rollup_sale_month
GROUP BY month_key, buyer_province_code, region_code, city_code, category_code, channel_kind, channel_code;

-- Suppliers active through the purchase platforms (metrics Measure.PLATFORMS: PLATFORM_832, XIAOKANG_LONGJIANG) per
-- month, quarter and year and supplier county: the distinct count of their rollup_supplier_period rows, kept so that
-- the supply cooperative's "active suppliers" and its monthly trend read a few rows instead of counting distinct
-- suppliers over every month's rows.
CREATE TABLE rollup_platform_supplier_count (
    grain       CHAR(1)    NOT NULL,
    period_key  INT        NOT NULL,
    region_code VARCHAR(6) NOT NULL,
    city_code   VARCHAR(6) NOT NULL,
    suppliers   BIGINT     NOT NULL,
    PRIMARY KEY (grain, period_key, region_code)
);

INSERT INTO rollup_platform_supplier_count (grain, period_key, region_code, city_code, suppliers)
SELECT grain, period_key, region_code, city_code, COUNT(DISTINCT supplier_id)
FROM rollup_supplier_period
WHERE channel_code IN ('PLATFORM_832', 'XIAOKANG_LONGJIANG')
GROUP BY grain, period_key, region_code, city_code;
