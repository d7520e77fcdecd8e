-- Issue 13: the delegate accepts (or declines) a giấy ủy quyền before the unit head decides; the letter prints when.
ALTER TABLE auz_authorization ADD COLUMN delegate_answered_at TIMESTAMP NULL;
ALTER TABLE auz_authorization ADD COLUMN delegate_comment VARCHAR(1000);
