-- Issue 22 part 2: an agency merged into another (or renamed under a new code) from a date. Its row stays for
-- the documents and requests it issued; these columns say what it became, from when, and on what basis.
ALTER TABLE org_agency ADD COLUMN merged_into VARCHAR(40);
ALTER TABLE org_agency ADD COLUMN merged_on DATE;
ALTER TABLE org_agency ADD COLUMN merger_basis VARCHAR(200);
-- A letter moved to the agency its own merged into keeps the business key it was opened under ("CV-SLDTBXH-5"):
-- its process instance has that key. Null: the key names the letter's agency.
ALTER TABLE sub_agency_letter ADD COLUMN key_agency VARCHAR(40);
