#include "server/config.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "db/status.h"
#include "server/version.h"

namespace kitap {
namespace {

Status Invalid(std::string message) {
  return Status::InvalidArgument("INVALID_CONFIG", std::move(message));
}

// `text` in single quotes, for messages.
std::string Quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// "min..max", for messages and help.
std::string Range(int min, int max) {
  return std::to_string(min) + ".." + std::to_string(max);
}

// "a, b, c".
std::string Join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : ", ") + item;
  }
  return text;
}

// `text` without blanks at either end.
std::string_view Trim(std::string_view text) {
  constexpr std::string_view kBlank = " \t\r\n";
  size_t first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

// Parses all of `value` as a decimal int in [min, max] into *out; leaves
// *out alone on error.
Status ParseInt(std::string_view value, int min, int max, int* out) {
  const char* end = value.data() + value.size();
  int parsed = 0;
  auto [stop, error] = std::from_chars(value.data(), end, parsed);
  if (error == std::errc::invalid_argument || stop != end) {
    return Invalid(Quoted(value) + " is not a whole number");
  }
  if (error == std::errc::result_out_of_range || parsed < min || parsed > max) {
    return Invalid(Quoted(value) + " is out of range " + Range(min, max));
  }
  *out = parsed;
  return Status::Ok();
}

Status AcceptAny(std::string_view) { return Status::Ok(); }

Status CheckNotEmpty(std::string_view value) {
  if (value.empty()) return Invalid("must not be empty");
  return Status::Ok();
}

// host:port with a port 0..65535 (0: any free port, for tests).
Status CheckHostPort(std::string_view value) {
  size_t colon = value.rfind(':');
  int port = 0;
  if (colon == std::string_view::npos || colon == 0 ||
      !ParseInt(value.substr(colon + 1), 0, 65535, &port).ok()) {
    return Invalid(Quoted(value) + (" is not host:port (e.g. 127.0.0.1:7070) "
                                    "with a port 0..65535"));
  }
  return Status::Ok();
}

Status CheckGrpcAddress(std::string_view value) {
  if (value.starts_with("unix:") && value.size() > 5) return Status::Ok();
  return CheckHostPort(value);
}

Status CheckHttpAddress(std::string_view value) {
  if (value.empty()) return Status::Ok();
  return CheckHostPort(value);
}

// One option. `key` is both the flag name without "--" and the config file
// key; `set` validates a value and stores it. A yes/no option (no metavar)
// given alone on the command line gets the value "true".
struct Option {
  std::string key;
  std::string metavar;
  std::string help;
  std::string default_value;
  std::function<Status(std::string_view value, ServerConfig& config)> set;

  bool is_yes_no() const { return metavar.empty(); }
};

Option Text(std::string key, std::string metavar, std::string help,
            std::string ServerConfig::*field,
            Status (*check)(std::string_view)) {
  return {std::move(key), std::move(metavar), std::move(help),
          ServerConfig().*field,
          [field, check](std::string_view value, ServerConfig& config) {
            KITAP_RETURN_IF_ERROR(check(value));
            config.*field = std::string(value);
            return Status::Ok();
          }};
}

Option Choice(std::string key, std::string metavar, std::string help,
              std::string ServerConfig::*field,
              std::vector<std::string> choices) {
  return {
      std::move(key), std::move(metavar), std::move(help),
      ServerConfig().*field,
      [field, choices = std::move(choices)](std::string_view value,
                                            ServerConfig& config) {
        if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
          return Invalid(Quoted(value) + " is not one of " + Join(choices));
        }
        config.*field = std::string(value);
        return Status::Ok();
      }};
}

// A yes/no option: "true" or "false" (alone on the command line: true).
Option YesNo(std::string key, std::string help, bool ServerConfig::*field) {
  return {std::move(key), "", std::move(help),
          ServerConfig().*field ? "true" : "false",
          [field](std::string_view value, ServerConfig& config) {
            if (value != "true" && value != "false") {
              return Invalid(Quoted(value) + " is not one of true, false");
            }
            config.*field = value == "true";
            return Status::Ok();
          }};
}

Option Number(std::string key, std::string help, int min, int max,
              std::function<int&(ServerConfig&)> field) {
  ServerConfig defaults;
  return {std::move(key), "N", help + ", " + Range(min, max),
          std::to_string(field(defaults)),
          [field, min, max](std::string_view value, ServerConfig& config) {
            return ParseInt(value, min, max, &field(config));
          }};
}

Option ServerNumber(std::string key, std::string help, int min, int max,
                    int ServerConfig::*member) {
  return Number(
      std::move(key), std::move(help), min, max,
      [member](ServerConfig& config) -> int& { return config.*member; });
}

Option PolicyNumber(std::string_view name, std::string help, int min, int max,
                    int domain::Policy::*member) {
  return Number(
      "policy." + std::string(name), std::move(help), min, max,
      [member](ServerConfig& config) -> int& { return config.policy.*member; });
}

// Every option but --config, --help and --version, in help order. The
// ranges are sanity bounds that catch typos, not tuning advice.
const std::vector<Option>& Options() {
  using domain::Policy;
  static const auto& options = *new std::vector<Option>{
      Text("db", "PATH", "SQLite database file, created if missing",
           &ServerConfig::db_path, CheckNotEmpty),
      Text("grpc-listen", "ADDR", "gRPC address: host:port or unix:PATH",
           &ServerConfig::grpc_listen, CheckGrpcAddress),
      Text("http-listen", "ADDR",
           "HTTP side port (health, metrics, JSON): host:port; \"\" is off",
           &ServerConfig::http_listen, CheckHttpAddress),
      Text("tls-cert", "FILE",
           "TLS certificate chain (PEM), with --tls-key; \"\" is plaintext",
           &ServerConfig::tls_cert, AcceptAny),
      Text("tls-key", "FILE", "the PEM private key of --tls-cert",
           &ServerConfig::tls_key, AcceptAny),
      Text("tls-client-ca", "FILE",
           "mutual TLS: require client certificates signed by these CAs "
           "(PEM); \"\" is off",
           &ServerConfig::tls_client_ca, AcceptAny),
      YesNo("allow-plaintext",
            "serve plaintext off loopback too (only behind something that "
            "encrypts)",
            &ServerConfig::allow_plaintext),
      Choice("log-level", "LEVEL",
             "least severe log level written: debug, info, warn or error",
             &ServerConfig::log_level, {"debug", "info", "warn", "error"}),
      Choice("synchronous", "MODE",
             "SQLite synchronous mode: FULL (durable), NORMAL or OFF",
             &ServerConfig::synchronous, {"FULL", "NORMAL", "OFF"}),
      ServerNumber("read-threads", "read-only database connections", 1, 64,
                   &ServerConfig::read_threads),
      ServerNumber("max-batch", "most writes per transaction (group commit)", 1,
                   100000, &ServerConfig::max_batch),
      ServerNumber("rate-limit",
                   "calls per second per credential (bursts of twice that); "
                   "0 is off",
                   0, 1000000, &ServerConfig::rate_limit),
      Text("bootstrap-admin", "LABEL",
           "issue a national admin token labelled LABEL in the database, "
           "print it and exit (the first credential; see docs/security.md)",
           &ServerConfig::bootstrap_admin, CheckNotEmpty),
      PolicyNumber("loan_limit_adult", "most open loans of an adult", 0, 1000,
                   &Policy::loan_limit_adult),
      PolicyNumber("loan_limit_child", "most open loans of a child", 0, 1000,
                   &Policy::loan_limit_child),
      PolicyNumber("loan_limit_student", "most open loans of a student", 0,
                   1000, &Policy::loan_limit_student),
      PolicyNumber("loan_limit_staff", "most open loans of staff", 0, 1000,
                   &Policy::loan_limit_staff),
      PolicyNumber("loan_days_normal", "loan period of normal items, days", 1,
                   365, &Policy::loan_days_normal),
      PolicyNumber("loan_days_short", "loan period of short-loan items, days",
                   1, 365, &Policy::loan_days_short),
      PolicyNumber("max_renewals", "renewals allowed per loan", 0, 100,
                   &Policy::max_renewals),
      PolicyNumber("renew_max_overdue_days",
                   "days overdue beyond which renewal is refused", 0, 365,
                   &Policy::renew_max_overdue_days),
      PolicyNumber("registration_days",
                   "length of a new or renewed registration, days", 1, 3650,
                   &Policy::registration_days),
  };
  return options;
}

const Option* FindOption(std::string_view key) {
  for (const Option& option : Options()) {
    if (option.key == key) return &option;
  }
  return nullptr;
}

void AppendEntry(std::string_view flag, std::string_view help,
                 std::string* text) {
  *text += "  " + std::string(flag) + "\n      " + std::string(help) + "\n";
}

void AppendOption(const Option& option, std::string* text) {
  std::string value =
      option.default_value.empty() ? "\"\"" : option.default_value;
  std::string metavar = option.is_yes_no() ? "" : " " + option.metavar;
  AppendEntry("--" + option.key + metavar + "  (default: " + value + ")",
              option.help, text);
}

std::string HelpText() {
  std::string text =
      std::string("Usage: kitapd [OPTIONS]\n\nkitapd ") + Version() +
      ", the kitap national library circulation server.\n\n"
      "Options come from the config file named by --config, then from the\n"
      "command line, which overrides the file. On the command line write\n"
      "--name VALUE or --name=VALUE; in the file write \"name = VALUE\", one\n"
      "per line, with the option name without dashes; # starts a comment.\n\n"
      "Options:\n";
  AppendEntry("--config FILE  (default: none)", "read options from FILE first",
              &text);
  for (const Option& option : Options()) {
    if (option.key.starts_with("policy.")) continue;
    AppendOption(option, &text);
  }
  AppendEntry("-h, --help", "show this help and exit", &text);
  AppendEntry("--version", "print the version and exit", &text);
  text += "\nCirculation policy:\n";
  for (const Option& option : Options()) {
    if (option.key.starts_with("policy.")) AppendOption(option, &text);
  }
  text += "\nDocumentation: docs/configuration.md\n";
  return text;
}

// The command line, split up; flags are applied after the config file.
struct CommandLine {
  std::string config_file;
  std::vector<std::pair<const Option*, std::string>> flags;
};

// Takes the flag at argv[*i] and its value, either after "=" or in the next
// argument (then advancing *i).
Status TakeFlag(int argc, const char* const* argv, int* i, CommandLine* line) {
  std::string_view arg = argv[*i];
  if (!arg.starts_with("--")) {
    return Invalid("unexpected argument " + Quoted(arg) +
                   "; see kitapd --help");
  }
  std::string_view name = arg.substr(2);
  size_t equals = name.find('=');
  name = name.substr(0, equals);
  const Option* option = FindOption(name);
  if (option == nullptr && name != "config") {
    return Invalid("unknown flag --" + std::string(name) +
                   "; see kitapd --help");
  }
  std::string value;
  if (equals != std::string_view::npos) {
    value = arg.substr(2 + equals + 1);
  } else if (option != nullptr && option->is_yes_no()) {
    value = "true";
  } else if (*i + 1 < argc &&
             !std::string_view(argv[*i + 1]).starts_with("--")) {
    value = argv[++*i];
  } else {
    return Invalid("--" + std::string(name) + " needs a value");
  }
  if (option != nullptr) {
    line->flags.emplace_back(option, std::move(value));
  } else if (value.empty()) {
    return Invalid("--config needs a file name");
  } else {
    line->config_file = std::move(value);
  }
  return Status::Ok();
}

// Sets *output and returns kHelp or kVersion when asked, kError on a bad
// argument, and kRun otherwise.
ParseResult SplitCommandLine(int argc, const char* const* argv,
                             CommandLine* line, std::string* output) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      *output = HelpText();
      return ParseResult::kHelp;
    }
    if (arg == "--version") {
      *output = std::string("kitapd ") + Version() + "\n";
      return ParseResult::kVersion;
    }
    Status status = TakeFlag(argc, argv, &i, line);
    if (!status.ok()) {
      *output = status.message();
      return ParseResult::kError;
    }
  }
  return ParseResult::kRun;
}

// Strips one pair of double quotes around `value`, so that `name = ""`
// can say "empty".
std::string_view Unquote(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    return value.substr(1, value.size() - 2);
  }
  return value;
}

// Applies one config file line; the caller adds the file and line number.
Status ApplyLine(std::string_view line, ServerConfig* config) {
  line = Trim(line.substr(0, line.find('#')));
  if (line.empty()) return Status::Ok();
  size_t equals = line.find('=');
  if (equals == std::string_view::npos) {
    return Invalid("expected 'key = value', got " + Quoted(line));
  }
  std::string_view key = Trim(line.substr(0, equals));
  std::string_view value = Unquote(Trim(line.substr(equals + 1)));
  const Option* option = FindOption(key);
  if (option == nullptr) {
    return Invalid("unknown key " + Quoted(key));
  }
  if (key == "bootstrap-admin") {  // an action, not a setting
    return Invalid(
        "bootstrap-admin issues a credential and exits: give it on the "
        "command line, not in a config file");
  }
  Status status = option->set(value, *config);
  if (!status.ok()) return Invalid(std::string(key) + ": " + status.message());
  return Status::Ok();
}

Status ApplyFile(const std::string& path, ServerConfig* config) {
  std::ifstream file(path);
  if (!file) {
    return Invalid("cannot open config file " + path + ": " +
                   std::strerror(errno));
  }
  std::string line;
  for (int number = 1; std::getline(file, line); ++number) {
    Status status = ApplyLine(line, config);
    if (!status.ok()) {
      return Invalid(path + ":" + std::to_string(number) + ": " +
                     status.message());
    }
  }
  if (file.bad()) {
    return Invalid("cannot read config file " + path);
  }
  return Status::Ok();
}

// The TLS options that only work together.
Status CheckTlsOptions(const ServerConfig& config) {
  if (config.tls_cert.empty() != config.tls_key.empty()) {
    return Invalid(
        "--tls-cert and --tls-key go together: give both (TLS) or neither "
        "(plaintext)");
  }
  if (!config.tls_client_ca.empty() && config.tls_cert.empty()) {
    return Invalid(
        "--tls-client-ca needs --tls-cert and --tls-key: client "
        "certificates are checked over TLS only");
  }
  return Status::Ok();
}

Status Apply(const CommandLine& line, ServerConfig* config) {
  if (!line.config_file.empty()) {
    KITAP_RETURN_IF_ERROR(ApplyFile(line.config_file, config));
    config->config_file = line.config_file;
  }
  for (const auto& [option, value] : line.flags) {
    Status status = option->set(value, *config);
    if (!status.ok()) {
      return Invalid("--" + option->key + ": " + status.message());
    }
  }
  return CheckTlsOptions(*config);
}

}  // namespace

ParseResult ParseServerConfig(int argc, const char* const* argv,
                              ServerConfig* config, std::string* output) {
  output->clear();
  CommandLine line;
  ParseResult result = SplitCommandLine(argc, argv, &line, output);
  if (result != ParseResult::kRun) return result;
  ServerConfig parsed = *config;
  Status status = Apply(line, &parsed);
  if (!status.ok()) {
    *output = status.message();
    return ParseResult::kError;
  }
  *config = std::move(parsed);
  return ParseResult::kRun;
}

}  // namespace kitap
