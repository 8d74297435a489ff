#include "server/store/security_store.h"

#include "server/core/convert.h"
#include "server/store/load_one.h"

namespace kitap::store {
namespace {

constexpr char kCredentialColumns[] =
    "id, role, COALESCE(library_id, 0), COALESCE(region_code, ''), label, "
    "created_at, created_by, revoked_at";
constexpr char kAuditColumns[] =
    "id, at, credential_id, role, library_id, method, request_id, result, "
    "code, peer";

void ReadCredential(const db::Statement& st, v1::Credential* c) {
  c->set_id(st.ColumnInt(0));
  c->set_role(static_cast<v1::Role>(st.ColumnInt(1)));
  c->set_library_id(st.ColumnInt(2));
  c->set_region_code(st.ColumnText(3));
  c->set_label(st.ColumnText(4));
  ToTimestamp(st.ColumnInt(5), c->mutable_created_at());
  c->set_created_by(st.ColumnInt(6));
  if (!st.ColumnIsNull(7))
    ToTimestamp(st.ColumnInt(7), c->mutable_revoked_at());
}

void ReadAudit(const db::Statement& st, v1::AuditEntry* e) {
  e->set_id(st.ColumnInt(0));
  ToTimestamp(st.ColumnInt(1), e->mutable_at());
  e->set_credential_id(st.ColumnInt(2));
  e->set_role(static_cast<v1::Role>(st.ColumnInt(3)));
  e->set_library_id(st.ColumnInt(4));
  e->set_method(st.ColumnText(5));
  e->set_request_id(st.ColumnText(6));
  e->set_result(st.ColumnText(7));
  e->set_code(static_cast<int32_t>(st.ColumnInt(8)));
  e->set_peer(st.ColumnText(9));
}

std::optional<int64_t> NonZero(int64_t id) {
  return id == 0 ? std::nullopt : std::optional<int64_t>(id);
}

}  // namespace

Status InsertCredential(db::Database& db, const std::string& token_hash,
                        v1::Credential* c) {
  db::Statement& st = db.Prepare(
      "INSERT INTO credential (token_hash, role, library_id, region_code, "
      "label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.BindBlob(1, token_hash)
      .Bind(2, static_cast<int>(c->role()))
      .Bind(3, NonZero(c->library_id()));
  if (c->region_code().empty()) {
    st.BindNull(4);
  } else {
    st.Bind(4, c->region_code());
  }
  st.Bind(5, c->label())
      .Bind(6, FromTimestamp(c->created_at()))
      .Bind(7, c->created_by());
  KITAP_RETURN_IF_ERROR(st.Run());
  c->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status LoadCredential(db::Database& db, int64_t id, v1::Credential* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kCredentialColumns +
                                 " FROM credential WHERE id = ?");
  st.Bind(1, id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadCredential(row, out); },
      Status::NotFound("CREDENTIAL_NOT_FOUND",
                       "no credential with id " + std::to_string(id)));
}

Status RevokeCredential(db::Database& db, int64_t id, domain::Micros at) {
  return db
      .Prepare(
          "UPDATE credential SET revoked_at = ? WHERE id = ? AND "
          "revoked_at IS NULL")
      .Bind(1, at)
      .Bind(2, id)
      .Run();
}

Status ListCredentials(db::Database& db, int64_t library_id,
                       bool include_revoked, int64_t after_id, int limit,
                       std::vector<v1::Credential>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kCredentialColumns +
      " FROM credential WHERE id > ?1 AND (?2 = 0 OR library_id = ?2) AND "
      "(?3 = 1 OR revoked_at IS NULL) ORDER BY id LIMIT ?4");
  st.Bind(1, after_id)
      .Bind(2, library_id)
      .Bind(3, include_revoked ? 1 : 0)
      .Bind(4, limit);
  while (st.Step()) ReadCredential(st, &out->emplace_back());
  return st.status();
}

Status AppendAudit(db::Database& db, const v1::AuditEntry& e) {
  return db
      .Prepare(
          "INSERT INTO audit (at, credential_id, role, library_id, method, "
          "request_id, result, code, peer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
          "?)")
      .Bind(1, FromTimestamp(e.at()))
      .Bind(2, e.credential_id())
      .Bind(3, static_cast<int>(e.role()))
      .Bind(4, e.library_id())
      .Bind(5, e.method())
      .Bind(6, e.request_id())
      .Bind(7, e.result())
      .Bind(8, e.code())
      .Bind(9, e.peer())
      .Run();
}

Status QueryAudit(db::Database& db, const AuditQuery& q,
                  std::vector<v1::AuditEntry>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kAuditColumns +
      " FROM audit WHERE id > ?1 AND (?2 = 0 OR library_id = ?2) AND at >= "
      "?3 AND (?4 = 0 OR at < ?4) AND (?5 = 0 OR result <> 'OK') "
      "ORDER BY id LIMIT ?6");
  st.Bind(1, q.after_id)
      .Bind(2, q.library_id)
      .Bind(3, q.since)
      .Bind(4, q.until)
      .Bind(5, q.refused_only ? 1 : 0)
      .Bind(6, q.limit);
  while (st.Step()) ReadAudit(st, &out->emplace_back());
  return st.status();
}

}  // namespace kitap::store
