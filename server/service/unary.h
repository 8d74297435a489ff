// Unary: runs an operation for a unary RPC on the engine (the writer for
// mutations, the read pool for reads) and finishes the RPC when it is done,
// so no gRPC thread ever waits on the database.
#ifndef KITAP_SERVER_SERVICE_UNARY_H_
#define KITAP_SERVER_SERVICE_UNARY_H_

#include <grpcpp/grpcpp.h>

#include <functional>

#include "server/core/engine.h"
#include "server/service/grpc_status.h"

namespace kitap::service {

enum class Access { kRead, kWrite };

template <class Request, class Response>
using OpFn = Status (*)(OpContext&, const Request&, Response*);

// `after` (optional) runs with the response once the op succeeded and, for
// writes, is durable; it must not block.
template <class Request, class Response>
grpc::ServerUnaryReactor* Unary(
    Engine& engine, Access access, grpc::CallbackServerContext* context,
    const Request* request, Response* response, OpFn<Request, Response> op,
    std::function<void(const Response&)> after = nullptr) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  auto run = [request, response, op](OpContext& ctx) {
    return op(ctx, *request, response);
  };
  auto done = [reactor, context, response,
               after = std::move(after)](const Status& status) {
    if (status.ok() && after) after(*response);
    reactor->Finish(ToGrpc(context, status));
  };
  if (access == Access::kWrite) {
    engine.Write(std::move(run), std::move(done));
  } else {
    engine.Read(std::move(run), std::move(done));
  }
  return reactor;
}

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_UNARY_H_
