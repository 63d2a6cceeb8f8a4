-- Reference data: regions, departments, product categories, sales channels and the public-holiday calendar.
-- Natural keys (national region code, department/category/channel code, the date) are the primary keys, so other
-- modules can refer to them by the codes that appear in imports and bulletins. Rows are filled by V3__Reference_data.
-- Every table has its Envers history table (<table>_aud); the optimistic-locking column is not audited.

CREATE TABLE region (
    code                      VARCHAR(6)   NOT NULL,
    parent_code               VARCHAR(6),
    region_level              VARCHAR(20)  NOT NULL,
    name_zh                   VARCHAR(50)  NOT NULL,
    name_en                   VARCHAR(100) NOT NULL,
    national_poverty_county   BOOLEAN      NOT NULL,
    provincial_poverty_county BOOLEAN      NOT NULL,
    version                   BIGINT       NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);

CREATE INDEX ix_region_parent_code ON region (parent_code);

CREATE TABLE region_aud (
    code                      VARCHAR(6)   NOT NULL,
    rev                       BIGINT       NOT NULL,
    revtype                   TINYINT,
    parent_code               VARCHAR(6),
    region_level              VARCHAR(20),
    name_zh                   VARCHAR(50),
    name_en                   VARCHAR(100),
    national_poverty_county   BOOLEAN,
    provincial_poverty_county BOOLEAN,
    PRIMARY KEY (code, rev),
    CONSTRAINT fk_region_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE department (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(150) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE department_aud (
    code       VARCHAR(40)  NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT,
    name_zh    VARCHAR(50),
    name_en    VARCHAR(150),
    kind       VARCHAR(20),
    sort_order INT,
    PRIMARY KEY (code, rev),
    CONSTRAINT fk_department_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE product_category (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(50)  NOT NULL,
    name_en    VARCHAR(150) NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE product_category_aud (
    code       VARCHAR(40)  NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT,
    name_zh    VARCHAR(50),
    name_en    VARCHAR(150),
    sort_order INT,
    PRIMARY KEY (code, rev),
    CONSTRAINT fk_product_category_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sales_channel (
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (code)
);

CREATE TABLE sales_channel_aud (
    code       VARCHAR(40)  NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT,
    name_zh    VARCHAR(100),
    name_en    VARCHAR(200),
    kind       VARCHAR(20),
    sort_order INT,
    PRIMARY KEY (code, rev),
    CONSTRAINT fk_sales_channel_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- One row per day that differs from the ordinary Monday–Friday week: a HOLIDAY (法定节假日 and the days joined to
-- it) or an ADJUSTED_WORKDAY (调休上班, a Saturday or Sunday that is worked).
CREATE TABLE public_holiday (
    holiday_date DATE         NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    name_zh      VARCHAR(50)  NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (holiday_date)
);

CREATE TABLE public_holiday_aud (
    holiday_date DATE         NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT,
    kind         VARCHAR(20),
    name_zh      VARCHAR(50),
    name_en      VARCHAR(100),
    PRIMARY KEY (holiday_date, rev),
    CONSTRAINT fk_public_holiday_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
