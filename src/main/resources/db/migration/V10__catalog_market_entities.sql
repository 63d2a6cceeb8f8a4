-- Market entities (市场主体) of the catalog module: enterprises and farmers' cooperatives by their unified social credit
-- code (GB 32100-2015), each in one county, with the 扶贫失信黑名单 status. Portable DDL (H2 MySQL mode, MariaDB 10.11,
-- MySQL 8.4). The optimistic-locking column is not audited.
CREATE TABLE market_entity (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    version                  BIGINT       NOT NULL,
    credit_code              VARCHAR(18)  NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    entity_type              VARCHAR(30)  NOT NULL,
    county_code              VARCHAR(6)   NOT NULL,
    legal_representative     VARCHAR(50)  NOT NULL,
    contact                  VARCHAR(100) NOT NULL,
    helps_by_wages           BOOLEAN      NOT NULL,
    helps_by_assets          BOOLEAN      NOT NULL,
    helps_by_business_income BOOLEAN      NOT NULL,
    leading_enterprise       BOOLEAN      NOT NULL,
    hundred_enterprises      BOOLEAN      NOT NULL,
    blacklisted              BOOLEAN      NOT NULL,
    blacklist_reason         VARCHAR(500),
    blacklist_evidence       VARCHAR(500),
    blacklisted_on           DATE,
    PRIMARY KEY (id),
    CONSTRAINT uk_market_entity_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_market_entity_county FOREIGN KEY (county_code) REFERENCES region (code)
);

CREATE INDEX ix_market_entity_county ON market_entity (county_code);

CREATE TABLE market_entity_aud (
    id                       BIGINT       NOT NULL,
    rev                      BIGINT       NOT NULL,
    revtype                  TINYINT,
    credit_code              VARCHAR(18),
    name                     VARCHAR(200),
    entity_type              VARCHAR(30),
    county_code              VARCHAR(6),
    legal_representative     VARCHAR(50),
    contact                  VARCHAR(100),
    helps_by_wages           BOOLEAN,
    helps_by_assets          BOOLEAN,
    helps_by_business_income BOOLEAN,
    leading_enterprise       BOOLEAN,
    hundred_enterprises      BOOLEAN,
    blacklisted              BOOLEAN,
    blacklist_reason         VARCHAR(500),
    blacklist_evidence       VARCHAR(500),
    blacklisted_on           DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_market_entity_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
