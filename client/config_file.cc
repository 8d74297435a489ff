#include "client/config_file.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "absl/strings/str_format.h"

namespace kitap::client {
namespace {

struct Key {
  std::string_view name;
  const char* env_var;  // the variable that overrides it, or null
  bool desk_only;       // only for commands of one library's desk
};

constexpr Key kKeys[] = {
    {"server", "KITAP_SERVER", false},
    {"token", "KITAP_TOKEN", false},
    {"timeout", nullptr, false},
    {"ca-cert", "KITAP_CA_CERT", false},
    {"client-cert", "KITAP_CLIENT_CERT", false},
    {"client-key", "KITAP_CLIENT_KEY", false},
    // The locale is only a default; a language set here is a choice.
    {"lang", nullptr, false},
    {"library", "KITAP_LIBRARY", true},
    {"journal", "KITAP_JOURNAL", true},
};

const Key* FindKey(std::string_view name) {
  auto it = std::find_if(std::begin(kKeys), std::end(kKeys),
                         [&](const Key& key) { return key.name == name; });
  return it == std::end(kKeys) ? nullptr : it;
}

absl::Status LineError(std::string_view path, int line, std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrFormat("%s:%d: %s", path, line, what));
}

// A token must not be readable by others: a desk's token acts as the desk.
absl::Status CheckPrivate(const ConfigFile& config) {
  struct stat info;
  if (!config.values.contains("token") ||
      stat(config.path.c_str(), &info) != 0 ||
      (info.st_mode & (S_IRWXG | S_IRWXO)) == 0) {
    return absl::OkStatus();
  }
  return absl::PermissionDeniedError(absl::StrFormat(
      "%s holds a token but others may read it; run: chmod 600 %s", config.path,
      config.path));
}

}  // namespace

std::string ConfigFilePath(const char* kitap_config,
                           const char* xdg_config_home, const char* home) {
  auto set = [](const char* value) { return value != nullptr && *value; };
  if (set(kitap_config)) return kitap_config;
  if (set(xdg_config_home)) {
    return std::string(xdg_config_home) + "/kitap/kitap.conf";
  }
  if (set(home)) return std::string(home) + "/.config/kitap/kitap.conf";
  return "";
}

absl::StatusOr<ConfigFile> ParseConfigFile(std::string_view text,
                                           std::string path) {
  ConfigFile config{std::move(path), {}};
  int number = 0;
  while (!text.empty()) {
    ++number;
    const size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = StripBlanks(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    if (line.empty() || line.starts_with('#')) continue;
    const size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      return LineError(config.path, number, "expected 'key = value'");
    }
    const std::string_view key = StripBlanks(line.substr(0, equals));
    if (FindKey(key) == nullptr) {
      return LineError(config.path, number,
                       absl::StrFormat("unknown key '%s'", key));
    }
    const std::string_view value = StripBlanks(line.substr(equals + 1));
    if (!config.values.emplace(key, value).second) {
      return LineError(config.path, number,
                       absl::StrFormat("'%s' is set twice", key));
    }
  }
  return config;
}

absl::StatusOr<ConfigFile> ReadConfigFile(const std::string& path) {
  if (path.empty()) return ConfigFile{};
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return ConfigFile{};
    return absl::InvalidArgumentError(absl::StrFormat(
        "cannot read the config file %s: %s", path, std::strerror(errno)));
  }
  const std::string text{std::istreambuf_iterator<char>(in),
                         std::istreambuf_iterator<char>()};
  absl::StatusOr<ConfigFile> config = ParseConfigFile(text, path);
  if (!config.ok()) return config.status();
  absl::Status is_private = CheckPrivate(*config);
  if (!is_private.ok()) return is_private;
  return config;
}

void ApplySettings(const ConfigFile& config,
                   std::span<const std::string_view> accepted, bool desk,
                   const std::function<const char*(const char*)>& getenv,
                   ParsedArgs* args) {
  for (const Key& key : kKeys) {
    if (args->Has(key.name) || (key.desk_only && !desk) ||
        std::find(accepted.begin(), accepted.end(), key.name) ==
            accepted.end()) {
      continue;
    }
    const char* env = key.env_var ? getenv(key.env_var) : nullptr;
    if (env != nullptr && *env != '\0') {
      // The connection reads its own variables (ConnectionOptionsFrom), so
      // that its messages name them; the desk's are read here.
      if (key.desk_only) args->options.emplace(key.name, env);
      continue;
    }
    auto value = config.values.find(key.name);
    if (value != config.values.end()) {
      args->options.emplace(key.name, value->second);
    }
  }
}

}  // namespace kitap::client
