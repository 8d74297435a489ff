// CallSession and CallAndPrint: what the one-shot desk commands (patron,
// record, item, periodical, event, loans) share to call kitapd and print
// its answer, as text for people or, with --json, as protobuf's JSON
// mapping for scripts.
#ifndef KITAP_CLIENT_DESK_CALL_H_
#define KITAP_CLIENT_DESK_CALL_H_

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

#include "client/command.h"
#include "client/connection.h"
#include "client/exit_code.h"
#include "client/json_output.h"
#include "client/rpc_status.h"
#include "client/stubs.h"

namespace kitap::client {

// A generated stub's blocking unary method, e.g.
// &v1::Patrons::Stub::GetPatron.
template <typename Stub, typename Request, typename Response>
using UnaryMethod = grpc::Status (Stub::*)(grpc::ClientContext*, const Request&,
                                           Response*);

// The connection of one command and its stubs.
class CallSession {
 public:
  // Connects as the context's options ask; nullopt after printing the
  // usage error of `command` (exit with kExitUsage).
  static std::optional<CallSession> Open(const CommandContext& context,
                                         std::string_view command);

  // One call through the stub `service` of Stubs, e.g.
  //   session.Call(&Stubs::patrons, &v1::Patrons::Stub::GetPatron, ...).
  template <typename Stub, typename Request, typename Response>
  RpcStatus Call(std::unique_ptr<Stub> Stubs::*service,
                 UnaryMethod<Stub, Request, Response> method,
                 const Request& request, Response* response) const {
    return connection_.Call(*(stubs_.*service), method, request, response);
  }

  // Reports a failed call as `what` (CallFailure, in the context's
  // language); returns its exit code.
  int Failure(std::string_view what, const RpcStatus& status) const;

  // The reader with card number `card` (GetPatron).
  RpcStatus FindPatron(std::string_view card, v1::Patron* patron) const;

 private:
  CallSession(const CommandContext& context, Connection connection);

  const CommandContext* context_;
  Connection connection_;
  Stubs stubs_;
};

// Prints `answer`: JSON with --json, else `print_text`. Returns kExitOk, or
// kExitFailure when the JSON cannot be written.
template <typename Response>
int PrintAnswer(const CommandContext& context, const Response& answer,
                void (*print_text)(const Response&, std::ostream&)) {
  if (context.args.Has("json")) {
    return PrintJson(answer, context.out, context.err);
  }
  print_text(answer, context.out);
  return kExitOk;
}

// The whole of a command that makes one call: connects, sends `request`
// and prints the answer (PrintAnswer), or reports the failure of `what`.
template <typename Stub, typename Request, typename Response>
int CallAndPrint(const CommandContext& context, std::string_view command,
                 std::string_view what, std::unique_ptr<Stub> Stubs::*service,
                 UnaryMethod<Stub, Request, Response> method,
                 const Request& request,
                 void (*print_text)(const Response&, std::ostream&)) {
  std::optional<CallSession> session = CallSession::Open(context, command);
  if (!session) return kExitUsage;
  Response response;
  RpcStatus status = session->Call(service, method, request, &response);
  if (!status.ok()) return session->Failure(what, status);
  return PrintAnswer(context, response, print_text);
}

// CallAndPrint for a request about the reader of card `card`: looks the
// reader up first (a failure is reported as such) and sets the request's
// patron_id.
template <typename Stub, typename Request, typename Response>
int CallForPatron(const CommandContext& context, std::string_view command,
                  std::string_view card, std::string_view what,
                  std::unique_ptr<Stub> Stubs::*service,
                  UnaryMethod<Stub, Request, Response> method, Request request,
                  void (*print_text)(const Response&, std::ostream&)) {
  std::optional<CallSession> session = CallSession::Open(context, command);
  if (!session) return kExitUsage;
  v1::Patron patron;
  RpcStatus status = session->FindPatron(card, &patron);
  if (!status.ok()) return session->Failure("looking the patron up", status);
  request.set_patron_id(patron.id());
  Response response;
  status = session->Call(service, method, request, &response);
  if (!status.ok()) return session->Failure(what, status);
  return PrintAnswer(context, response, print_text);
}

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_CALL_H_
