#include "bench/days.h"

#include "absl/time/civil_time.h"
#include "server/domain/civil_time.h"

namespace kitap::gen {
namespace {

const absl::CivilDay kEpoch(1970, 1, 1);

struct MonthDay {
  int month;
  int day;
};

// New Year, Orthodox Christmas, Women's Day, Nauryz, Unity Day, Defender's
// Day, Victory Day, Capital Day, Constitution Day, Republic Day,
// Independence Day.
constexpr MonthDay kHolidays[] = {{1, 1},  {1, 2},  {1, 7},   {3, 8},  {3, 21},
                                  {3, 22}, {3, 23}, {5, 1},   {5, 7},  {5, 9},
                                  {7, 6},  {8, 30}, {10, 25}, {12, 16}};

}  // namespace

int32_t ToDayNumber(const domain::CivilDate& date) {
  return static_cast<int32_t>(absl::CivilDay(date.year, date.month, date.day) -
                              kEpoch);
}

domain::CivilDate FromDayNumber(int32_t day) {
  absl::CivilDay civil = kEpoch + day;
  return {static_cast<int>(civil.year()), civil.month(), civil.day()};
}

int32_t FirstDay(int year) { return ToDayNumber({year, 1, 1}); }
int32_t LastDay(int year) { return ToDayNumber({year, 12, 31}); }

domain::Micros LocalInstant(const domain::CivilDate& date, int seconds) {
  domain::Micros midnight =
      domain::EndOfLocalDay(domain::AddDays(date, -1), kTimeZone) + 1;
  return midnight + seconds * domain::kMicrosPerSecond;
}

std::vector<domain::CivilDate> Holidays(int year) {
  std::vector<domain::CivilDate> days;
  for (MonthDay h : kHolidays) days.push_back({year, h.month, h.day});
  return days;
}

domain::Calendar CalendarFor(v1::LibraryType type, int year) {
  domain::Calendar calendar;
  switch (type) {
    case v1::LIBRARY_TYPE_NATIONAL:
    case v1::LIBRARY_TYPE_ACADEMIC:
      break;  // open every day but holidays
    case v1::LIBRARY_TYPE_DISTRICT:
      calendar.closed_weekdays = {7};
      break;
    case v1::LIBRARY_TYPE_RURAL:
      calendar.closed_weekdays = {1, 7};
      break;
    default:
      calendar.closed_weekdays = {1};
      break;
  }
  for (int y : {year, year + 1}) {
    for (const auto& day : Holidays(y)) calendar.closed_dates.insert(day);
  }
  return calendar;
}

double SeasonWeight(const domain::CivilDate& date) {
  static constexpr double kMonth[] = {0.95, 1.0,  1.05, 1.05, 0.95, 0.8,
                                      0.75, 0.85, 1.1,  1.15, 1.15, 1.0};
  return kMonth[date.month - 1];
}

}  // namespace kitap::gen
