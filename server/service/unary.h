// Unary: runs an operation for a unary RPC. The call is admitted first
// (authentication, rate limit, the method's rule: see edge.h); then the
// operation runs on the engine — the writer for mutations, the read pool
// for reads — and the RPC finishes when it is done, so no gRPC thread ever
// waits on the database. A mutation's audit entry is written in its own
// transaction; a refused one's in a write of its own.
#ifndef KITAP_SERVER_SERVICE_UNARY_H_
#define KITAP_SERVER_SERVICE_UNARY_H_

#include <grpcpp/grpcpp.h>

#include <functional>

#include "server/core/engine.h"
#include "server/service/edge.h"
#include "server/service/grpc_status.h"

namespace kitap::service {

enum class Access { kRead, kWrite };

template <class Request, class Response>
using OpFn = Status (*)(OpContext&, const Request&, Response*);
template <class Request>
using RuleFn = auth::Rule (*)(const Request&);

// `after` (optional) runs with the response once the op succeeded and, for
// writes, is durable; it must not block.
template <class Request, class Response>
grpc::ServerUnaryReactor* Unary(
    Edge& edge, const char* method, Access access,
    grpc::CallbackServerContext* context, const Request* request,
    Response* response, RuleFn<Request> rule, OpFn<Request, Response> op,
    std::function<void(const Response&)> after = nullptr) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  CallInfo call{method, RequestIdOf(*request), context->peer()};
  auth::Principal principal;
  Status admitted = Admit(edge, context, call, rule(*request), &principal);
  if (!admitted.ok()) {
    reactor->Finish(ToGrpc(context, admitted));
    return reactor;
  }
  bool write = access == Access::kWrite;
  auto run = [request, response, op, principal, call, write](OpContext& ctx) {
    ctx.principal = &principal;
    Status s = op(ctx, *request, response);
    if (s.ok() && write) s = AppendAudit(ctx, principal, call, s);
    return s;
  };
  auto done = [&edge, reactor, context, response, principal, call, write,
               after = std::move(after)](const Status& status) {
    if (status.ok() && after) after(*response);
    if (!status.ok() && write) AuditRefusal(edge, principal, call, status);
    reactor->Finish(ToGrpc(context, status));
  };
  if (write) {
    edge.engine.Write(std::move(run), std::move(done));
  } else {
    edge.engine.Read(std::move(run), std::move(done));
  }
  return reactor;
}

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_UNARY_H_
