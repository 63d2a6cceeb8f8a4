-- Offline outlets (消费扶贫专柜/专区/专馆) with the catalog products they offer, and exhibitions (哈洽会, 农交会, 绿博会 …)
-- with the deals signed there (签约项目). region_code is the Heilongjiang region responsible for the record; it decides
-- who may see and change it (the user's region subtree). Products on sale reference catalog entries
-- (certification_application ids); deal suppliers reference market entities where the supplier is registered.
CREATE TABLE sales_outlet (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(300) NOT NULL,
    region_code   VARCHAR(6)   NOT NULL,
    operator_name VARCHAR(200) NOT NULL,
    opened_on     DATE         NOT NULL,
    closed_on     DATE,
    status        VARCHAR(20)  NOT NULL,
    remarks       VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_sales_outlet_name UNIQUE (region_code, name),
    CONSTRAINT fk_sales_outlet_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE INDEX ix_sales_outlet_kind ON sales_outlet (kind, status);

CREATE TABLE sales_outlet_product (
    outlet_id  BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (outlet_id, product_id),
    CONSTRAINT fk_sales_outlet_product_outlet FOREIGN KEY (outlet_id) REFERENCES sales_outlet (id),
    CONSTRAINT fk_sales_outlet_product_product FOREIGN KEY (product_id) REFERENCES certification_application (id)
);

CREATE INDEX ix_sales_outlet_product_product ON sales_outlet_product (product_id);

CREATE TABLE sales_outlet_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    kind          VARCHAR(20),
    name          VARCHAR(200),
    address       VARCHAR(300),
    region_code   VARCHAR(6),
    operator_name VARCHAR(200),
    opened_on     DATE,
    closed_on     DATE,
    status        VARCHAR(20),
    remarks       VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_outlet_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sales_outlet_product_aud (
    rev        BIGINT NOT NULL,
    revtype    TINYINT,
    outlet_id  BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (rev, outlet_id, product_id),
    CONSTRAINT fk_sales_outlet_product_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sales_exhibition (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL,
    channel_code VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    place        VARCHAR(300) NOT NULL,
    organizer    VARCHAR(200) NOT NULL,
    region_code  VARCHAR(6)   NOT NULL,
    remarks      VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_sales_exhibition_name UNIQUE (name),
    CONSTRAINT fk_sales_exhibition_channel FOREIGN KEY (channel_code) REFERENCES sales_channel (code),
    CONSTRAINT fk_sales_exhibition_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE INDEX ix_sales_exhibition_starts ON sales_exhibition (starts_on);

CREATE TABLE sales_exhibition_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT,
    channel_code VARCHAR(40),
    name         VARCHAR(200),
    starts_on    DATE,
    ends_on      DATE,
    place        VARCHAR(300),
    organizer    VARCHAR(200),
    region_code  VARCHAR(6),
    remarks      VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_exhibition_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sales_exhibition_deal (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    version       BIGINT         NOT NULL,
    exhibition_id BIGINT         NOT NULL,
    project_name  VARCHAR(200)   NOT NULL,
    supplier_id   BIGINT,
    supplier_name VARCHAR(200)   NOT NULL,
    buyer_name    VARCHAR(200)   NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    signed_on     DATE           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sales_exhibition_deal_exhibition FOREIGN KEY (exhibition_id) REFERENCES sales_exhibition (id),
    CONSTRAINT fk_sales_exhibition_deal_supplier FOREIGN KEY (supplier_id) REFERENCES market_entity (id)
);

CREATE INDEX ix_sales_exhibition_deal_exhibition ON sales_exhibition_deal (exhibition_id);
CREATE INDEX ix_sales_exhibition_deal_supplier ON sales_exhibition_deal (supplier_id);

CREATE TABLE sales_exhibition_deal_aud (
    id            BIGINT         NOT NULL,
    rev           BIGINT         NOT NULL,
    revtype       TINYINT,
    exhibition_id BIGINT,
    project_name  VARCHAR(200),
    supplier_id   BIGINT,
    supplier_name VARCHAR(200),
    buyer_name    VARCHAR(200),
    amount        DECIMAL(15, 2),
    signed_on     DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_exhibition_deal_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The DEVELOPMENT_REFORM lens selects sales to Guangdong buyers.
CREATE INDEX ix_sale_buyer_province ON sale (buyer_province_code, sale_date);
