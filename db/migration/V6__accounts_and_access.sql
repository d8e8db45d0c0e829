-- Issue 13: user administration, sign-in controls (21 CFR 11.300), API tokens, security events.

-- A user is never deleted (signatures and audit entries name them): ACTIVE or DEACTIVATED. LOCKED is not stored but
-- derived from locked_until, so a lockout ends by itself when its time has passed.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
ALTER TABLE app_user ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
UPDATE app_user SET status = CASE WHEN enabled THEN 'ACTIVE' ELSE 'DEACTIVATED' END;
ALTER TABLE app_user DROP COLUMN enabled;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'DEACTIVATED'));
ALTER TABLE app_user ADD COLUMN failed_login_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until DATETIME(6);
ALTER TABLE app_user ADD COLUMN last_login_at DATETIME(6);
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6);
-- Set by an administrator's initial or reset password: the user may do nothing but choose their own.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- Every password a user has had (hashes only), newest last: a new password may not repeat one of the last five.
CREATE TABLE password_history (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    set_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_history_user ON password_history (user_id, id);

-- Tokens for integrations. Only the SHA-256 of the token is kept; names are unique forever, like user names, because
-- the audit trail names the token ('token:<name>').
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(40)  NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    expires_on   DATE         NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    revoked_by   VARCHAR(60),
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_name UNIQUE (name),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_api_token_role CHECK (role IN ('QC_TECHNICIAN', 'QC_MANAGER', 'AUDITOR', 'ADMIN'))
);

-- What administrators must see at once (21 CFR 11.300(d)): accounts locked, sources throttled.
CREATE TABLE security_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    username       VARCHAR(60),
    source_address VARCHAR(64),
    detail         VARCHAR(500)  NOT NULL,
    CONSTRAINT ck_security_event_kind CHECK (kind IN ('ACCOUNT_LOCKED', 'SOURCE_THROTTLED'))
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
