#include "server/log.h"

#include <time.h>

#include <array>
#include <atomic>
#include <cstdio>

namespace kitap {
namespace {

constexpr std::array<std::string_view, 4> kLevelNames = {"debug", "info",
                                                         "warn", "error"};
constexpr std::array<const char*, 4> kLevelLabels = {"DEBUG", "INFO", "WARN",
                                                     "ERROR"};

std::atomic<LogLevel> g_level{LogLevel::kInfo};

}  // namespace

std::optional<LogLevel> ParseLogLevel(std::string_view name) {
  for (size_t i = 0; i < kLevelNames.size(); ++i) {
    if (kLevelNames[i] == name) return static_cast<LogLevel>(i);
  }
  return std::nullopt;
}

bool SetLogLevel(std::string_view name) {
  std::optional<LogLevel> level = ParseLogLevel(name);
  if (!level) return false;
  SetLogLevel(*level);
  return true;
}

void SetLogLevel(LogLevel level) {
  g_level.store(level, std::memory_order_relaxed);
}

bool LogEnabled(LogLevel level) {
  return level >= g_level.load(std::memory_order_relaxed);
}

void Log(LogLevel level, std::string_view message) {
  if (!LogEnabled(level)) return;
  std::string line =
      FormatLogLine(level, std::chrono::system_clock::now(), message);
  // One fwrite per line: POSIX stdio locks the stream for each call, so
  // lines from different threads do not interleave. stderr is unbuffered.
  std::fwrite(line.data(), 1, line.size(), stderr);
}

std::string FormatLogLine(LogLevel level,
                          std::chrono::system_clock::time_point time,
                          std::string_view message) {
  using std::chrono::milliseconds;
  auto since_epoch = std::chrono::floor<milliseconds>(time.time_since_epoch());
  auto seconds = std::chrono::floor<std::chrono::seconds>(since_epoch);
  time_t whole = static_cast<time_t>(seconds.count());
  tm utc;
  gmtime_r(&whole, &utc);
  char prefix[64];
  int length = std::snprintf(
      prefix, sizeof prefix, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ %s ",
      utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
      utc.tm_sec, static_cast<int>((since_epoch - seconds).count()),
      kLevelLabels[static_cast<size_t>(level)]);
  std::string line(prefix, static_cast<size_t>(length));
  line.append(message).push_back('\n');
  return line;
}

}  // namespace kitap
