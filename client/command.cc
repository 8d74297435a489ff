#include "client/command.h"

#include <cstdlib>

#include "client/exit_code.h"
#include "client/reason_text.h"

namespace kitap::client {
namespace {

// The file named by --`flag`, else by the environment variable `env_var`
// when it is set and not empty.
std::optional<PemFile> FileOption(const ParsedArgs& args, std::string_view flag,
                                  const char* env_var) {
  if (auto path = args.Get(flag)) {
    return PemFile{"--" + std::string(flag), *path};
  }
  const char* env = std::getenv(env_var);
  if (env == nullptr || *env == '\0') return std::nullopt;
  return PemFile{env_var, env};
}

}  // namespace

absl::StatusOr<ConnectionOptions> ConnectionOptionsFrom(
    const ParsedArgs& args) {
  ConnectionOptions options;
  options.address =
      ResolveServerAddress(args.Get("server"), std::getenv(kServerEnvVar));
  if (options.address.empty()) {
    return absl::InvalidArgumentError("--server: the address is empty");
  }
  if (auto token = args.Get("token")) {
    options.token = *token;
  } else if (const char* env = std::getenv(kTokenEnvVar)) {
    options.token = env;
  }
  if (auto timeout = args.Get("timeout")) {
    auto parsed = ParseTimeout(*timeout);
    if (!parsed.ok()) return parsed.status();
    options.timeout = *parsed;
  }
  auto tls =
      LoadTlsCredentials(FileOption(args, "ca-cert", kCaCertEnvVar),
                         FileOption(args, "client-cert", kClientCertEnvVar),
                         FileOption(args, "client-key", kClientKeyEnvVar));
  if (!tls.ok()) return tls.status();
  options.tls = *std::move(tls);
  return options;
}

std::optional<Connection> Connect(const CommandContext& context,
                                  std::string_view command) {
  absl::StatusOr<ConnectionOptions> options =
      ConnectionOptionsFrom(context.args);
  if (!options.ok()) {
    UsageError(context.err, command, options.status());
    return std::nullopt;
  }
  return Connection(*options);
}

int UsageError(std::ostream& err, std::string_view command,
               const absl::Status& status) {
  err << "kitap: " << status.message() << "\nTry 'kitap " << command
      << (command.empty() ? "" : " ") << "--help'.\n";
  return kExitUsage;
}

int CallFailure(std::ostream& err, Language language, std::string_view what,
                const RpcStatus& status, std::string_view address) {
  const ExitCode code = ExitCodeFor(status.code());
  err << "kitap: " << DescribeFailure(status, language) << '\n';
  err << "kitap: " << what << " failed: " << status.ToString() << '\n';
  if (code == kExitUnreachable) {
    err << "kitap: is kitapd running at " << address
        << "? (--server or KITAP_SERVER)\n"
        << "kitap: if it serves TLS, do --ca-cert and --client-cert fit it? "
           "(docs/security.md#tls)\n";
  }
  return code;
}

}  // namespace kitap::client
