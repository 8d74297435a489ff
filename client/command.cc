#include "client/command.h"

#include <cstdlib>

#include "client/exit_code.h"

namespace kitap::client {

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
  return options;
}

int UsageError(std::ostream& err, std::string_view command,
               const absl::Status& status) {
  err << "kitap: " << status.message() << "\nTry 'kitap " << command
      << (command.empty() ? "" : " ") << "--help'.\n";
  return kExitUsage;
}

int CallFailure(std::ostream& err, std::string_view what,
                const RpcStatus& status, std::string_view address) {
  const ExitCode code = ExitCodeFor(status.code());
  err << "kitap: " << what << " failed: " << status.ToString() << '\n';
  if (code == kExitUnreachable) {
    err << "kitap: is kitapd running at " << address
        << "? (--server or KITAP_SERVER)\n";
  }
  return code;
}

}  // namespace kitap::client
