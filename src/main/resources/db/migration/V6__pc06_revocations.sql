-- Issue 6: a DLDC account to close goes back through the aggregator's next batch to PC06, who confirms it.
CREATE TABLE agg_revocation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    revocation_item_id BIGINT       NOT NULL,
    reference          VARCHAR(40)  NOT NULL,
    agency_code        VARCHAR(40)  NOT NULL,
    person_username    VARCHAR(64)  NOT NULL,
    person_name        VARCHAR(100) NOT NULL,
    account_username   VARCHAR(100) NOT NULL,
    reason             VARCHAR(255) NOT NULL,
    requested_at       TIMESTAMP    NOT NULL,
    batch_id           BIGINT,
    confirmed_at       TIMESTAMP    NULL,
    confirmed_by       VARCHAR(64),
    CONSTRAINT uq_agg_revocation_item UNIQUE (revocation_item_id),
    CONSTRAINT fk_agg_revocation_batch FOREIGN KEY (batch_id) REFERENCES agg_batch (id)
);
CREATE INDEX ix_agg_revocation_batch ON agg_revocation (batch_id);
