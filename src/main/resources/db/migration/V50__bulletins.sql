-- Progress bulletins (进展情况通报): one row per generated version of a bulletin of a type, period and scope (the
-- province or one prefecture). A regeneration adds a version with the same issue number (第N期); publishing marks one
-- version. data_cutoff is when the figures were read; sha256 is the PDF's checksum. The narrative sections are the
-- editor's text printed in the document.
CREATE TABLE bulletin (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL,
    bulletin_type     VARCHAR(30)  NOT NULL,
    period_kind       VARCHAR(10)  NOT NULL,
    period_from       DATE         NOT NULL,
    period_to         DATE         NOT NULL,
    scope_region_code VARCHAR(6)   NOT NULL,
    issue_year        INT          NOT NULL,
    issue_number      INT          NOT NULL,
    doc_version       INT          NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    generated_by      VARCHAR(64)  NOT NULL,
    generated_at      DATETIME(6)  NOT NULL,
    data_cutoff       DATETIME(6)  NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    published_by      VARCHAR(64),
    published_at      DATETIME(6),
    work_news         VARCHAR(2000),
    experiences       VARCHAR(2000),
    problems          VARCHAR(2000),
    next_steps        VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_version UNIQUE (bulletin_type, period_from, period_to, scope_region_code, doc_version)
);

CREATE INDEX ix_bulletin_scope ON bulletin (scope_region_code, period_to);

CREATE TABLE bulletin_aud (
    id                BIGINT      NOT NULL,
    rev               BIGINT      NOT NULL,
    revtype           TINYINT,
    bulletin_type     VARCHAR(30),
    period_kind       VARCHAR(10),
    period_from       DATE,
    period_to         DATE,
    scope_region_code VARCHAR(6),
    issue_year        INT,
    issue_number      INT,
    doc_version       INT,
    status            VARCHAR(12),
    generated_by      VARCHAR(64),
    generated_at      DATETIME(6),
    data_cutoff       DATETIME(6),
    sha256            VARCHAR(64),
    published_by      VARCHAR(64),
    published_at      DATETIME(6),
    work_news         VARCHAR(2000),
    experiences       VARCHAR(2000),
    problems          VARCHAR(2000),
    next_steps        VARCHAR(2000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_bulletin_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The documents of a bulletin version, one per format, as generated (what leaders download is what was archived).
-- The bytes are not copied into the audit table.
CREATE TABLE bulletin_document (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    version     BIGINT      NOT NULL,
    bulletin_id BIGINT      NOT NULL,
    format      VARCHAR(10) NOT NULL,
    content     LONGBLOB    NOT NULL,
    byte_size   BIGINT      NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulletin_document UNIQUE (bulletin_id, format),
    CONSTRAINT fk_bulletin_document_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
);

CREATE TABLE bulletin_document_aud (
    id          BIGINT      NOT NULL,
    rev         BIGINT      NOT NULL,
    revtype     TINYINT,
    bulletin_id BIGINT,
    format      VARCHAR(10),
    byte_size   BIGINT,
    sha256      VARCHAR(64),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_bulletin_document_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- Every download of a bulletin: who, when, which format.
CREATE TABLE bulletin_download (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL,
    bulletin_id   BIGINT      NOT NULL,
    format        VARCHAR(10) NOT NULL,
    username      VARCHAR(64) NOT NULL,
    downloaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_bulletin_download_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
);

CREATE INDEX ix_bulletin_download_bulletin ON bulletin_download (bulletin_id);

CREATE TABLE bulletin_download_aud (
    id            BIGINT      NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    bulletin_id   BIGINT,
    format        VARCHAR(10),
    username      VARCHAR(64),
    downloaded_at DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_bulletin_download_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- ShedLock (JDBC provider): a scheduled task runs on one instance of a cluster at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
