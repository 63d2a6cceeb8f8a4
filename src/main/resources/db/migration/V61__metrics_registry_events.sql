-- The registry rollups now change in the transaction of each purchaser or share import and share review (events of
-- the purchasing module). The change mark keeps the largest purchaser and reserved-share ids only, to catch rows
-- written around the portal; the latest audit revision is dropped from it: every change of another module wrote one,
-- and each made the next registry figure refresh the rollups for nothing.
ALTER TABLE rollup_registry_stamp DROP COLUMN revision_mark;
UPDATE rollup_registry_stamp SET purchaser_mark = -1, share_mark = -1;

-- How many counted shares make each total, so that a review which takes the last one out removes the row, as a refresh
-- would not make it. Filled by the refresh the reset mark above brings on at the first registry figure.
ALTER TABLE rollup_share_total ADD COLUMN shares BIGINT NOT NULL DEFAULT 0;
