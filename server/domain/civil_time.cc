#include "server/domain/civil_time.h"

#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <shared_mutex>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace kitap::domain {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

absl::CivilDay ToCivilDay(const CivilDate& date) {
  return absl::CivilDay(date.year, date.month, date.day);
}

CivilDate FromCivilDay(const absl::CivilDay& day) {
  return {static_cast<int>(day.year()), day.month(), day.day()};
}

// Abseil maps a name to a file path under the tzdata directory, so an
// absolute or "../" name would read an arbitrary file, and "localtime" would
// tie a library to the server's own zone. Only IANA-style names get through.
bool IsPlausibleZoneName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '/' ||
      name == "localtime") {
    return false;
  }
  for (char c : name) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !digit && c != '/' && c != '_' && c != '+' && c != '-') {
      return false;
    }
  }
  return true;
}

// Loaded zones by name. Lookups vastly outnumber loads (a handful of zones
// serve the whole country), hence a shared lock; a zone is never evicted.
class ZoneCache {
 public:
  std::optional<absl::TimeZone> Find(const std::string& name) {
    {
      std::shared_lock lock(mutex_);
      if (auto it = zones_.find(name); it != zones_.end()) return it->second;
    }
    absl::TimeZone zone;
    // Loading reads a file, so it runs outside the lock; two threads racing
    // on the same name load the same zone and the first insert wins.
    if (!IsPlausibleZoneName(name) || !absl::LoadTimeZone(name, &zone)) {
      return std::nullopt;
    }
    std::unique_lock lock(mutex_);
    return zones_.emplace(name, zone).first->second;
  }

 private:
  std::shared_mutex mutex_;
  std::map<std::string, absl::TimeZone, std::less<>> zones_;  // by mutex_
};

std::optional<absl::TimeZone> FindZone(const std::string& name) {
  // Leaked on purpose: threads may still convert times during exit.
  static ZoneCache* const cache = new ZoneCache;
  return cache->Find(name);
}

absl::TimeZone ZoneOrUtc(const std::string& name) {
  return FindZone(name).value_or(absl::UTCTimeZone());
}

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

bool IsValidDate(const CivilDate& date) {
  if (date.year < kMinYear || date.year > kMaxYear) return false;
  // CivilDay normalizes out-of-range fields (2 Feb 30 -> 3 Mar 2), so a date
  // is real exactly when normalization leaves it unchanged.
  return FromCivilDay(ToCivilDay(date)) == date;
}

CivilDate AddDays(const CivilDate& date, int days) {
  return FromCivilDay(ToCivilDay(date) + days);
}

int Weekday(const CivilDate& date) {
  // absl::Weekday runs monday = 0 .. sunday = 6.
  return static_cast<int>(absl::GetWeekday(ToCivilDay(date))) + 1;
}

std::string FormatDate(const CivilDate& date) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month,
                date.day);
  return buffer;
}

std::optional<CivilDate> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const std::string_view year = text.substr(0, 4);
  const std::string_view month = text.substr(5, 2);
  const std::string_view day = text.substr(8, 2);
  if (!AllDigits(year) || !AllDigits(month) || !AllDigits(day)) {
    return std::nullopt;
  }
  const CivilDate date{ToInt(year), ToInt(month), ToInt(day)};
  if (!IsValidDate(date)) return std::nullopt;
  return date;
}

bool IsKnownTimeZone(const std::string& zone) {
  return FindZone(zone).has_value();
}

CivilDate LocalDate(Micros instant, const std::string& zone) {
  return FromCivilDay(
      absl::ToCivilDay(absl::FromUnixMicros(instant), ZoneOrUtc(zone)));
}

Micros EndOfLocalDay(const CivilDate& date, const std::string& zone) {
  // The next day's first instant is well defined even when a transition
  // skips local midnight (FromCivil then yields the transition itself).
  const absl::Time next_day =
      absl::FromCivil(ToCivilDay(date) + 1, ZoneOrUtc(zone));
  return absl::ToUnixMicros(next_day) - 1;
}

int AgeInYears(const CivilDate& birth, const CivilDate& on) {
  if (on < birth) return 0;
  int age = on.year - birth.year;
  // Comparing (month, day) pairs makes a 29 February birthday fall due on
  // 1 March in a non-leap year, since 28 February still sorts before it.
  const bool birthday_passed = on.month > birth.month ||
                               (on.month == birth.month && on.day >= birth.day);
  if (!birthday_passed) --age;
  return age;
}

}  // namespace kitap::domain
