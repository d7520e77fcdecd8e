-- Issue 14: the verification page finds an issued document by its hash.
CREATE INDEX ix_doc_sha256 ON doc_document (sha256);
