-- Withdrawal (退出) of catalog products: reason, note, the day the product left the catalog and the day it was
-- reported to the national office. One column per statement: portable between H2 (MySQL mode) and MariaDB/MySQL.
ALTER TABLE certification_application ADD COLUMN withdrawal_reason VARCHAR(30);
ALTER TABLE certification_application ADD COLUMN withdrawal_note VARCHAR(500);
ALTER TABLE certification_application ADD COLUMN withdrawn_on DATE;
ALTER TABLE certification_application ADD COLUMN withdrawal_reported_on DATE;

ALTER TABLE certification_application_aud ADD COLUMN withdrawal_reason VARCHAR(30);
ALTER TABLE certification_application_aud ADD COLUMN withdrawal_note VARCHAR(500);
ALTER TABLE certification_application_aud ADD COLUMN withdrawn_on DATE;
ALTER TABLE certification_application_aud ADD COLUMN withdrawal_reported_on DATE;
