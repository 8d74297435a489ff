-- Directory, catalogue and patrons.
-- Conventions: instants are INTEGER microseconds since the Unix epoch (UTC);
-- calendar dates are TEXT 'YYYY-MM-DD' in the library's local time; enums
-- are the integer values of proto/kitap/v1/common.proto.

CREATE TABLE region (
  code    TEXT PRIMARY KEY,
  kind    TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL
) WITHOUT ROWID;

-- The 17 regions and 3 cities of national significance (ISO 3166-2:KZ),
-- from reference/regions.tsv.
INSERT INTO region (code, kind, name_kk, name_ru, name_en) VALUES
  ('KZ-10', 'region', 'Абай облысы', 'Абайская область', 'Abai Region'),
  ('KZ-11', 'region', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'),
  ('KZ-15', 'region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
  ('KZ-19', 'region', 'Алматы облысы', 'Алматинская область', 'Almaty Region'),
  ('KZ-23', 'region', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'),
  ('KZ-27', 'region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'),
  ('KZ-31', 'region', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region'),
  ('KZ-33', 'region', 'Жетісу облысы', 'Жетысуская область', 'Jetisu Region'),
  ('KZ-35', 'region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'),
  ('KZ-39', 'region', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'),
  ('KZ-43', 'region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'),
  ('KZ-47', 'region', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'),
  ('KZ-55', 'region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'),
  ('KZ-59', 'region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'),
  ('KZ-61', 'region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'),
  ('KZ-62', 'region', 'Ұлытау облысы', 'Улытауская область', 'Ulytau Region'),
  ('KZ-63', 'region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'),
  ('KZ-71', 'city', 'Астана', 'Астана', 'Astana'),
  ('KZ-75', 'city', 'Алматы', 'Алматы', 'Almaty'),
  ('KZ-79', 'city', 'Шымкент', 'Шымкент', 'Shymkent');

CREATE TABLE library (
  id          INTEGER PRIMARY KEY,
  name_kk     TEXT NOT NULL,
  name_ru     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES region(code),
  type        INTEGER NOT NULL,
  parent_id   INTEGER REFERENCES library(id),
  time_zone   TEXT NOT NULL,
  opened_on   TEXT NOT NULL,
  closed_on   TEXT
);
CREATE INDEX library_region ON library(region_code);

CREATE TABLE library_closed_weekday (
  library_id INTEGER NOT NULL REFERENCES library(id),
  weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  PRIMARY KEY (library_id, weekday)
) WITHOUT ROWID;

CREATE TABLE library_closed_date (
  library_id INTEGER NOT NULL REFERENCES library(id),
  day        TEXT NOT NULL,
  PRIMARY KEY (library_id, day)
) WITHOUT ROWID;

CREATE TABLE patron (
  id              INTEGER PRIMARY KEY,
  card_number     TEXT NOT NULL UNIQUE,
  full_name       TEXT NOT NULL,
  name_key        TEXT NOT NULL,  -- lower-cased full_name, for search
  birth_date      TEXT NOT NULL,
  home_library_id INTEGER NOT NULL REFERENCES library(id),
  category        INTEGER NOT NULL,
  registered_on   TEXT NOT NULL,
  expires_on      TEXT NOT NULL,
  blocked         INTEGER NOT NULL DEFAULT 0,
  block_reason    TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  created_at      INTEGER NOT NULL
);
CREATE INDEX patron_name ON patron(name_key);
CREATE INDEX patron_home ON patron(home_library_id);

CREATE TABLE record (
  id        INTEGER PRIMARY KEY,
  title     TEXT NOT NULL,
  title_key TEXT NOT NULL,  -- lower-cased title, for search
  authors   TEXT NOT NULL,  -- joined with U+001F
  isbn      TEXT NOT NULL DEFAULT '',
  issn      TEXT NOT NULL DEFAULT '',
  language  TEXT NOT NULL DEFAULT '',
  year      INTEGER NOT NULL DEFAULT 0,
  subject   INTEGER NOT NULL
);
CREATE INDEX record_title ON record(title_key);
CREATE INDEX record_isbn ON record(isbn) WHERE isbn <> '';

CREATE TABLE item (
  id                  INTEGER PRIMARY KEY,
  barcode             TEXT NOT NULL UNIQUE,
  record_id           INTEGER NOT NULL REFERENCES record(id),
  library_id          INTEGER NOT NULL REFERENCES library(id),
  loan_type           INTEGER NOT NULL,
  status              INTEGER NOT NULL,
  location_library_id INTEGER NOT NULL REFERENCES library(id),
  acquired_on         TEXT NOT NULL,
  acquired_year       INTEGER NOT NULL,
  removed_year        INTEGER  -- year it left the holdings (withdrawn, lost)
);
CREATE INDEX item_record ON item(record_id);
CREATE INDEX item_library ON item(library_id, status);

-- Exactly-once: the first answer to each mutation, by its request_id.
CREATE TABLE request_log (
  request_id  TEXT PRIMARY KEY,
  method      TEXT NOT NULL,
  fingerprint BLOB NOT NULL,  -- hash of the request, to refuse reuse
  response    BLOB NOT NULL,  -- the serialized response message
  created_at  INTEGER NOT NULL
) WITHOUT ROWID;
