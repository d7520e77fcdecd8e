-- Application tables of dldc-access. Camunda keeps its own ACT_* tables.
-- Character set: the MariaDB database is created utf8mb4 (docker/, test setup); tables inherit it.

CREATE TABLE org_agency (
    code         VARCHAR(40)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    parent_body  VARCHAR(255) NOT NULL,
    symbol       VARCHAR(40)  NOT NULL,
    office_symbol VARCHAR(60) NOT NULL,
    signer_title VARCHAR(120) NOT NULL
);

CREATE TABLE org_unit (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    agency_code VARCHAR(40)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    CONSTRAINT fk_unit_agency FOREIGN KEY (agency_code) REFERENCES org_agency (code)
);

CREATE TABLE org_person (
    username    VARCHAR(64)  NOT NULL PRIMARY KEY,
    full_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(255) NOT NULL,
    job_position VARCHAR(100) NOT NULL,
    agency_code VARCHAR(40)  NOT NULL,
    unit_code   VARCHAR(40),
    roles       VARCHAR(255) NOT NULL,
    CONSTRAINT fk_person_agency FOREIGN KEY (agency_code) REFERENCES org_agency (code),
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

CREATE TABLE cal_day (
    cal_date DATE         NOT NULL PRIMARY KEY,
    kind VARCHAR(20)  NOT NULL,
    name VARCHAR(255) NOT NULL
);

-- One gap-free request-number sequence per agency and year (row locked while a number is taken).
CREATE TABLE reg_number_sequence (
    agency_code VARCHAR(40) NOT NULL,
    seq_year    INT         NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (agency_code, seq_year)
);

CREATE TABLE reg_registration (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_number       VARCHAR(60)  NOT NULL,
    agency_code          VARCHAR(40)  NOT NULL,
    unit_code            VARCHAR(40)  NOT NULL,
    applicant_username   VARCHAR(64)  NOT NULL,
    full_name            VARCHAR(100) NOT NULL,
    date_of_birth        DATE         NOT NULL,
    gender               VARCHAR(3)   NOT NULL,
    citizen_id           VARCHAR(12)  NOT NULL,
    -- set while the request is open, cleared when it ends: the unique index refuses a second open request
    open_citizen_id      VARCHAR(12),
    job_position         VARCHAR(100) NOT NULL,
    duties               VARCHAR(500) NOT NULL,
    mobile_phone         VARCHAR(10)  NOT NULL,
    official_email       VARCHAR(255) NOT NULL,
    tthc_username        VARCHAR(64),
    access_scope         VARCHAR(40)  NOT NULL,
    purpose              VARCHAR(500) NOT NULL,
    commitments_accepted BOOLEAN      NOT NULL,
    note                 VARCHAR(1000),
    status               VARCHAR(30)  NOT NULL,
    submitted_at         TIMESTAMP    NOT NULL,
    confirmed_at         TIMESTAMP    NULL,
    confirmed_by         VARCHAR(64),
    unit_head_comment    VARCHAR(1000),
    agency_letter_id     BIGINT,
    form_document_id     BIGINT,
    version              INT          NOT NULL,
    CONSTRAINT uq_reg_number UNIQUE (request_number),
    CONSTRAINT uq_reg_open_citizen UNIQUE (open_citizen_id)
);
CREATE INDEX ix_reg_agency_status ON reg_registration (agency_code, status);

CREATE TABLE reg_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT       NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    detail          VARCHAR(1000),
    CONSTRAINT fk_reg_event FOREIGN KEY (registration_id) REFERENCES reg_registration (id)
);
CREATE INDEX ix_reg_event_reg ON reg_event (registration_id);

CREATE TABLE sub_agency_letter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_code      VARCHAR(40)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    letter_number    VARCHAR(60),
    letter_date      DATE,
    prepared_by      VARCHAR(64),
    signed_by        VARCHAR(64),
    signed_at        TIMESTAMP    NULL,
    director_comment VARCHAR(1000),
    document_id      BIGINT,
    created_at       TIMESTAMP    NOT NULL,
    version          INT          NOT NULL,
    CONSTRAINT uq_letter_number UNIQUE (agency_code, letter_number)
);

CREATE TABLE sub_letter_item (
    letter_id       BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    position_no     INT    NOT NULL,
    PRIMARY KEY (letter_id, registration_id),
    CONSTRAINT fk_item_letter FOREIGN KEY (letter_id) REFERENCES sub_agency_letter (id)
);

CREATE TABLE doc_document (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(30)  NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    content_type        VARCHAR(100) NOT NULL,
    sha256              CHAR(64)     NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    content             LONGBLOB     NOT NULL,
    agency_code         VARCHAR(40)  NOT NULL,
    owner_username      VARCHAR(64),
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP    NOT NULL
);
CREATE INDEX ix_doc_process ON doc_document (process_instance_id);

CREATE TABLE ntf_notification (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_username VARCHAR(64)  NOT NULL,
    recipient_email    VARCHAR(255) NOT NULL,
    subject            VARCHAR(255) NOT NULL,
    body               VARCHAR(4000) NOT NULL,
    reference          VARCHAR(100) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL
);
CREATE INDEX ix_ntf_status ON ntf_notification (status);
