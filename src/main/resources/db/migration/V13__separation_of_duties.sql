-- Issue 23: nobody decides on their own request.
-- Whose request each person of a batch is (PC06's decision on it is never recorded by that person).
ALTER TABLE agg_item ADD COLUMN applicant_username VARCHAR(64);
UPDATE agg_item SET applicant_username =
    (SELECT r.applicant_username FROM reg_registration r WHERE r.id = agg_item.registration_id);
-- A review's part of one unit head's own accounts (reviewed by another head of the unit, or the agency office);
-- NULL: the unit's other accounts, reviewed by its heads.
ALTER TABLE rvw_unit ADD COLUMN holder_username VARCHAR(64);
