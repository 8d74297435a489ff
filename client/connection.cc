#include "client/connection.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <charconv>
#include <cmath>
#include <utility>

#include "absl/strings/str_format.h"

namespace kitap::client {

std::string ResolveServerAddress(const std::optional<std::string>& flag,
                                 const char* env_value) {
  if (flag.has_value()) return *flag;
  if (env_value != nullptr && *env_value != '\0') return env_value;
  return kDefaultServer;
}

absl::StatusOr<std::chrono::milliseconds> ParseTimeout(std::string_view text) {
  double seconds = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, seconds);
  if (text.empty() || error != std::errc() || stop != end ||
      !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "--timeout: expected seconds in (0, 3600], got '%s'", text));
  }
  auto millis = static_cast<int64_t>(std::ceil(seconds * 1000));
  return std::chrono::milliseconds(millis);
}

Connection::Connection(ConnectionOptions options)
    : options_(std::move(options)),
      channel_(grpc::CreateChannel(options_.address,
                                   grpc::InsecureChannelCredentials())) {}

void Connection::Prepare(grpc::ClientContext* context) const {
  context->set_deadline(std::chrono::system_clock::now() + options_.timeout);
  if (!options_.token.empty()) {
    context->AddMetadata("authorization", "Bearer " + options_.token);
  }
}

}  // namespace kitap::client
