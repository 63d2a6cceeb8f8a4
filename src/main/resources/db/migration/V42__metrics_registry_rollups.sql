-- Registry rollups of the metrics module: purchasers counted by segment, region and supervising department, and the
-- budget units' counted reserved shares (submitted or approved) summed per year, region and department. The purchaser
-- and share imports publish no event, so these are refreshed when the registry's change mark moves
-- (RegistryRollups): the largest purchaser id, the largest reserved-share id and the latest audit revision, each a
-- primary-key lookup. Derived data: no history tables.

CREATE TABLE rollup_registry_stamp (
    id              INT         NOT NULL,
    purchaser_mark  BIGINT      NOT NULL,
    share_mark      BIGINT      NOT NULL,
    revision_mark   BIGINT      NOT NULL,
    refreshed_at    DATETIME(6),
    PRIMARY KEY (id)
);

INSERT INTO rollup_registry_stamp (id, purchaser_mark, share_mark, revision_mark) VALUES (1, -1, -1, -1);

CREATE TABLE rollup_purchaser_count (
    region_code                 VARCHAR(6)  NOT NULL,
    city_code                   VARCHAR(6)  NOT NULL,
    purchaser_type              VARCHAR(30) NOT NULL,
    budget_unit_kind            VARCHAR(30) NOT NULL,
    school_type                 VARCHAR(30) NOT NULL,
    supervising_department_code VARCHAR(40) NOT NULL,
    units                       BIGINT      NOT NULL,
    PRIMARY KEY (purchaser_type, budget_unit_kind, region_code, school_type, supervising_department_code)
);

-- units_reserved: budget units whose counted share of the year is above zero.
CREATE TABLE rollup_share_total (
    share_year                  INT            NOT NULL,
    region_code                 VARCHAR(6)     NOT NULL,
    city_code                   VARCHAR(6)     NOT NULL,
    supervising_department_code VARCHAR(40)    NOT NULL,
    reserved_amount             DECIMAL(17, 2) NOT NULL,
    units_reserved              BIGINT         NOT NULL,
    PRIMARY KEY (share_year, region_code, supervising_department_code)
);
