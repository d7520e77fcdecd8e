-- Issue 21: a request's page and "Hồ sơ của tôi" find the register's rows by the business key of their process
-- (a review campaign's units, the leaver report an office filed).
CREATE INDEX ix_trk_business_key ON trk_request (business_key);
