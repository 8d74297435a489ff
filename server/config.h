// kitapd's configuration: defaults, an optional config file, and
// command-line flags, in rising order of precedence. The options are
// described by `kitapd --help` and in docs/configuration.md.
#ifndef KITAP_SERVER_CONFIG_H_
#define KITAP_SERVER_CONFIG_H_

#include <string>

#include "server/domain/policy.h"

namespace kitap {

struct ServerConfig {
  std::string db_path = "kitap.db";            // --db
  std::string grpc_listen = "127.0.0.1:7070";  // --grpc-listen
  std::string http_listen = "127.0.0.1:7080";  // --http-listen; empty: off
  // TLS (server/tls.h): all empty is plaintext; cert and key go together,
  // and the client CA needs them.
  std::string tls_cert;              // --tls-cert FILE
  std::string tls_key;               // --tls-key FILE
  std::string tls_client_ca;         // --tls-client-ca FILE: mutual TLS
  bool allow_plaintext = false;      // --allow-plaintext: also off loopback
  std::string log_level = "info";    // --log-level: debug|info|warn|error
  std::string synchronous = "FULL";  // --synchronous: FULL|NORMAL|OFF
  int read_threads = 4;              // --read-threads
  int max_batch = 1024;              // --max-batch
  int rate_limit = 200;              // --rate-limit: calls/s per credential
  std::string bootstrap_admin;       // --bootstrap-admin LABEL: issue, exit
  std::string config_file;           // --config; empty: none was read
  domain::Policy policy;             // --policy.NAME, policy.NAME = N
};

enum class ParseResult {
  kRun,      // *config holds the configuration to run with
  kHelp,     // --help or -h: *output holds the help text
  kVersion,  // --version: *output holds the version line
  kError,    // *output holds a one-line message naming the bad flag, or the
             // config file and line
};

// Parses kitapd's command line (argv[0] is the program name). The config
// file named by --config is applied first, then the other flags in order,
// so flags override the file and a later flag overrides an earlier one.
// Both "--flag value" and "--flag=value" are accepted, and a yes/no option
// alone means true ("--allow-plaintext"); config file lines are
// "key = value" with the flag name as key and "#" starting a comment.
//
// *config is the base the options apply to (normally default-constructed);
// it is changed only when the result is kRun. *output is set for every
// result but kRun, which leaves it empty. Every value is validated: unknown
// options, malformed numbers, out-of-range values, unknown enum values and
// TLS options that do not go together are kError.
ParseResult ParseServerConfig(int argc, const char* const* argv,
                              ServerConfig* config, std::string* output);

}  // namespace kitap

#endif  // KITAP_SERVER_CONFIG_H_
