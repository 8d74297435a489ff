-- Credentials and the audit log.

-- Bearer credentials. Only the SHA-256 of a token is kept.
CREATE TABLE credential (
  id          INTEGER PRIMARY KEY,
  token_hash  BLOB NOT NULL UNIQUE,
  role        INTEGER NOT NULL,     -- kitap.v1.Role
  library_id  INTEGER REFERENCES library(id),
  region_code TEXT REFERENCES region(code),
  label       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  created_by  INTEGER NOT NULL,     -- issuing credential; 0: bootstrap
  revoked_at  INTEGER
);
CREATE INDEX credential_library ON credential(library_id);

-- Every mutation and every refused attempt: who, where, when, what, how it
-- ended. A successful mutation's entry is written in its own transaction.
CREATE TABLE audit (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  credential_id INTEGER NOT NULL,   -- 0: no valid credential
  role          INTEGER NOT NULL,
  library_id    INTEGER NOT NULL,   -- the principal's library; 0: none
  method        TEXT NOT NULL,
  request_id    TEXT NOT NULL,
  result        TEXT NOT NULL,      -- "OK" or the refusal reason
  code          INTEGER NOT NULL,   -- gRPC status code
  peer          TEXT NOT NULL
);
CREATE INDEX audit_at ON audit(at);
CREATE INDEX audit_library ON audit(library_id, at);
