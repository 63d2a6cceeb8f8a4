-- Supplier recommendations to the 832 platform's national supplier list (供应商推荐).
CREATE TABLE supplier_recommendation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL,
    market_entity_id    BIGINT       NOT NULL,
    county_code         VARCHAR(6)   NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    recommended_by      VARCHAR(100) NOT NULL,
    recommended_at      DATETIME(6)  NOT NULL,
    comment             VARCHAR(500),
    province_by         VARCHAR(100),
    province_comment    VARCHAR(500),
    national_decided_on DATE,
    national_reason     VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_supplier_recommendation_entity FOREIGN KEY (market_entity_id) REFERENCES market_entity (id)
);

CREATE INDEX ix_supplier_recommendation_county ON supplier_recommendation (county_code);

CREATE TABLE supplier_recommendation_aud (
    id                  BIGINT       NOT NULL,
    rev                 BIGINT       NOT NULL,
    revtype             TINYINT,
    market_entity_id    BIGINT,
    county_code         VARCHAR(6),
    status              VARCHAR(30),
    recommended_by      VARCHAR(100),
    recommended_at      DATETIME(6),
    comment             VARCHAR(500),
    province_by         VARCHAR(100),
    province_comment    VARCHAR(500),
    national_decided_on DATE,
    national_reason     VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_supplier_recommendation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
