-- Issue 6 (second part): account review campaigns, one review per unit.
CREATE TABLE rvw_campaign (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_code VARCHAR(40)  NOT NULL,
    started_by  VARCHAR(64)  NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    due_date    DATE         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    -- set while the campaign is open: one open campaign per agency
    open_agency VARCHAR(40),
    finished_at TIMESTAMP    NULL,
    version     INT          NOT NULL,
    CONSTRAINT uq_rvw_open_agency UNIQUE (open_agency)
);
CREATE TABLE rvw_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    unit_code   VARCHAR(40)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    reviewed_by VARCHAR(64),
    reviewed_at TIMESTAMP    NULL,
    document_id BIGINT,
    position_no INT          NOT NULL,
    CONSTRAINT fk_rvw_unit FOREIGN KEY (campaign_id) REFERENCES rvw_campaign (id)
);
CREATE TABLE rvw_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_review_id   BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    account_system   VARCHAR(20)   NOT NULL,
    account_username VARCHAR(100)  NOT NULL,
    holder_username  VARCHAR(64)   NOT NULL,
    keep_account     BOOLEAN       NOT NULL,
    reason           VARCHAR(1000),
    CONSTRAINT fk_rvw_decision FOREIGN KEY (unit_review_id) REFERENCES rvw_unit (id)
);
