-- Region and library-type roll-up counters. The national report's region
-- and library-type tables summed every library's totals of every year up to
-- the report's (holdings are a running sum over all years of acquisition):
-- hundreds of thousands of rows at national scale. Like the national
-- roll-up, the totals (dim 0) are now also kept per region (dim 4) and per
-- library type (dim 5), at library_id 0, updated in the same transaction as
-- the library's own counters and moved when a library changes region or
-- type.

-- A region's key in the counters: the number of its ISO 3166-2:KZ code
-- ('KZ-75' -> 75). A future region must come with its own number.
ALTER TABLE region ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
UPDATE region SET number = CAST(substr(code, 4) AS INTEGER);
CREATE UNIQUE INDEX region_number ON region(number);

-- The roll-up rows (dim, key) at library 0 that a library's totals also
-- count in: its region's and its type's (the LibraryType enum value). The
-- one definition of that mapping, for the writes, the recount and the
-- rows below.
CREATE VIEW library_rollup (library_id, dim, key) AS
  SELECT library.id, 4, region.number
  FROM library JOIN region ON region.code = library.region_code
  UNION ALL
  SELECT library.id, 5, library.type FROM library;

-- The roll-up rows of the existing counters, from the library totals: the
-- query of stats::RegionTypeRollupQuery(kStoredLibraryTotals).
INSERT INTO counter (year, metric, dim, library_id, key, value)
  SELECT t.year, t.metric, r.dim, 0, r.key, SUM(t.value)
  FROM (SELECT year, metric, library_id, value FROM counter
        WHERE dim = 0 AND library_id <> 0) AS t
  JOIN library_rollup AS r ON r.library_id = t.library_id
  GROUP BY t.year, t.metric, r.dim, r.key;
