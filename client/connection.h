// Connection: the channel to kitapd and the deadline every call gets.
#ifndef KITAP_CLIENT_CONNECTION_H_
#define KITAP_CLIENT_CONNECTION_H_

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "client/retry.h"
#include "client/rpc_status.h"

namespace kitap::client {

inline constexpr char kDefaultServer[] = "127.0.0.1:7070";
inline constexpr char kServerEnvVar[] = "KITAP_SERVER";
inline constexpr char kTokenEnvVar[] = "KITAP_TOKEN";
inline constexpr char kCaCertEnvVar[] = "KITAP_CA_CERT";
inline constexpr char kClientCertEnvVar[] = "KITAP_CLIENT_CERT";
inline constexpr char kClientKeyEnvVar[] = "KITAP_CLIENT_KEY";
inline constexpr std::chrono::milliseconds kDefaultTimeout{5000};

struct ConnectionOptions {
  std::string address = kDefaultServer;  // host:port of kitapd's gRPC port
  std::chrono::milliseconds timeout = kDefaultTimeout;  // for each call
  std::string token;  // bearer token sent with every call (--token)
  // TLS: the CA certificates to trust and, for mutual TLS, this client's
  // certificate and key, as PEM text (LoadTlsCredentials); nullopt is
  // plaintext.
  std::optional<grpc::SslCredentialsOptions> tls;
  RetryPolicy retry;  // for transient failures of each call
};

// A PEM file named by an option; `source` names the option in messages,
// e.g. "--ca-cert" or "KITAP_CA_CERT".
struct PemFile {
  std::string source;
  std::string path;
};

// The TLS credentials of a trusted CA file and, for mutual TLS, a client
// certificate and its key: nullopt when none is given (plaintext). Fails
// with INVALID_ARGUMENT, naming the source and the file, when a file cannot
// be read or holds no PEM block; and when only one of the client
// certificate and key is given, or they are given without a CA.
absl::StatusOr<std::optional<grpc::SslCredentialsOptions>> LoadTlsCredentials(
    const std::optional<PemFile>& ca_cert,
    const std::optional<PemFile>& client_cert,
    const std::optional<PemFile>& client_key);

// The server address: `flag` (--server) when given, else `env_value`
// (KITAP_SERVER, may be null) when non-empty, else 127.0.0.1:7070.
std::string ResolveServerAddress(const std::optional<std::string>& flag,
                                 const char* env_value);

// Parses a --timeout value: seconds, fractions allowed, more than 0 and at
// most 3600.
absl::StatusOr<std::chrono::milliseconds> ParseTimeout(std::string_view text);

// Thread-safe: calls may run concurrently on one Connection.
class Connection {
 public:
  // Creates the channel (TLS when options.tls is set); gRPC connects on the
  // first call.
  explicit Connection(ConnectionOptions options);

  const std::string& address() const { return options_.address; }
  const std::shared_ptr<grpc::Channel>& channel() const { return channel_; }

  // Runs one blocking unary call of a generated stub, e.g.
  //   connection.Call(*stubs.circulation, &v1::Circulation::Stub::CheckOut,
  //                   request, &response);
  // each attempt with a deadline of now + the timeout, retrying transient
  // failures with the same request as options.retry says, and returns the
  // last attempt's status with the server's reason.
  template <typename Stub, typename Request, typename Response>
  RpcStatus Call(Stub& stub,
                 grpc::Status (Stub::*method)(grpc::ClientContext*,
                                              const Request&, Response*),
                 const Request& request, Response* response) const {
    return WithRetries([&] {
      grpc::ClientContext context;
      Prepare(&context, options_.timeout);
      grpc::Status status = (stub.*method)(&context, request, response);
      return RpcStatus::FromCall(status, context.GetServerTrailingMetadata());
    });
  }

  // Runs `attempt` (a callable returning RpcStatus) again while it fails
  // transiently, as options.retry says; returns the last status.
  template <typename Attempt>
  RpcStatus WithRetries(const Attempt& attempt) const {
    for (int n = 1;; ++n) {
      RpcStatus result = attempt();
      if (!IsTransient(result.code()) || n >= options_.retry.max_attempts) {
        return result;
      }
      PauseBefore(n + 1);
    }
  }

  // Sets a deadline of now + `timeout` and the credentials of a call.
  void Prepare(grpc::ClientContext* context,
               std::chrono::milliseconds timeout) const;
  std::chrono::milliseconds timeout() const { return options_.timeout; }

 private:
  // Sleeps the backoff before attempt `attempt`.
  void PauseBefore(int attempt) const;

  ConnectionOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace kitap::client

#endif  // KITAP_CLIENT_CONNECTION_H_
