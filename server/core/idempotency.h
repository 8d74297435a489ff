// Exactly-once mutations. Every mutating request carries a client-made
// request_id; the first successful answer is stored with the change, in the
// same transaction, and the same request_id again returns that answer and
// changes nothing. Failed requests store nothing: they changed nothing, and
// a retry is evaluated afresh.
#ifndef KITAP_SERVER_CORE_IDEMPOTENCY_H_
#define KITAP_SERVER_CORE_IDEMPOTENCY_H_

#include <google/protobuf/message.h>

#include <functional>
#include <string>
#include <string_view>

#include "db/database.h"
#include "server/core/engine.h"

namespace kitap {

// A stored answer.
struct StoredAnswer {
  std::string method;
  std::string fingerprint;
  std::string response;  // serialized response message
};

// The request's identity for reuse checks: a hash of its deterministic
// serialization with the request_id and occurred_at fields cleared, so a
// retry that lets the server pick the time still matches.
std::string Fingerprint(const google::protobuf::Message& request);

// Looks up `request_id`; sets *found.
Status LookupAnswer(db::Database& db, std::string_view request_id,
                    StoredAnswer* answer, bool* found);
Status StoreAnswer(db::Database& db, std::string_view request_id,
                   const StoredAnswer& answer, domain::Micros now);

// Runs `apply` (which fills *response) once per request_id. A repeat with
// the same method and request returns the stored response; a request_id
// reused for another method or request is refused with
// ALREADY_EXISTS/REQUEST_ID_REUSED.
Status RunOnce(OpContext& ctx, std::string_view method,
               std::string_view request_id,
               const google::protobuf::Message& request,
               google::protobuf::Message* response,
               const std::function<Status()>& apply);

}  // namespace kitap

#endif  // KITAP_SERVER_CORE_IDEMPOTENCY_H_
