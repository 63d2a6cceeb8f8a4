-- Certification applications of the catalog module, their timeline (one row per step) and the objections received
-- during the public notice. An application in status IN_CATALOG is the catalog entry (catalog number, validity).
CREATE TABLE certification_application (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    version            BIGINT         NOT NULL,
    market_entity_id   BIGINT         NOT NULL,
    county_code        VARCHAR(6)     NOT NULL,
    product_name       VARCHAR(200)   NOT NULL,
    category_code      VARCHAR(40)    NOT NULL,
    specification      VARCHAR(100)   NOT NULL,
    price              DECIMAL(12, 2) NOT NULL,
    reference_price    DECIMAL(12, 2) NOT NULL,
    quality_evidence   VARCHAR(500)   NOT NULL,
    poor_people_driven INT            NOT NULL,
    poverty_link       VARCHAR(500)   NOT NULL,
    commodity_value    DECIMAL(14, 2) NOT NULL,
    commitment         BOOLEAN        NOT NULL,
    priority           BOOLEAN        NOT NULL,
    status             VARCHAR(30)    NOT NULL,
    submitted_at       DATETIME(6)    NOT NULL,
    last_step_at       DATETIME(6)    NOT NULL,
    national_batch     VARCHAR(50),
    national_filed_on  DATE,
    notice_start       DATE,
    notice_end         DATE,
    catalog_number     VARCHAR(30),
    published_on       DATE,
    valid_until        DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_certification_application_catalog_number UNIQUE (catalog_number),
    CONSTRAINT fk_certification_application_entity FOREIGN KEY (market_entity_id) REFERENCES market_entity (id),
    CONSTRAINT fk_certification_application_county FOREIGN KEY (county_code) REFERENCES region (code),
    CONSTRAINT fk_certification_application_category FOREIGN KEY (category_code) REFERENCES product_category (code)
);

CREATE INDEX ix_certification_application_county_status ON certification_application (county_code, status);
CREATE INDEX ix_certification_application_status ON certification_application (status);
CREATE INDEX ix_certification_application_valid_until ON certification_application (valid_until);

CREATE TABLE certification_application_aud (
    id                 BIGINT         NOT NULL,
    rev                BIGINT         NOT NULL,
    revtype            TINYINT,
    market_entity_id   BIGINT,
    county_code        VARCHAR(6),
    product_name       VARCHAR(200),
    category_code      VARCHAR(40),
    specification      VARCHAR(100),
    price              DECIMAL(12, 2),
    reference_price    DECIMAL(12, 2),
    quality_evidence   VARCHAR(500),
    poor_people_driven INT,
    poverty_link       VARCHAR(500),
    commodity_value    DECIMAL(14, 2),
    commitment         BOOLEAN,
    priority           BOOLEAN,
    status             VARCHAR(30),
    submitted_at       DATETIME(6),
    last_step_at       DATETIME(6),
    national_batch     VARCHAR(50),
    national_filed_on  DATE,
    notice_start       DATE,
    notice_end         DATE,
    catalog_number     VARCHAR(30),
    published_on       DATE,
    valid_until        DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_certification_application_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE certification_step (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    action         VARCHAR(30)  NOT NULL,
    from_status    VARCHAR(30),
    to_status      VARCHAR(30)  NOT NULL,
    actor_username VARCHAR(64)  NOT NULL,
    actor_name     VARCHAR(100) NOT NULL,
    acted_at       DATETIME(6)  NOT NULL,
    comment        VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_certification_step_seq UNIQUE (application_id, seq),
    CONSTRAINT fk_certification_step_application FOREIGN KEY (application_id)
        REFERENCES certification_application (id)
);

CREATE TABLE certification_step_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    application_id BIGINT,
    seq            INT,
    action         VARCHAR(30),
    from_status    VARCHAR(30),
    to_status      VARCHAR(30),
    actor_username VARCHAR(64),
    actor_name     VARCHAR(100),
    acted_at       DATETIME(6),
    comment        VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_certification_step_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE notice_objection (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL,
    application_id BIGINT       NOT NULL,
    received_on    DATE         NOT NULL,
    description    VARCHAR(500) NOT NULL,
    resolution     VARCHAR(500),
    resolved_on    DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_notice_objection_application FOREIGN KEY (application_id)
        REFERENCES certification_application (id)
);

CREATE TABLE notice_objection_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    application_id BIGINT,
    received_on    DATE,
    description    VARCHAR(500),
    resolution     VARCHAR(500),
    resolved_on    DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_notice_objection_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
