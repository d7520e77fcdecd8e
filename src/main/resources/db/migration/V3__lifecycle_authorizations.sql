-- Issue 5: password changes on every account, and authorization letters (giấy ủy quyền).

-- the date the holder last confirmed a password change; NULL: never since the account was granted
ALTER TABLE acc_account ADD COLUMN password_changed_on DATE;

CREATE TABLE auz_authorization (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT        NOT NULL,
    holder_username   VARCHAR(64)   NOT NULL,
    delegate_username VARCHAR(64)   NOT NULL,
    agency_code       VARCHAR(40)   NOT NULL,
    unit_code         VARCHAR(40),
    valid_from        DATE          NOT NULL,
    valid_to          DATE          NOT NULL,
    reason_code       VARCHAR(20)   NOT NULL,
    reason_detail     VARCHAR(500),
    scope             VARCHAR(2000) NOT NULL,
    holder_duties     VARCHAR(2000) NOT NULL,
    delegate_duties   VARCHAR(2000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP     NULL,
    decision_comment  VARCHAR(1000),
    document_id       BIGINT,
    activated_at      TIMESTAMP     NULL,
    ended_at          TIMESTAMP     NULL,
    end_reason        VARCHAR(500),
    created_at        TIMESTAMP     NOT NULL,
    version           INT           NOT NULL,
    CONSTRAINT fk_auz_account FOREIGN KEY (account_id) REFERENCES acc_account (id)
);
CREATE INDEX ix_auz_account ON auz_authorization (account_id, status);
CREATE INDEX ix_auz_delegate ON auz_authorization (delegate_username, status);
CREATE INDEX ix_auz_holder ON auz_authorization (holder_username, status);
