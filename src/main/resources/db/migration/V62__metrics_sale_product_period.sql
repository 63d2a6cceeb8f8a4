-- Catalog products sold (metrics): one row per catalog product (certification application) sold in a month, quarter
-- or year through a channel, with the channel's kind and the product's county and category as they were when the sale
-- was rolled up. "Products online" (cyberspace.products-online) counts distinct products over these rows instead of
-- over the raw sales. Sales without a catalog product (product_id empty) are not in it. Kept by the sales import
-- listener in the import's transaction and by RollupWriter.rebuildSales; derived data, no history table.
CREATE TABLE rollup_sale_product_period (
    grain         CHAR(1)        NOT NULL,
    period_key    INT            NOT NULL,
    product_id    BIGINT         NOT NULL,
    channel_code  VARCHAR(40)    NOT NULL,
    channel_kind  VARCHAR(20)    NOT NULL,
    region_code   VARCHAR(6)     NOT NULL,
    city_code     VARCHAR(6)     NOT NULL,
    category_code VARCHAR(40)    NOT NULL,
    amount        DECIMAL(17, 2) NOT NULL,
    records       BIGINT         NOT NULL,
    PRIMARY KEY (grain, period_key, product_id, channel_code)
);

-- A period's products of one channel kind, within a prefecture or county, are one range.
CREATE INDEX ix_sale_product_period_kind_city
    ON rollup_sale_product_period (grain, period_key, channel_kind, city_code, region_code, product_id);

-- Existing databases: fill from the sales already imported (months first, quarters and years summed from them).
INSERT INTO rollup_sale_product_period (grain, period_key, product_id, channel_code, channel_kind, region_code,
        city_code, category_code, amount, records)
SELECT 'M', YEAR(s.sale_date) * 100 + MONTH(s.sale_date), s.product_id, s.channel_code, c.kind, a.county_code,
       CASE WHEN SUBSTRING(a.county_code, 3, 4) = '0000' THEN a.county_code
            ELSE CONCAT(SUBSTRING(a.county_code, 1, 4), '00') END,
       a.category_code, SUM(s.amount), COUNT(*)
FROM sale s JOIN sales_channel c ON c.code = s.channel_code JOIN certification_application a ON a.id = s.product_id
GROUP BY YEAR(s.sale_date) * 100 + MONTH(s.sale_date), s.product_id, s.channel_code, c.kind, a.county_code,
         CASE WHEN SUBSTRING(a.county_code, 3, 4) = '0000' THEN a.county_code
              ELSE CONCAT(SUBSTRING(a.county_code, 1, 4), '00') END, a.category_code;

INSERT INTO rollup_sale_product_period (grain, period_key, product_id, channel_code, channel_kind, region_code,
        city_code, category_code, amount, records)
SELECT 'Q', FLOOR(period_key / 100) * 10 + FLOOR((MOD(period_key, 100) + 2) / 3), product_id, channel_code,
       channel_kind, region_code, city_code, category_code, SUM(amount), SUM(records)
FROM rollup_sale_product_period WHERE grain = 'M'
GROUP BY FLOOR(period_key / 100) * 10 + FLOOR((MOD(period_key, 100) + 2) / 3), product_id, channel_code,
         channel_kind, region_code, city_code, category_code;

INSERT INTO rollup_sale_product_period (grain, period_key, product_id, channel_code, channel_kind, region_code,
        city_code, category_code, amount, records)
SELECT 'Y', FLOOR(period_key / 100), product_id, channel_code, channel_kind, region_code, city_code, category_code,
       SUM(amount), SUM(records)
FROM rollup_sale_product_period WHERE grain = 'M'
GROUP BY FLOOR(period_key / 100), product_id, channel_code, channel_kind, region_code, city_code, category_code;
