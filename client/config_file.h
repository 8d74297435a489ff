// The config file of `kitap`: settings a desk keeps so that nobody types
// them at every command, e.g.
//
//   # ~/.config/kitap/kitap.conf
//   server = kitap.example.kz:7070
//   token = 3f9c...
//   ca-cert = /etc/kitap/ca.pem
//   library = 12
//   lang = kk
//
// One "key = value" per line; blank lines and lines starting with '#' are
// ignored. A setting comes from the command line first, then from its
// environment variable (KITAP_SERVER, ...), then from this file.
#ifndef KITAP_CLIENT_CONFIG_FILE_H_
#define KITAP_CLIENT_CONFIG_FILE_H_

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "client/args.h"

namespace kitap::client {

// The environment variable that points at another config file.
inline constexpr char kConfigEnvVar[] = "KITAP_CONFIG";

struct ConfigFile {
  std::string path;  // where it was read from; empty when there is none
  std::map<std::string, std::string, std::less<>> values;
};

// Where the config file is: $KITAP_CONFIG when set, else
// $XDG_CONFIG_HOME/kitap/kitap.conf, else $HOME/.config/kitap/kitap.conf;
// empty when none of them is set. Each argument may be null.
std::string ConfigFilePath(const char* kitap_config,
                           const char* xdg_config_home, const char* home);

// Parses the text of a config file read from `path` (for messages). Fails
// (INVALID_ARGUMENT, naming path:line) on a line without '=', an unknown
// key or a key given twice.
absl::StatusOr<ConfigFile> ParseConfigFile(std::string_view text,
                                           std::string path);

// Reads and parses the file at `path`; a missing file (or an empty path)
// is an empty config. Fails when it cannot be read, does not parse, or
// holds a token while others than its owner may read it (chmod 600 it).
absl::StatusOr<ConfigFile> ReadConfigFile(const std::string& path);

// Fills in each setting that `args` lacks and that `accepted` names: from
// its environment variable (looked up with `getenv`) when that is set and
// not empty, else from `config`. The connection's variables (KITAP_SERVER,
// KITAP_TOKEN, KITAP_CA_CERT, ...) are left to ConnectionOptionsFrom, which
// names them in its messages. "library" (KITAP_LIBRARY) and "journal"
// (KITAP_JOURNAL) are only filled in for desk commands (`desk`): elsewhere,
// e.g. in `kitap report annual`, --library means something else.
void ApplySettings(const ConfigFile& config,
                   std::span<const std::string_view> accepted, bool desk,
                   const std::function<const char*(const char*)>& getenv,
                   ParsedArgs* args);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_CONFIG_FILE_H_
