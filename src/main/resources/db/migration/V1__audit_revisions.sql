-- Envers revisions: every committed change to an audited entity points to one row here (who and when).
CREATE TABLE audit_revision (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    changed_at BIGINT       NOT NULL,
    username   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_revision_changed_at ON audit_revision (changed_at);
