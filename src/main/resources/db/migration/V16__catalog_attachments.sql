-- Attachments (PDF, JPEG, PNG) of certification applications and complaints, with their SHA-256 checksum. The
-- history table records who attached which file (name, size, checksum), not the bytes again.
CREATE TABLE catalog_attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL,
    application_id BIGINT,
    complaint_id   BIGINT,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_catalog_attachment_application FOREIGN KEY (application_id)
        REFERENCES certification_application (id),
    CONSTRAINT fk_catalog_attachment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE INDEX ix_catalog_attachment_application ON catalog_attachment (application_id);
CREATE INDEX ix_catalog_attachment_complaint ON catalog_attachment (complaint_id);

CREATE TABLE catalog_attachment_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT,
    application_id BIGINT,
    complaint_id   BIGINT,
    file_name      VARCHAR(200),
    content_type   VARCHAR(50),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    uploaded_by    VARCHAR(100),
    uploaded_at    DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_catalog_attachment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
