-- Issue 14: the verification page finds an issued document by its hash.
CREATE INDEX ix_doc_sha256 ON doc_document (sha256);

-- A director who signs with their own token uploads the signed letter before choosing "Ký ban hành".
ALTER TABLE sub_agency_letter ADD COLUMN signed_upload_id BIGINT;
ALTER TABLE sub_agency_letter ADD COLUMN signed_upload_by VARCHAR(64);
