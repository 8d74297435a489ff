// A tiny logger: one line per message on stderr,
//   2025-03-01T09:15:02.123Z INFO message
// with an RFC 3339 UTC timestamp with milliseconds. Messages below the
// current level (default info) are dropped.
//
// Thread-safety: every function may be called from any thread; lines from
// different threads never interleave.
#ifndef KITAP_SERVER_LOG_H_
#define KITAP_SERVER_LOG_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kitap {

enum class LogLevel { kDebug = 0, kInfo, kWarn, kError };

// "debug", "info", "warn" or "error"; nullopt for anything else.
std::optional<LogLevel> ParseLogLevel(std::string_view name);

// Sets the least severe level that is written. Returns false, and changes
// nothing, when `name` is not a level ParseLogLevel accepts.
bool SetLogLevel(std::string_view name);
void SetLogLevel(LogLevel level);

// True when a message at `level` would be written: lets callers skip
// building expensive debug messages.
bool LogEnabled(LogLevel level);

// Writes `message` at `level` if enabled.
void Log(LogLevel level, std::string_view message);

// The line Log writes, including the trailing newline.
std::string FormatLogLine(LogLevel level,
                          std::chrono::system_clock::time_point time,
                          std::string_view message);

}  // namespace kitap

#endif  // KITAP_SERVER_LOG_H_
