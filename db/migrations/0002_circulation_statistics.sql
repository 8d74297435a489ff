-- Circulation, periodicals, events and the statistics counters.
-- Every event row carries the statistical dimensions it was counted under
-- (local year, age in whole years, patron category, subject), fixed at the
-- time of the event, so a recount from the rows reproduces the counters.

CREATE TABLE loan (
  id                INTEGER PRIMARY KEY,
  item_id           INTEGER NOT NULL REFERENCES item(id),
  patron_id         INTEGER NOT NULL REFERENCES patron(id),
  library_id        INTEGER NOT NULL REFERENCES library(id),
  loaned_at         INTEGER NOT NULL,
  due_at            INTEGER NOT NULL,
  returned_at       INTEGER,
  return_library_id INTEGER REFERENCES library(id),
  renewals          INTEGER NOT NULL DEFAULT 0,
  year              INTEGER NOT NULL,
  age               INTEGER NOT NULL,
  category          INTEGER NOT NULL,
  subject           INTEGER NOT NULL,
  note              TEXT NOT NULL DEFAULT ''  -- conflict rule that shaped it
);
-- At most one open loan per item, enforced by the database itself.
CREATE UNIQUE INDEX loan_open_item ON loan(item_id) WHERE returned_at IS NULL;
CREATE INDEX loan_item ON loan(item_id, loaned_at);
CREATE INDEX loan_patron ON loan(patron_id, loaned_at);
CREATE INDEX loan_overdue ON loan(library_id, due_at) WHERE returned_at IS NULL;

CREATE TABLE renewal (
  id          INTEGER PRIMARY KEY,
  loan_id     INTEGER NOT NULL REFERENCES loan(id),
  library_id  INTEGER NOT NULL REFERENCES library(id),
  occurred_at INTEGER NOT NULL,
  due_at      INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  age         INTEGER NOT NULL,
  category    INTEGER NOT NULL,
  subject     INTEGER NOT NULL
);
CREATE INDEX renewal_loan ON renewal(loan_id);

-- A patron scan (patron_id set, count 1) or an anonymous gate count.
CREATE TABLE visit (
  id          INTEGER PRIMARY KEY,
  library_id  INTEGER NOT NULL REFERENCES library(id),
  patron_id   INTEGER REFERENCES patron(id),
  occurred_at INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  age         INTEGER NOT NULL,  -- -1 when anonymous
  category    INTEGER NOT NULL,  -- 0 when anonymous
  count       INTEGER NOT NULL
);
CREATE INDEX visit_library ON visit(library_id, occurred_at);

CREATE TABLE periodical_title (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  issn       TEXT NOT NULL DEFAULT '',
  kind       INTEGER NOT NULL,
  language   TEXT NOT NULL DEFAULT '',
  library_id INTEGER NOT NULL REFERENCES library(id)
);
CREATE INDEX periodical_title_library ON periodical_title(library_id);

CREATE TABLE issue_request (
  id           INTEGER PRIMARY KEY,
  title_id     INTEGER NOT NULL REFERENCES periodical_title(id),
  issue        TEXT NOT NULL,
  patron_id    INTEGER NOT NULL REFERENCES patron(id),
  library_id   INTEGER NOT NULL REFERENCES library(id),
  reading_room TEXT NOT NULL DEFAULT '',
  state        INTEGER NOT NULL,
  requested_at INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  year         INTEGER NOT NULL,
  age          INTEGER NOT NULL,
  category     INTEGER NOT NULL
);
CREATE INDEX issue_request_open ON issue_request(library_id, state);

CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  library_id  INTEGER NOT NULL REFERENCES library(id),
  title       TEXT NOT NULL,
  kind        INTEGER NOT NULL,
  attendance  INTEGER NOT NULL,
  occurred_at INTEGER NOT NULL,
  year        INTEGER NOT NULL
);
CREATE INDEX event_library ON event(library_id, occurred_at);

-- A patron's registration in a year: the raw fact behind registered, new
-- and active users. One row per patron and year the registration covers.
CREATE TABLE patron_year (
  patron_id  INTEGER NOT NULL REFERENCES patron(id),
  year       INTEGER NOT NULL,
  library_id INTEGER NOT NULL,  -- home library when first counted
  age        INTEGER NOT NULL,
  category   INTEGER NOT NULL,
  is_new     INTEGER NOT NULL,  -- registered for the first time that year
  active     INTEGER NOT NULL,  -- borrowed, renewed, visited or requested
  PRIMARY KEY (patron_id, year)
) WITHOUT ROWID;

-- The annual counters. dim: 0 total (key 0), 1 age (key = whole years, -1
-- unknown), 2 patron category, 3 subject. library_id 0 is the national
-- roll-up, kept so national reports read a handful of rows.
CREATE TABLE counter (
  year       INTEGER NOT NULL,
  metric     TEXT NOT NULL,
  dim        INTEGER NOT NULL,
  library_id INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  value      INTEGER NOT NULL,
  PRIMARY KEY (year, metric, dim, library_id, key)
) WITHOUT ROWID;

-- Offline journal entries that were not applied as recorded, for review.
CREATE TABLE journal_review (
  request_id  TEXT PRIMARY KEY,
  library_id  INTEGER NOT NULL,
  action      TEXT NOT NULL,
  occurred_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  outcome     INTEGER NOT NULL,
  conflict    TEXT NOT NULL,
  resolution  TEXT NOT NULL,
  message     TEXT NOT NULL,
  card_number TEXT NOT NULL DEFAULT '',
  barcode     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
