-- Accounts of the embedded login (the Keycloak profile keeps its accounts in Keycloak).
CREATE TABLE user_account (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    version                  BIGINT       NOT NULL,
    username                 VARCHAR(64)  NOT NULL,
    password_hash            VARCHAR(100) NOT NULL,
    password_changed_at      DATETIME(6)  NOT NULL,
    password_change_required BOOLEAN      NOT NULL,
    display_name             VARCHAR(100) NOT NULL,
    email                    VARCHAR(200),
    phone                    VARCHAR(32),
    department_code          VARCHAR(40),
    region_code              VARCHAR(6)   NOT NULL,
    enabled                  BOOLEAN      NOT NULL,
    preferred_locale         VARCHAR(16),
    failed_attempts          INT          NOT NULL,
    locked_until             DATETIME(6),
    last_login_at            DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE TABLE user_account_aud (
    id                       BIGINT       NOT NULL,
    rev                      BIGINT       NOT NULL,
    revtype                  TINYINT,
    username                 VARCHAR(64),
    password_changed_at      DATETIME(6),
    password_change_required BOOLEAN,
    display_name             VARCHAR(100),
    email                    VARCHAR(200),
    phone                    VARCHAR(32),
    department_code          VARCHAR(40),
    region_code              VARCHAR(6),
    enabled                  BOOLEAN,
    preferred_locale         VARCHAR(16),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_user_account_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE user_account_role_aud (
    rev        BIGINT      NOT NULL,
    revtype    TINYINT,
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (rev, account_id, role),
    CONSTRAINT fk_user_account_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
