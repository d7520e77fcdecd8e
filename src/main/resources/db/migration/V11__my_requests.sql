-- Issue 13: "Hồ sơ của tôi" lists a person's own requests, newest first.
CREATE INDEX ix_trk_person ON trk_request (person_username, opened_at);
