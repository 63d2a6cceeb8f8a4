-- Narrow monthly rollups: the same counted purchases and sales as rollup_purchase_month / rollup_sale_month, summed
-- over fewer dimensions, so that the common figures (a total or one breakdown with a region cut) read a few hundred
-- rows a month instead of tens of thousands. A query reads the smallest table that has every column it needs
-- (metrics.rollup.Cubes); the wide tables answer every other combination. In the purchase tables 以购代捐 and 代销
-- are sums (donation_amount, consignment_amount) instead of key columns. Derived data: no history tables.

CREATE TABLE rollup_purchase_city_month (
    month_key                   INT            NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, city_code, school_type)
);

CREATE TABLE rollup_purchase_category_month (
    month_key                   INT            NOT NULL,
    category_code               VARCHAR(40)    NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, category_code, school_type)
);

CREATE TABLE rollup_purchase_county_month (
    month_key                   INT            NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, region_code, school_type)
);

CREATE TABLE rollup_purchase_channel_month (
    month_key                   INT            NOT NULL,
    channel_code                VARCHAR(40)    NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, channel_code, city_code, school_type)
);

CREATE TABLE rollup_purchase_department_month (
    month_key                   INT            NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    purchaser_type              VARCHAR(30)    NOT NULL,
    budget_unit_kind            VARCHAR(30)    NOT NULL,
    school_type                 VARCHAR(30)    NOT NULL,
    amount                      DECIMAL(17, 2) NOT NULL,
    orders                      BIGINT         NOT NULL,
    donation_amount             DECIMAL(17, 2) NOT NULL,
    consignment_amount          DECIMAL(17, 2) NOT NULL,
    PRIMARY KEY (month_key, purchaser_type, budget_unit_kind, supervising_department_code, city_code, school_type)
);

CREATE TABLE rollup_sale_city_month (
    month_key           INT            NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, city_code)
);

CREATE TABLE rollup_sale_category_month (
    month_key           INT            NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, category_code)
);

CREATE TABLE rollup_sale_province_month (
    month_key           INT            NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, buyer_province_code, city_code)
);

CREATE TABLE rollup_sale_province_category_month (
    month_key           INT            NOT NULL,
    buyer_province_code VARCHAR(6)     NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, buyer_province_code, category_code)
);

CREATE TABLE rollup_sale_county_month (
    month_key           INT            NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    city_code           VARCHAR(6)     NOT NULL,
    channel_kind        VARCHAR(40)    NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    records             BIGINT         NOT NULL,
    PRIMARY KEY (month_key, channel_kind, channel_code, region_code)
);
