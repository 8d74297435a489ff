// Edge: what every RPC passes through before its operation runs —
// authentication (a bearer token in the "authorization" metadata), the
// per-credential rate limit, authorization by the method's rule — and the
// audit log of every mutation and every refused attempt.
#ifndef KITAP_SERVER_SERVICE_EDGE_H_
#define KITAP_SERVER_SERVICE_EDGE_H_

#include <grpcpp/grpcpp.h>

#include <optional>
#include <string>
#include <string_view>

#include "server/auth/credential_cache.h"
#include "server/auth/principal.h"
#include "server/auth/rate_limiter.h"
#include "server/core/engine.h"

namespace google::protobuf {
class Message;
}

namespace kitap::service {

struct Edge {
  Engine& engine;
  auth::CredentialCache& credentials;
  auth::RateLimiter& limiter;
};

// Who asked and what, for the audit log.
struct CallInfo {
  const char* method;  // "Circulation/CheckOut"
  std::string request_id;
  std::string peer;
};

// The request_id field of `request`, or "" when it has none.
std::string RequestIdOf(const google::protobuf::Message& request);

// Authenticates, rate-limits and authorizes a call. On refusal
// (UNAUTHENTICATED, RESOURCE_EXHAUSTED/RATE_LIMITED, PERMISSION_DENIED) the
// attempt is audited and the status returned; nothing else changes.
Status Admit(Edge& edge, grpc::CallbackServerContext* context,
             const CallInfo& call, const auth::Rule& rule,
             auth::Principal* principal);
// The same for a call that came over another door (the HTTP side port):
// `authorization` is the value of its Authorization header, nullopt when
// it had none.
Status AdmitAuthorization(Edge& edge,
                          std::optional<std::string_view> authorization,
                          const CallInfo& call, const auth::Rule& rule,
                          auth::Principal* principal);

// Appends the audit entry of a call inside the current transaction.
Status AppendAudit(OpContext& ctx, const auth::Principal& principal,
                   const CallInfo& call, const Status& result);
// Appends it in a write of its own (for refusals, whose own transaction
// was rolled back); failures of that write are logged, not returned.
void AuditRefusal(Edge& edge, const auth::Principal& principal,
                  const CallInfo& call, const Status& result);

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_EDGE_H_
