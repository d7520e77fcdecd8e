-- Issue 22 part 3: reconciliation of each system's own account list with the register. A run is one uploaded
-- export (its scope: one system, and the agency for iOffice and official e-mail); each difference is work for the
-- office until it is recorded, closed, corrected or dismissed. Tables inherit utf8mb4 from the database (V1).
-- (V22 is left to issue 22 part 1, leavers and movers, worked on at the same time.)
CREATE TABLE rec_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_system VARCHAR(20)  NOT NULL,
    agency_code    VARCHAR(40),
    file_name      VARCHAR(200) NOT NULL,
    run_by         VARCHAR(64)  NOT NULL,
    run_at         TIMESTAMP    NOT NULL,
    file_rows      INT          NOT NULL,
    matched        INT          NOT NULL,
    out_of_scope   INT          NOT NULL,
    version        INT          NOT NULL
);
CREATE INDEX ix_rec_run_scope ON rec_run (account_system, agency_code);
CREATE TABLE rec_difference (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT       NOT NULL,
    account_system     VARCHAR(20)  NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    account_username   VARCHAR(100) NOT NULL,
    file_line          INT,
    system_status      VARCHAR(20),
    file_holder        VARCHAR(100),
    file_name_of       VARCHAR(100),
    account_id         BIGINT,
    register_status    VARCHAR(20),
    holder_username    VARCHAR(64),
    agency_code        VARCHAR(40),
    unit_code          VARCHAR(40),
    detail             VARCHAR(300),
    status             VARCHAR(20)  NOT NULL,
    resolved_by        VARCHAR(64),
    resolved_at        TIMESTAMP    NULL,
    resolution         VARCHAR(500),
    version            INT          NOT NULL,
    CONSTRAINT fk_rec_difference_run FOREIGN KEY (run_id) REFERENCES rec_run (id)
);
CREATE INDEX ix_rec_difference_run ON rec_difference (run_id);
CREATE INDEX ix_rec_difference_open ON rec_difference (status, account_system, kind);
CREATE INDEX ix_rec_difference_account ON rec_difference (account_id, status);
