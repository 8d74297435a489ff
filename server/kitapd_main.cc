// kitapd: the national library circulation server. Parses its options,
// opens the database, serves gRPC until SIGTERM or SIGINT, then drains
// in-flight writes and exits.
#include <signal.h>

#include <iostream>
#include <memory>
#include <string>
#include <utility>

#include "server/config.h"
#include "server/log.h"
#include "server/ops/admin_ops.h"
#include "server/server.h"
#include "server/tls.h"
#include "server/version.h"

namespace {

kitap::ServerOptions ToOptions(const kitap::ServerConfig& config) {
  kitap::ServerOptions options;
  options.grpc_listen = config.grpc_listen;
  options.http_listen = config.http_listen;
  options.tls = {.cert_file = config.tls_cert,
                 .key_file = config.tls_key,
                 .client_ca_file = config.tls_client_ca,
                 .allow_plaintext = config.allow_plaintext};
  options.engine.db_path = config.db_path;
  options.engine.synchronous = config.synchronous;
  options.engine.read_threads = config.read_threads;
  options.engine.max_batch = static_cast<size_t>(config.max_batch);
  options.engine.policy = config.policy;
  options.rate_limit = config.rate_limit;
  return options;
}

// Blocks the stop signals in every thread (threads inherit the mask) so
// that only WaitForStopSignal sees them.
sigset_t BlockStopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

// The listen address with the port actually bound (for port 0).
std::string BoundAddress(const std::string& listen, int port) {
  if (listen.rfind("unix:", 0) == 0) return listen;
  return listen.substr(0, listen.rfind(':')) + ":" + std::to_string(port);
}

// Warns when --allow-plaintext is what lets kitapd serve an address.
void WarnIfPlaintextOffLoopback(const kitap::ServerOptions& options) {
  if (options.tls.enabled()) return;
  for (const auto& [port, address] : {std::pair("gRPC", options.grpc_listen),
                                      std::pair("HTTP", options.http_listen)}) {
    if (address.empty() || kitap::IsLoopbackAddress(address)) continue;
    kitap::Log(kitap::LogLevel::kWarn,
               std::string("serving ") + port + " in plaintext on " + address +
                   " (--allow-plaintext): tokens and readers' data cross the "
                   "network unencrypted unless something in front encrypts "
                   "them");
  }
}

// The HTTP side port's address as bound, or "off".
std::string HttpAddress(const kitap::ServerConfig& config,
                        const kitap::KitapServer& server) {
  if (config.http_listen.empty()) return "off";
  return BoundAddress(config.http_listen, server.http_port());
}

int WaitForStopSignal(const sigset_t& signals) {
  int signal = 0;
  sigwait(&signals, &signal);
  return signal;
}

// --bootstrap-admin: the first national admin credential, made directly in
// the database; the token goes to stdout, once.
int Bootstrap(const kitap::ServerConfig& config) {
  std::string token;
  kitap::Status s = kitap::ops::BootstrapNationalAdmin(
      config.db_path, config.bootstrap_admin, &token);
  if (!s.ok()) {
    std::cerr << "kitapd: cannot issue the bootstrap credential: "
              << s.ToString() << "\n";
    return 1;
  }
  kitap::Log(kitap::LogLevel::kInfo, "issued a national admin credential '" +
                                         config.bootstrap_admin + "' in " +
                                         config.db_path);
  std::cout << token << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  kitap::ServerConfig config;
  std::string output;
  switch (kitap::ParseServerConfig(argc, argv, &config, &output)) {
    case kitap::ParseResult::kHelp:
    case kitap::ParseResult::kVersion:
      std::cout << output;
      return 0;
    case kitap::ParseResult::kError:
      std::cerr << "kitapd: " << output << "\nTry 'kitapd --help'.\n";
      return 2;
    case kitap::ParseResult::kRun:
      break;
  }
  kitap::SetLogLevel(config.log_level);
  if (!config.bootstrap_admin.empty()) return Bootstrap(config);
  sigset_t signals = BlockStopSignals();

  const kitap::ServerOptions options = ToOptions(config);
  std::unique_ptr<kitap::KitapServer> server;
  kitap::Status status = kitap::KitapServer::Start(options, &server);
  if (!status.ok()) {
    kitap::Log(kitap::LogLevel::kError,
               "kitapd cannot start: " + status.ToString());
    return 1;
  }
  WarnIfPlaintextOffLoopback(options);
  kitap::Log(kitap::LogLevel::kInfo,
             std::string("kitapd ") + kitap::Version() +
                 " started: db=" + config.db_path + " grpc=" +
                 BoundAddress(config.grpc_listen, server->grpc_port()) +
                 " tls=" + std::string(kitap::TlsMode(options.tls)) +
                 " http=" + HttpAddress(config, *server) +
                 " synchronous=" + config.synchronous);
  int signal = WaitForStopSignal(signals);
  kitap::Log(kitap::LogLevel::kInfo, std::string("received ") +
                                         strsignal(signal) +
                                         ": draining in-flight writes");
  server->Shutdown();
  kitap::Log(kitap::LogLevel::kInfo, "kitapd stopped cleanly");
  return 0;
}
