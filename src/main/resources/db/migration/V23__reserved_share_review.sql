-- Review of reserved shares by the supervising unit: who approved or returned a share, and when.
ALTER TABLE reserved_share ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE reserved_share ADD COLUMN reviewed_at DATETIME(6);
ALTER TABLE reserved_share_aud ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE reserved_share_aud ADD COLUMN reviewed_at DATETIME(6);

