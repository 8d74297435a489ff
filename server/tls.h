// TLS for kitapd's listening ports: the settings (one struct, shared by the
// gRPC port and the HTTP side port), reading and checking the PEM files,
// and the rule that plaintext is served on loopback addresses only.
#ifndef KITAP_SERVER_TLS_H_
#define KITAP_SERVER_TLS_H_

#include <grpcpp/security/server_credentials.h>

#include <memory>
#include <string>
#include <string_view>

#include "db/status.h"

namespace kitap {

struct TlsOptions {
  // PEM certificate chain, the server's own certificate first (--tls-cert).
  // Empty: plaintext; then key_file and client_ca_file are empty too.
  std::string cert_file;
  std::string key_file;  // PEM private key of cert_file, unencrypted
  // PEM CA certificates (--tls-client-ca). Non-empty: mutual TLS, every
  // client must present a certificate signed by one of them.
  std::string client_ca_file;
  // Serve plaintext on addresses that are not loopback too
  // (--allow-plaintext): only behind something else that encrypts.
  bool allow_plaintext = false;

  bool enabled() const { return !cert_file.empty(); }
  bool mutual() const { return !client_ca_file.empty(); }
};

// The contents of the files of a TlsOptions, read and checked.
struct TlsFiles {
  std::string cert_chain;
  std::string private_key;
  std::string client_ca;  // empty: no client certificates asked for
};

// Reads the files of `options` (which must be enabled()) into *out and
// checks them: each is readable and holds PEM (at least one certificate,
// or one unencrypted private key), and the key belongs to the first
// certificate. On error returns INVALID_ARGUMENT, reason TLS_FILE_INVALID,
// with a message naming the file, and leaves *out alone. A certificate that
// has expired or is not yet valid is served anyway (clients will refuse it)
// and logged as a warning.
Status LoadTlsFiles(const TlsOptions& options, TlsFiles* out);

// True when `address` (host:port, [v6]:port or unix:PATH) can be reached
// from this machine only: 127.0.0.0/8, ::1, localhost and Unix sockets.
// Anything else, including names that might resolve to loopback, is false.
bool IsLoopbackAddress(std::string_view address);

// OK when `port_name` ("gRPC", "HTTP") may be served on `address` with
// `options`: with TLS, on a loopback address, or with allow_plaintext.
// Otherwise FAILED_PRECONDITION, reason PLAINTEXT_NOT_LOOPBACK, with a
// one-line message that says why and what to do.
Status CheckPlaintextAllowed(std::string_view port_name,
                             std::string_view address,
                             const TlsOptions& options);

// "off", "on" or "mutual": the TLS of `options`, for the start-up line.
std::string_view TlsMode(const TlsOptions& options);

// The gRPC credentials for `options` into *out: insecure when TLS is off;
// otherwise the files (checked by LoadTlsFiles, whose errors it returns),
// requiring and verifying client certificates when options.mutual().
Status MakeGrpcServerCredentials(const TlsOptions& options,
                                 std::shared_ptr<grpc::ServerCredentials>* out);

}  // namespace kitap

#endif  // KITAP_SERVER_TLS_H_
