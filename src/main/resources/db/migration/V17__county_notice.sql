-- The county-level public notice (县级公示) some counties hold after certifying an application and before the city
-- reviews it: five working days, objections recorded and resolved like those of the provincial notice.
ALTER TABLE certification_application ADD COLUMN county_notice_start DATE;
ALTER TABLE certification_application ADD COLUMN county_notice_end DATE;
ALTER TABLE certification_application_aud ADD COLUMN county_notice_start DATE;
ALTER TABLE certification_application_aud ADD COLUMN county_notice_end DATE;
