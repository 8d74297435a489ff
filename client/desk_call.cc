#include "client/desk_call.h"

#include <string>
#include <utility>

namespace kitap::client {

std::optional<CallSession> CallSession::Open(const CommandContext& context,
                                             std::string_view command) {
  std::optional<Connection> connection = Connect(context, command);
  if (!connection) return std::nullopt;
  return CallSession(context, *std::move(connection));
}

CallSession::CallSession(const CommandContext& context, Connection connection)
    : context_(&context),
      connection_(std::move(connection)),
      stubs_(connection_.channel()) {}

int CallSession::Failure(std::string_view what, const RpcStatus& status) const {
  return CallFailure(context_->err, context_->language, what, status,
                     connection_.address());
}

RpcStatus CallSession::FindPatron(std::string_view card,
                                  v1::Patron* patron) const {
  v1::GetPatronRequest request;
  request.set_card_number(std::string(card));
  return Call(&Stubs::patrons, &v1::Patrons::Stub::GetPatron, request, patron);
}

}  // namespace kitap::client
