-- Reserved shares (预留份额): one per budget unit and year.
CREATE TABLE reserved_share (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    version         BIGINT         NOT NULL,
    purchaser_id    BIGINT         NOT NULL,
    share_year      INT            NOT NULL,
    canteen         VARCHAR(20)    NOT NULL,
    canteen_budget  DECIMAL(15, 2) NOT NULL,
    reserved_ratio  DECIMAL(5, 2)  NOT NULL,
    reserved_amount DECIMAL(15, 2) NOT NULL,
    union_need      DECIMAL(15, 2),
    filed_by_id     BIGINT,
    remarks         VARCHAR(500),
    status          VARCHAR(20)    NOT NULL,
    return_reason   VARCHAR(500),
    import_batch_id BIGINT,
    source_row      INT,
    PRIMARY KEY (id),
    CONSTRAINT uk_reserved_share_unit_year UNIQUE (purchaser_id, share_year),
    CONSTRAINT fk_reserved_share_purchaser FOREIGN KEY (purchaser_id) REFERENCES purchaser (id),
    CONSTRAINT fk_reserved_share_filed_by FOREIGN KEY (filed_by_id) REFERENCES purchaser (id),
    CONSTRAINT fk_reserved_share_batch FOREIGN KEY (import_batch_id) REFERENCES purchasing_import_batch (id)
);

CREATE INDEX ix_reserved_share_year ON reserved_share (share_year, status);

CREATE TABLE reserved_share_aud (
    id              BIGINT         NOT NULL,
    rev             BIGINT         NOT NULL,
    revtype         TINYINT,
    purchaser_id    BIGINT,
    share_year      INT,
    canteen         VARCHAR(20),
    canteen_budget  DECIMAL(15, 2),
    reserved_ratio  DECIMAL(5, 2),
    reserved_amount DECIMAL(15, 2),
    union_need      DECIMAL(15, 2),
    filed_by_id     BIGINT,
    remarks         VARCHAR(500),
    status          VARCHAR(20),
    return_reason   VARCHAR(500),
    import_batch_id BIGINT,
    source_row      INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reserved_share_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
