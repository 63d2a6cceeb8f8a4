-- Distinct catalog products sold (metrics) per month, quarter and year, channel kind, product county and category:
-- the count of the products' rows in rollup_sale_product_period (V62) of that period and kind. A product has one
-- county and category, so these counts add up over counties and categories; "products online" by total, region,
-- category and month then reads a few rows instead of counting distinct products over every row of the period. A
-- channel cut or a breakdown by channel still counts the product rows. Kept by the sales import listener (products
-- new in a period counted before their rows are added) and by the rebuild.
CREATE TABLE rollup_sale_product_count (
    grain         CHAR(1)     NOT NULL,
    period_key    INT         NOT NULL,
    channel_kind  VARCHAR(20) NOT NULL,
    region_code   VARCHAR(6)  NOT NULL,
    city_code     VARCHAR(6)  NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    products      BIGINT      NOT NULL,
    PRIMARY KEY (grain, period_key, channel_kind, region_code, category_code)
);

CREATE INDEX ix_sale_product_count_city ON rollup_sale_product_count (grain, period_key, channel_kind, city_code);

INSERT INTO rollup_sale_product_count (grain, period_key, channel_kind, region_code, city_code, category_code, products)
SELECT grain, period_key, channel_kind, region_code, city_code, category_code, COUNT(DISTINCT product_id)
FROM rollup_sale_product_period
GROUP BY grain, period_key, channel_kind, region_code, city_code, category_code;
