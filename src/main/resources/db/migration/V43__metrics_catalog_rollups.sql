-- Catalog rollups of the metrics module: catalog products counted by county and category — listed now (with the poor
-- people they drive), newly published and withdrawn by month and by day — and market entities by county. Certification,
-- withdrawal and blacklisting change rows one at a time through the catalog's services, so like the registry rollups
-- these are refreshed when the catalog's change mark moves (largest application and entity ids, latest audit
-- revision; CatalogRollups). Derived data: no history tables.

CREATE TABLE rollup_stamp (
    name         VARCHAR(30)  NOT NULL,
    mark         VARCHAR(200) NOT NULL,
    refreshed_at DATETIME(6),
    PRIMARY KEY (name)
);

INSERT INTO rollup_stamp (name, mark) VALUES ('catalog', '-');

-- kind: LISTED (month_key 0: in the catalog now), PUBLISHED (entered the catalog that month; detail NEW or RENEWAL),
-- WITHDRAWN (left it that month; detail = withdrawal reason).
CREATE TABLE rollup_product_month (
    kind          VARCHAR(12) NOT NULL,
    month_key     INT         NOT NULL,
    region_code   VARCHAR(6)  NOT NULL,
    city_code     VARCHAR(6)  NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    detail        VARCHAR(30) NOT NULL,
    products      BIGINT      NOT NULL,
    poor_people   BIGINT      NOT NULL,
    PRIMARY KEY (kind, month_key, region_code, category_code, detail)
);

CREATE TABLE rollup_product_day (
    kind          VARCHAR(12) NOT NULL,
    on_day        DATE        NOT NULL,
    region_code   VARCHAR(6)  NOT NULL,
    city_code     VARCHAR(6)  NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    detail        VARCHAR(30) NOT NULL,
    products      BIGINT      NOT NULL,
    PRIMARY KEY (kind, on_day, region_code, category_code, detail)
);

CREATE TABLE rollup_entity_count (
    region_code VARCHAR(6) NOT NULL,
    city_code   VARCHAR(6) NOT NULL,
    blacklisted BOOLEAN    NOT NULL,
    leading_enterprise BOOLEAN NOT NULL,
    entities    BIGINT     NOT NULL,
    PRIMARY KEY (region_code, blacklisted, leading_enterprise)
);
