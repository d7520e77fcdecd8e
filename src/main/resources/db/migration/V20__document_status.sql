-- Issue 23: the verification page calls only the document of record "issued". Each stored document says what it
-- is; an upload knows the draft it signs, a replaced document what replaced it.
ALTER TABLE doc_document ADD COLUMN status VARCHAR(20) DEFAULT 'ISSUED' NOT NULL;
ALTER TABLE doc_document ADD COLUMN signed_from BIGINT;
ALTER TABLE doc_document ADD COLUMN superseded_by BIGINT;

UPDATE doc_document SET status = CASE WHEN official_number IS NULL THEN 'DRAFT' ELSE 'ISSUED' END;
-- the letter given to a director who signs with his own token, and his uploads (file names as the application made them)
UPDATE doc_document SET status = 'FOR_SIGNATURE' WHERE file_name LIKE '%-trinh-ky.pdf';
UPDATE doc_document SET status = 'SUPERSEDED' WHERE file_name LIKE '%-da-ky-so.pdf'
    AND id NOT IN (SELECT document_id FROM sub_agency_letter WHERE document_id IS NOT NULL)
    AND id NOT IN (SELECT signed_upload_id FROM sub_agency_letter WHERE signed_upload_id IS NOT NULL);
UPDATE doc_document SET status = 'SIGNED_UPLOAD' WHERE id IN (SELECT signed_upload_id FROM sub_agency_letter
    WHERE signed_upload_id IS NOT NULL AND status <> 'SIGNED');
-- a document issued again under the same number (MariaDB reads its own table through a derived table only)
UPDATE doc_document SET status = 'SUPERSEDED' WHERE status = 'ISSUED' AND id IN (SELECT id FROM (
    SELECT d1.id FROM doc_document d1 JOIN doc_document d2 ON d2.kind = d1.kind
        AND d2.process_instance_id = d1.process_instance_id AND d2.official_number = d1.official_number
        AND d2.id > d1.id WHERE d1.status = 'ISSUED') older);

CREATE INDEX ix_doc_supersede ON doc_document (process_instance_id, kind, status);
