-- Renewal (续期): a new application that renews a catalog entry points to it.
ALTER TABLE certification_application ADD COLUMN renewal_of_id BIGINT;
ALTER TABLE certification_application ADD CONSTRAINT fk_certification_application_renewal_of
    FOREIGN KEY (renewal_of_id) REFERENCES certification_application (id);
ALTER TABLE certification_application_aud ADD COLUMN renewal_of_id BIGINT;
