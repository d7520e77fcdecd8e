-- Issue 23: secrets the nodes must share, made by the first node that needs them (security.DeviceCookieKey):
-- the key that signs device cookies when DLDC_SECURITY_DEVICECOOKIEKEY is not set. One row per name; a second
-- node inserting the same name at the same moment fails on the primary key and reads the first one's.
CREATE TABLE sec_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
