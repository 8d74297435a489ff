#include "server/service/edge.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <chrono>

#include "absl/strings/match.h"
#include "server/auth/token.h"
#include "server/core/convert.h"
#include "server/log.h"
#include "server/store/security_store.h"

namespace kitap::service {
namespace {

constexpr char kBearer[] = "Bearer ";

Status Unauthenticated(const std::string& message) {
  return {Code::kUnauthenticated, "UNAUTHENTICATED", message};
}

Status Authenticate(const Edge& edge,
                    std::optional<std::string_view> authorization,
                    auth::Principal* principal) {
  if (!authorization) {
    return Unauthenticated(
        "no credentials: send 'authorization: Bearer "
        "<token>'");
  }
  std::string_view value = *authorization;
  if (!absl::EqualsIgnoreCase(
          absl::string_view(value.data(),
                            std::min(value.size(), sizeof(kBearer) - 1)),
          kBearer)) {
    return Unauthenticated("the authorization metadata is not a bearer token");
  }
  value.remove_prefix(sizeof(kBearer) - 1);
  if (!edge.credentials.Find(auth::HashToken(value), principal)) {
    return Unauthenticated("the token is unknown or revoked");
  }
  return Status::Ok();
}

domain::Micros MonotonicMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

v1::AuditEntry Entry(const auth::Principal& p, const CallInfo& call,
                     const Status& result, domain::Micros now) {
  v1::AuditEntry e;
  ToTimestamp(now, e.mutable_at());
  e.set_credential_id(p.credential_id);
  e.set_role(static_cast<v1::Role>(p.role));
  e.set_library_id(p.library_id);
  e.set_method(call.method);
  e.set_request_id(call.request_id.substr(0, 128));
  e.set_result(result.ok() ? "OK" : result.reason());
  e.set_code(static_cast<int32_t>(result.code()));
  e.set_peer(call.peer);
  return e;
}

// A rate-limit key for a peer address ("ipv4:10.0.0.7:51234"), without
// its port; negative, so it never meets a credential id.
int64_t PeerKey(const std::string& peer) {
  std::string host = peer.substr(0, peer.rfind(':'));
  return -static_cast<int64_t>(std::hash<std::string>{}(host) >> 1) - 1;
}

}  // namespace

std::string RequestIdOf(const google::protobuf::Message& request) {
  const auto* field = request.GetDescriptor()->FindFieldByName("request_id");
  if (!field ||
      field->type() != google::protobuf::FieldDescriptor::TYPE_STRING) {
    return "";
  }
  return request.GetReflection()->GetString(request, field);
}

Status Admit(Edge& edge, grpc::CallbackServerContext* context,
             const CallInfo& call, const auth::Rule& rule,
             auth::Principal* principal) {
  const auto& metadata = context->client_metadata();
  auto it = metadata.find("authorization");
  std::optional<std::string_view> authorization;
  if (it != metadata.end()) {
    authorization.emplace(it->second.data(), it->second.size());
  }
  return AdmitAuthorization(edge, authorization, call, rule, principal);
}

Status AdmitAuthorization(Edge& edge,
                          std::optional<std::string_view> authorization,
                          const CallInfo& call, const auth::Rule& rule,
                          auth::Principal* principal) {
  Status s = Authenticate(edge, authorization, principal);
  if (s.ok() &&
      !edge.limiter.Allow(principal->credential_id, MonotonicMicros())) {
    s = Status::ResourceExhausted(
        "RATE_LIMITED", "too many requests from this credential; slow down");
  }
  if (s.ok()) s = auth::Authorize(*principal, rule);
  if (!s.ok()) {
    if (s.code() == Code::kUnauthenticated) {
      *principal = auth::Principal{};
      // Strangers are limited per address too, so they cannot flood the
      // audit log; past the limit their attempts are refused unrecorded.
      if (!edge.limiter.Allow(PeerKey(call.peer), MonotonicMicros())) {
        return Status::ResourceExhausted(
            "RATE_LIMITED", "too many unauthenticated calls; slow down");
      }
    }
    AuditRefusal(edge, *principal, call, s);
  }
  return s;
}

Status AppendAudit(OpContext& ctx, const auth::Principal& principal,
                   const CallInfo& call, const Status& result) {
  return store::AppendAudit(ctx.db, Entry(principal, call, result, ctx.now));
}

void AuditRefusal(Edge& edge, const auth::Principal& principal,
                  const CallInfo& call, const Status& result) {
  edge.engine.Write(
      [principal, call, result](OpContext& ctx) {
        return AppendAudit(ctx, principal, call, result);
      },
      [](const Status& s) {
        if (!s.ok()) {
          Log(LogLevel::kWarn, "cannot write audit entry: " + s.ToString());
        }
      });
}

}  // namespace kitap::service
