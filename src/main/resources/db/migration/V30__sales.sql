-- Sales of poverty-alleviation products by channel (online platforms, offline counters/zones/halls, exhibitions), as
-- the channels report them: one row per record of a channel's sales export. region_code is the Heilongjiang region the
-- sale is booked to (the product's origin county when the channel does not say); buyer_province_code is the buyer's
-- province by its national code (440000 for Guangdong sales of the east-west cooperation), when known.
CREATE TABLE sales_import_batch (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL,
    import_type     VARCHAR(30)  NOT NULL,
    department_code VARCHAR(40),
    file_name       VARCHAR(255) NOT NULL,
    file_sha256     VARCHAR(64)  NOT NULL,
    file_size       BIGINT       NOT NULL,
    rows_in_file    INT          NOT NULL,
    rows_created    INT          NOT NULL,
    rows_skipped    INT          NOT NULL,
    imported_by     VARCHAR(64)  NOT NULL,
    imported_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sales_import_batch_file UNIQUE (import_type, file_sha256)
);

CREATE TABLE sales_import_batch_aud (
    id              BIGINT      NOT NULL,
    rev             BIGINT      NOT NULL,
    revtype         TINYINT,
    import_type     VARCHAR(30),
    department_code VARCHAR(40),
    file_name       VARCHAR(255),
    file_sha256     VARCHAR(64),
    file_size       BIGINT,
    rows_in_file    INT,
    rows_created    INT,
    rows_skipped    INT,
    imported_by     VARCHAR(64),
    imported_at     DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_import_batch_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sale (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    version             BIGINT         NOT NULL,
    channel_code        VARCHAR(40)    NOT NULL,
    record_no           VARCHAR(64)    NOT NULL,
    sale_date           DATE           NOT NULL,
    product_id          BIGINT,
    supplier_id         BIGINT,
    product_name        VARCHAR(200)   NOT NULL,
    category_code       VARCHAR(40)    NOT NULL,
    region_code         VARCHAR(6)     NOT NULL,
    buyer_type          VARCHAR(20)    NOT NULL,
    buyer_province_code VARCHAR(6),
    quantity            DECIMAL(14, 2) NOT NULL,
    unit                VARCHAR(10)    NOT NULL,
    amount              DECIMAL(15, 2) NOT NULL,
    import_batch_id     BIGINT,
    source_row          INT,
    PRIMARY KEY (id),
    CONSTRAINT uk_sale_record UNIQUE (channel_code, record_no),
    CONSTRAINT fk_sale_channel FOREIGN KEY (channel_code) REFERENCES sales_channel (code),
    CONSTRAINT fk_sale_product FOREIGN KEY (product_id) REFERENCES certification_application (id),
    CONSTRAINT fk_sale_supplier FOREIGN KEY (supplier_id) REFERENCES market_entity (id),
    CONSTRAINT fk_sale_category FOREIGN KEY (category_code) REFERENCES product_category (code),
    CONSTRAINT fk_sale_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_sale_batch FOREIGN KEY (import_batch_id) REFERENCES sales_import_batch (id)
);

CREATE INDEX ix_sale_date ON sale (sale_date, channel_code);
CREATE INDEX ix_sale_region_date ON sale (region_code, sale_date);
CREATE INDEX ix_sale_product ON sale (product_id);
CREATE INDEX ix_sale_batch ON sale (import_batch_id, source_row);

CREATE TABLE sale_aud (
    id                  BIGINT         NOT NULL,
    rev                 BIGINT         NOT NULL,
    revtype             TINYINT,
    channel_code        VARCHAR(40),
    record_no           VARCHAR(64),
    sale_date           DATE,
    product_id          BIGINT,
    supplier_id         BIGINT,
    product_name        VARCHAR(200),
    category_code       VARCHAR(40),
    region_code         VARCHAR(6),
    buyer_type          VARCHAR(20),
    buyer_province_code VARCHAR(6),
    quantity            DECIMAL(14, 2),
    unit                VARCHAR(10),
    amount              DECIMAL(15, 2),
    import_batch_id     BIGINT,
    source_row          INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sale_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
