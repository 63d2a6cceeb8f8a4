-- The unit (所在单位) an account works for: a purchaser code. A user of a supervising unit reviews what its
-- subordinate units file (reserved shares). No foreign key: accounts do not depend on purchasing, and the unit may be
-- imported after the account is linked.
ALTER TABLE user_account ADD COLUMN unit_code VARCHAR(40);
ALTER TABLE user_account_aud ADD COLUMN unit_code VARCHAR(40);
