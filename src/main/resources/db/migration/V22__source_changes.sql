-- Issue 22: leavers and movers found in the organization source (file or directory).
-- The day a person left, as the source said (or the day they were found gone); NULL: still with us.
ALTER TABLE org_person ADD COLUMN left_on DATE;

-- Each difference found between the source and the organization tables: started once, whichever node or check
-- saw it first (event_key: kind, person and date, unique).
CREATE TABLE lvr_source_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_key       VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    person_username VARCHAR(64),
    event_date      DATE         NOT NULL,
    old_agency      VARCHAR(40),
    old_unit        VARCHAR(40),
    new_agency      VARCHAR(40),
    new_unit        VARCHAR(40),
    source_hash     VARCHAR(64)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    closing_key     VARCHAR(40),
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_lvr_source_event UNIQUE (event_key)
);

-- The last version of each source taken in (its hash): an unchanged source costs nothing, even after a restart.
CREATE TABLE lvr_source_state (
    source      VARCHAR(40)  NOT NULL PRIMARY KEY,
    source_hash VARCHAR(64)  NOT NULL,
    note        VARCHAR(1000),
    checked_at  TIMESTAMP    NOT NULL
);
