-- Issue 7: the agency office's register of every request (registration, authorization, review, closing).
-- Kept by the features' RequestStep events in the transaction of each step; timestamps hold UTC wall time
-- (as Hibernate writes them, hibernate.jdbc.time_zone=UTC).
CREATE TABLE trk_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    source_id       BIGINT       NOT NULL,
    request_number  VARCHAR(80)  NOT NULL,
    business_key    VARCHAR(80),
    person_username VARCHAR(64),
    person_name     VARCHAR(100),
    -- the name folded for searching without diacritics (tracking/NameKey)
    name_key        VARCHAR(100),
    citizen_id      VARCHAR(12),
    agency_code     VARCHAR(40)  NOT NULL,
    unit_code       VARCHAR(40)  NOT NULL,
    stage           VARCHAR(30)  NOT NULL,
    stage_label     VARCHAR(120) NOT NULL,
    is_open         BOOLEAN      NOT NULL,
    opened_at       TIMESTAMP    NOT NULL,
    stage_since     TIMESTAMP    NOT NULL,
    deadline        DATE,
    closed_on       DATE,
    -- whether it was done by its deadline (NULL while open, or when it had none)
    on_time         BOOLEAN,
    CONSTRAINT uq_trk_source UNIQUE (kind, source_id)
);
-- the office's list (its agency, newest first, any filter), the aggregator's (every agency)
CREATE INDEX ix_trk_agency_opened ON trk_request (agency_code, opened_at);
CREATE INDEX ix_trk_filters ON trk_request (agency_code, unit_code, kind, stage, is_open, deadline);
CREATE INDEX ix_trk_opened ON trk_request (opened_at);
-- the overdue: a range of the open requests by deadline, covering the dashboard's count of them
CREATE INDEX ix_trk_open_deadline ON trk_request (is_open, deadline, agency_code, unit_code, kind, stage);
CREATE INDEX ix_trk_citizen ON trk_request (citizen_id);
-- a search by name reads this narrow index rather than the table (LIKE '%...%' cannot seek)
CREATE INDEX ix_trk_name ON trk_request (name_key, opened_at);
CREATE INDEX ix_trk_number ON trk_request (request_number);

CREATE TABLE trk_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    stage_label VARCHAR(120)  NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT fk_trk_step FOREIGN KEY (request_id) REFERENCES trk_request (id)
);
CREATE INDEX ix_trk_step_request ON trk_step (request_id);

CREATE TABLE trk_document (
    request_id  BIGINT       NOT NULL,
    document_id BIGINT       NOT NULL,
    title       VARCHAR(255) NOT NULL,
    added_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (request_id, document_id),
    CONSTRAINT fk_trk_document FOREIGN KEY (request_id) REFERENCES trk_request (id)
);

-- Running counts per agency, unit and measure for the dashboard, moved by each step (tracking/RequestProjection):
-- requests at a stage now, open, done on time or late; a stage left (n, seconds spent in it); a password change
-- on time or late. Unit '' when there is none. Each count is spread over 8 slots (by request) so that steps of
-- one unit's requests, running at once, seldom wait for the same row; the dashboard sums the slots.
CREATE TABLE trk_stat (
    agency_code   VARCHAR(40) NOT NULL,
    unit_code     VARCHAR(40) NOT NULL,
    measure       VARCHAR(80) NOT NULL,
    slot          INT         NOT NULL,
    n             BIGINT      NOT NULL,
    total_seconds BIGINT      NOT NULL,
    PRIMARY KEY (agency_code, unit_code, measure, slot)
);

-- The register's one-time backfill (tracking/RegisterBackfill): its row, taken in the backfill's transaction,
-- says it was done, and lets only one of several starting nodes do it.
CREATE TABLE trk_backfill (
    id      INT       NOT NULL PRIMARY KEY,
    done_at TIMESTAMP NOT NULL
);

-- a unit review's page lists the unit's accounts
CREATE INDEX ix_acc_unit ON acc_account (unit_code);
