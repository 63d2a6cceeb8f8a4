-- Complaints (投诉举报) about catalog products and market entities, handled by supervisors.
CREATE TABLE complaint (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    application_id      BIGINT,
    market_entity_id    BIGINT        NOT NULL,
    county_code         VARCHAR(6)    NOT NULL,
    complainant_name    VARCHAR(50),
    complainant_contact VARCHAR(100),
    description         VARCHAR(1000) NOT NULL,
    received_on         DATE          NOT NULL,
    deadline            DATE          NOT NULL,
    handler_username    VARCHAR(64)   NOT NULL,
    handler_name        VARCHAR(100)  NOT NULL,
    investigation       VARCHAR(1000),
    finding             VARCHAR(1000),
    feedback            VARCHAR(1000),
    outcome             VARCHAR(20),
    closed_on           DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_complaint_application FOREIGN KEY (application_id) REFERENCES certification_application (id),
    CONSTRAINT fk_complaint_entity FOREIGN KEY (market_entity_id) REFERENCES market_entity (id)
);

CREATE INDEX ix_complaint_county_deadline ON complaint (county_code, deadline);

CREATE TABLE complaint_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    source              VARCHAR(20),
    application_id      BIGINT,
    market_entity_id    BIGINT,
    county_code         VARCHAR(6),
    complainant_name    VARCHAR(50),
    complainant_contact VARCHAR(100),
    description         VARCHAR(1000),
    received_on         DATE,
    deadline            DATE,
    handler_username    VARCHAR(64),
    handler_name        VARCHAR(100),
    investigation       VARCHAR(1000),
    finding             VARCHAR(1000),
    feedback            VARCHAR(1000),
    outcome             VARCHAR(20),
    closed_on           DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_complaint_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
