-- The annual report reads counters by dimension and library: the national
-- roll-up rows (library 0) of one dimension, or every library's totals.
-- With the year first in the key each of its queries read every counter
-- of every year up to the report's; with the dimension and library first
-- each reads only its own rows. Same rows, new key order.
CREATE TABLE counter_by_dim (
  year       INTEGER NOT NULL,
  metric     TEXT NOT NULL,
  dim        INTEGER NOT NULL,
  library_id INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  value      INTEGER NOT NULL,
  PRIMARY KEY (dim, library_id, year, metric, key)
) WITHOUT ROWID;
INSERT INTO counter_by_dim (year, metric, dim, library_id, key, value)
  SELECT year, metric, dim, library_id, key, value FROM counter;
DROP TABLE counter;
ALTER TABLE counter_by_dim RENAME TO counter;
