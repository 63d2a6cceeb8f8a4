-- Purchases (采购订单) of poverty-alleviation products by purchasers, one row per order line of a channel's export
-- (the 832 platform by default). Only COMPLETED orders (accepted and paid, the national rule) count towards a
-- budget unit's completion. The purchaser's region, type and supervising department are read through the purchaser;
-- the product's origin (poverty county) and category are kept on the row as the channel reported them.
CREATE TABLE purchase (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    version            BIGINT         NOT NULL,
    channel_code       VARCHAR(40)    NOT NULL,
    order_no           VARCHAR(64)    NOT NULL,
    order_date         DATE           NOT NULL,
    purchaser_id       BIGINT         NOT NULL,
    supplier_id        BIGINT         NOT NULL,
    product_id         BIGINT,
    product_name       VARCHAR(200)   NOT NULL,
    category_code      VARCHAR(40)    NOT NULL,
    origin_county_code VARCHAR(6)     NOT NULL,
    quantity           DECIMAL(14, 2),
    amount             DECIMAL(15, 2) NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    donation           BOOLEAN        NOT NULL,
    consignment        BOOLEAN        NOT NULL,
    union_purchase     BOOLEAN        NOT NULL,
    import_batch_id    BIGINT,
    source_row         INT,
    PRIMARY KEY (id),
    CONSTRAINT uk_purchase_order UNIQUE (channel_code, order_no),
    CONSTRAINT fk_purchase_channel FOREIGN KEY (channel_code) REFERENCES sales_channel (code),
    CONSTRAINT fk_purchase_purchaser FOREIGN KEY (purchaser_id) REFERENCES purchaser (id),
    CONSTRAINT fk_purchase_supplier FOREIGN KEY (supplier_id) REFERENCES market_entity (id),
    CONSTRAINT fk_purchase_product FOREIGN KEY (product_id) REFERENCES certification_application (id),
    CONSTRAINT fk_purchase_category FOREIGN KEY (category_code) REFERENCES product_category (code),
    CONSTRAINT fk_purchase_origin FOREIGN KEY (origin_county_code) REFERENCES region (code),
    CONSTRAINT fk_purchase_batch FOREIGN KEY (import_batch_id) REFERENCES purchasing_import_batch (id)
);

CREATE INDEX ix_purchase_purchaser_date ON purchase (purchaser_id, order_date);
CREATE INDEX ix_purchase_date ON purchase (order_date, status);
CREATE INDEX ix_purchase_supplier ON purchase (supplier_id);
CREATE INDEX ix_purchase_batch ON purchase (import_batch_id, source_row);

CREATE TABLE purchase_aud (
    id                 BIGINT         NOT NULL,
    rev                BIGINT         NOT NULL,
    revtype            TINYINT,
    channel_code       VARCHAR(40),
    order_no           VARCHAR(64),
    order_date         DATE,
    purchaser_id       BIGINT,
    supplier_id        BIGINT,
    product_id         BIGINT,
    product_name       VARCHAR(200),
    category_code      VARCHAR(40),
    origin_county_code VARCHAR(6),
    quantity           DECIMAL(14, 2),
    amount             DECIMAL(15, 2),
    status             VARCHAR(20),
    donation           BOOLEAN,
    consignment        BOOLEAN,
    union_purchase     BOOLEAN,
    import_batch_id    BIGINT,
    source_row         INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_purchase_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
