#include "server/core/idempotency.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <cstdint>
#include <memory>

namespace kitap {
namespace {

void ClearField(google::protobuf::Message* message, const char* name) {
  const auto* field = message->GetDescriptor()->FindFieldByName(name);
  if (field) message->GetReflection()->ClearField(message, field);
}

// FNV-1a, 64 bits: stable across builds and platforms, unlike std::hash.
std::string Fnv1a64(const std::string& bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return std::string(reinterpret_cast<const char*>(&hash), sizeof(hash));
}

}  // namespace

std::string Fingerprint(const google::protobuf::Message& request) {
  std::unique_ptr<google::protobuf::Message> copy(request.New());
  copy->CopyFrom(request);
  ClearField(copy.get(), "request_id");
  ClearField(copy.get(), "occurred_at");
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream raw(&bytes);
    google::protobuf::io::CodedOutputStream out(&raw);
    out.SetSerializationDeterministic(true);
    copy->SerializeToCodedStream(&out);
  }
  return Fnv1a64(bytes);
}

Status LookupAnswer(db::Database& db, std::string_view request_id,
                    StoredAnswer* answer, bool* found) {
  db::Statement& st = db.Prepare(
      "SELECT method, fingerprint, response FROM request_log "
      "WHERE request_id = ?");
  st.Bind(1, request_id);
  *found = st.Step();
  if (*found) {
    answer->method = st.ColumnText(0);
    answer->fingerprint = st.ColumnText(1);
    answer->response = st.ColumnText(2);
  }
  Status s = st.status();
  st.Reset();
  return s;
}

Status StoreAnswer(db::Database& db, std::string_view request_id,
                   const StoredAnswer& answer, domain::Micros now) {
  return db
      .Prepare(
          "INSERT INTO request_log (request_id, method, fingerprint, "
          "response, created_at) VALUES (?, ?, ?, ?, ?)")
      .Bind(1, request_id)
      .Bind(2, answer.method)
      .BindBlob(3, answer.fingerprint)
      .BindBlob(4, answer.response)
      .Bind(5, now)
      .Run();
}

Status RunOnce(OpContext& ctx, std::string_view method,
               std::string_view request_id,
               const google::protobuf::Message& request,
               google::protobuf::Message* response,
               const std::function<Status()>& apply) {
  StoredAnswer stored;
  bool found = false;
  KITAP_RETURN_IF_ERROR(LookupAnswer(ctx.db, request_id, &stored, &found));
  std::string fingerprint = Fingerprint(request);
  if (found) {
    if (stored.method != method || stored.fingerprint != fingerprint) {
      return Status::AlreadyExists(
          "REQUEST_ID_REUSED", "request_id " + std::string(request_id) +
                                   " was already used for a different request");
    }
    if (!response->ParseFromString(stored.response)) {
      return Status::Internal("STORED_ANSWER_CORRUPT",
                              "the stored answer cannot be read");
    }
    return Status::Ok();
  }
  KITAP_RETURN_IF_ERROR(apply());
  StoredAnswer answer{std::string(method), fingerprint,
                      response->SerializeAsString()};
  return StoreAnswer(ctx.db, request_id, answer, ctx.now);
}

}  // namespace kitap
