#include "client/connection.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <thread>
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

namespace {

// The PEM text of `file`, which must hold at least one PEM block.
absl::StatusOr<std::string> ReadPemFile(const PemFile& file) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: cannot read '%s': %s", file.source, file.path,
                        std::strerror(errno)));
  }
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (text.find("-----BEGIN ") == std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: '%s' is not a PEM file", file.source, file.path));
  }
  return text;
}

// Reads `file` into *pem when it is given.
absl::Status ReadIfGiven(const std::optional<PemFile>& file, std::string* pem) {
  if (!file.has_value()) return absl::OkStatus();
  absl::StatusOr<std::string> text = ReadPemFile(*file);
  if (!text.ok()) return text.status();
  *pem = *std::move(text);
  return absl::OkStatus();
}

// The client certificate options that do not go together, or OK.
absl::Status CheckTlsFilesGiven(const std::optional<PemFile>& ca_cert,
                                const std::optional<PemFile>& client_cert,
                                const std::optional<PemFile>& client_key) {
  if (client_cert.has_value() && !client_key.has_value()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s needs its key too: --client-key or %s",
                        client_cert->source, kClientKeyEnvVar));
  }
  if (client_key.has_value() && !client_cert.has_value()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s needs its certificate too: --client-cert or %s",
                        client_key->source, kClientCertEnvVar));
  }
  if (client_cert.has_value() && !ca_cert.has_value()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s needs --ca-cert or %s: client certificates are sent over TLS "
        "only",
        client_cert->source, kCaCertEnvVar));
  }
  return absl::OkStatus();
}

std::shared_ptr<grpc::ChannelCredentials> ChannelCredentials(
    const ConnectionOptions& options) {
  if (!options.tls.has_value()) return grpc::InsecureChannelCredentials();
  return grpc::SslCredentials(*options.tls);
}

}  // namespace

absl::StatusOr<std::optional<grpc::SslCredentialsOptions>> LoadTlsCredentials(
    const std::optional<PemFile>& ca_cert,
    const std::optional<PemFile>& client_cert,
    const std::optional<PemFile>& client_key) {
  absl::Status given = CheckTlsFilesGiven(ca_cert, client_cert, client_key);
  if (!given.ok()) return given;
  if (!ca_cert.has_value()) return std::nullopt;
  grpc::SslCredentialsOptions tls;
  for (auto [file, pem] : {std::pair(&ca_cert, &tls.pem_root_certs),
                           std::pair(&client_cert, &tls.pem_cert_chain),
                           std::pair(&client_key, &tls.pem_private_key)}) {
    absl::Status read = ReadIfGiven(*file, pem);
    if (!read.ok()) return read;
  }
  return tls;
}

namespace {

// gRPC's default reconnect backoff grows to two minutes; a desk must see
// the server again within seconds of its return.
grpc::ChannelArguments ChannelArgs() {
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 250);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 2000);
  return args;
}

}  // namespace

Connection::Connection(ConnectionOptions options)
    : options_(std::move(options)),
      channel_(grpc::CreateCustomChannel(
          options_.address, ChannelCredentials(options_), ChannelArgs())) {}

void Connection::PauseBefore(int attempt) const {
  thread_local std::minstd_rand random(std::random_device{}());
  std::this_thread::sleep_for(
      BackoffBefore(attempt, options_.retry, static_cast<uint32_t>(random())));
}

void Connection::Prepare(grpc::ClientContext* context,
                         std::chrono::milliseconds timeout) const {
  context->set_deadline(std::chrono::system_clock::now() + timeout);
  if (!options_.token.empty()) {
    context->AddMetadata("authorization", "Bearer " + options_.token);
  }
}

}  // namespace kitap::client
