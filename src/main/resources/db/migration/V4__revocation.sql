-- Issue 6 (first part): a person leaving or moving, and the closing of their accounts within the deadline.
CREATE TABLE rev_revocation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_username    VARCHAR(64)  NOT NULL,
    agency_code        VARCHAR(40)  NOT NULL,
    unit_code          VARCHAR(40),
    reason             VARCHAR(20)  NOT NULL,
    handover_date      DATE         NOT NULL,
    deadline           DATE         NOT NULL,
    new_position       VARCHAR(255),
    new_agency         VARCHAR(255),
    reported_by        VARCHAR(64)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    -- set while the report is open: the unique index refuses a second open report for the same person
    open_person        VARCHAR(64),
    notice_document_id BIGINT,
    created_at         TIMESTAMP    NOT NULL,
    finished_at        TIMESTAMP    NULL,
    version            INT          NOT NULL,
    CONSTRAINT uq_rev_open_person UNIQUE (open_person)
);
CREATE INDEX ix_rev_agency ON rev_revocation (agency_code, status);
CREATE TABLE rev_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    revocation_id    BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    account_system   VARCHAR(20)  NOT NULL,
    account_username VARCHAR(100) NOT NULL,
    kept             BOOLEAN      NOT NULL,
    closed_on        DATE,
    closed_by        VARCHAR(64),
    closed_at        TIMESTAMP    NULL,
    position_no      INT          NOT NULL,
    CONSTRAINT fk_rev_item FOREIGN KEY (revocation_id) REFERENCES rev_revocation (id)
);
CREATE INDEX ix_rev_item_revocation ON rev_item (revocation_id);
