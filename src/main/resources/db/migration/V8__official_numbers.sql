-- Issue 14: every issued document has an official number per agency, kind and year. One table of gap-free
-- series replaces the request numbers' own (its rows move over unchanged).
CREATE TABLE num_sequence (
    series     VARCHAR(120) NOT NULL,
    seq_year   INT          NOT NULL,
    last_value BIGINT       NOT NULL,
    PRIMARY KEY (series, seq_year)
);
INSERT INTO num_sequence (series, seq_year, last_value)
    SELECT CONCAT('request:', agency_code), seq_year, last_value FROM reg_number_sequence;
DROP TABLE reg_number_sequence;

ALTER TABLE doc_document ADD COLUMN official_number VARCHAR(80);
ALTER TABLE auz_authorization ADD COLUMN official_number VARCHAR(80);
ALTER TABLE rev_revocation ADD COLUMN notice_number VARCHAR(80);
ALTER TABLE rvw_unit ADD COLUMN report_number VARCHAR(80);
