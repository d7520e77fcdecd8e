-- Issue 4: the aggregator's batches to PC06, PC06's decisions, the account register and mail delivery.

ALTER TABLE reg_registration ADD COLUMN batch_id BIGINT;
ALTER TABLE reg_registration ADD COLUMN pc06_reason VARCHAR(1000);
ALTER TABLE reg_registration ADD COLUMN account_id BIGINT;

-- A batch sent by the aggregator to PC06. composing_slot is 1 while the batch is being composed and NULL
-- otherwise: the unique index keeps at most one batch in composition.
CREATE TABLE agg_batch (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    status          VARCHAR(20)  NOT NULL,
    composing_slot  INT,
    composed_by     VARCHAR(64),
    composed_at     TIMESTAMP    NULL,
    signed_by       VARCHAR(64),
    signed_at       TIMESTAMP    NULL,
    leader_comment  VARCHAR(1000),
    outgoing_number VARCHAR(60),
    sent_date       DATE,
    channel         VARCHAR(40),
    sent_by         VARCHAR(64),
    document_id     BIGINT,
    created_at      TIMESTAMP    NOT NULL,
    closed_at       TIMESTAMP    NULL,
    version         INT          NOT NULL,
    CONSTRAINT uq_batch_composing UNIQUE (composing_slot),
    CONSTRAINT uq_batch_outgoing UNIQUE (outgoing_number)
);
-- A signed agency letter as received by the aggregator; batch_id is set when a batch takes it.
CREATE TABLE agg_letter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_letter_id BIGINT       NOT NULL,
    agency_code      VARCHAR(40)  NOT NULL,
    letter_number    VARCHAR(60)  NOT NULL,
    letter_date      DATE         NOT NULL,
    document_id      BIGINT,
    received_at      TIMESTAMP    NOT NULL,
    batch_id         BIGINT,
    CONSTRAINT uq_agg_letter UNIQUE (agency_letter_id),
    CONSTRAINT fk_agg_letter_batch FOREIGN KEY (batch_id) REFERENCES agg_batch (id)
);
CREATE INDEX ix_agg_letter_batch ON agg_letter (batch_id);
-- One person of a received letter, with PC06's decision on them.
CREATE TABLE agg_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id       BIGINT        NOT NULL,
    registration_id BIGINT        NOT NULL,
    request_number  VARCHAR(60)   NOT NULL,
    citizen_id      VARCHAR(12)   NOT NULL,
    full_name       VARCHAR(100)  NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000),
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMP     NULL,
    decision_source VARCHAR(20),
    CONSTRAINT uq_agg_item_registration UNIQUE (registration_id),
    CONSTRAINT fk_agg_item_letter FOREIGN KEY (letter_id) REFERENCES agg_letter (id)
);
CREATE INDEX ix_agg_item_letter ON agg_item (letter_id);

-- The account register: accounts on DLDC_TTHC, IOFFICE and OFFICIAL_EMAIL, with the history of each change.
CREATE TABLE acc_account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_system    VARCHAR(20)  NOT NULL,
    account_username  VARCHAR(100) NOT NULL,
    holder_username   VARCHAR(64)  NOT NULL,
    holder_name       VARCHAR(100) NOT NULL,
    holder_citizen_id VARCHAR(12),
    agency_code       VARCHAR(40)  NOT NULL,
    unit_code         VARCHAR(40),
    granted_on        DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    registration_id   BIGINT,
    -- set while the account is not closed: one open account per system and user name
    open_key          VARCHAR(130),
    version           INT          NOT NULL,
    CONSTRAINT uq_acc_open UNIQUE (open_key)
);
CREATE INDEX ix_acc_holder ON acc_account (holder_username);
CREATE INDEX ix_acc_citizen ON acc_account (holder_citizen_id);
CREATE INDEX ix_acc_agency_status ON acc_account (agency_code, status);
CREATE TABLE acc_account_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT fk_acc_event FOREIGN KEY (account_id) REFERENCES acc_account (id)
);
CREATE INDEX ix_acc_event_account ON acc_account_event (account_id);

-- Mail: the outbox row now records its delivery; digest entries wait for the daily digest.
ALTER TABLE ntf_notification ADD COLUMN sent_at TIMESTAMP NULL;
ALTER TABLE ntf_notification ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE ntf_notification ADD COLUMN last_error VARCHAR(1000);
CREATE INDEX ix_ntf_recipient ON ntf_notification (recipient_username);
CREATE TABLE ntf_digest_entry (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_username VARCHAR(64)  NOT NULL,
    task_name          VARCHAR(255) NOT NULL,
    process_name       VARCHAR(255),
    business_key       VARCHAR(100),
    created_at         TIMESTAMP    NOT NULL,
    digested_at        TIMESTAMP    NULL
);
CREATE INDEX ix_ntf_digest_pending ON ntf_digest_entry (digested_at, recipient_username);
