-- Purchasing: import batches of the module and the purchasers (budget units, SOEs, private firms, unions, …).
CREATE TABLE purchasing_import_batch (
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
    CONSTRAINT uk_purchasing_import_batch_file UNIQUE (import_type, file_sha256)
);

CREATE TABLE purchasing_import_batch_aud (
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
    CONSTRAINT fk_purchasing_import_batch_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE purchaser (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    version                     BIGINT       NOT NULL,
    code                        VARCHAR(40)  NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    purchaser_type              VARCHAR(30)  NOT NULL,
    budget_unit_kind            VARCHAR(30),
    school_type                 VARCHAR(30),
    admin_level                 VARCHAR(20),
    supervising_department_code VARCHAR(40),
    supervising_unit_id         BIGINT,
    region_code                 VARCHAR(6)   NOT NULL,
    canteen                     VARCHAR(20),
    paired_county_code          VARCHAR(6),
    import_batch_id             BIGINT,
    source_row                  INT,
    PRIMARY KEY (id),
    CONSTRAINT uk_purchaser_code UNIQUE (code),
    CONSTRAINT fk_purchaser_supervising_unit FOREIGN KEY (supervising_unit_id) REFERENCES purchaser (id),
    CONSTRAINT fk_purchaser_import_batch FOREIGN KEY (import_batch_id) REFERENCES purchasing_import_batch (id)
);

CREATE INDEX ix_purchaser_region ON purchaser (region_code);
CREATE INDEX ix_purchaser_type ON purchaser (purchaser_type, budget_unit_kind);
CREATE INDEX ix_purchaser_department ON purchaser (supervising_department_code);

CREATE TABLE purchaser_aud (
    id                          BIGINT       NOT NULL,
    rev                         BIGINT       NOT NULL,
    revtype                     TINYINT,
    code                        VARCHAR(40),
    name                        VARCHAR(200),
    purchaser_type              VARCHAR(30),
    budget_unit_kind            VARCHAR(30),
    school_type                 VARCHAR(30),
    admin_level                 VARCHAR(20),
    supervising_department_code VARCHAR(40),
    supervising_unit_id         BIGINT,
    region_code                 VARCHAR(6),
    canteen                     VARCHAR(20),
    paired_county_code          VARCHAR(6),
    import_batch_id             BIGINT,
    source_row                  INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_purchaser_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
