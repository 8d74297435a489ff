// Days and instants for the generator: compact day numbers, library hours,
// the public holidays of Kazakhstan and each kind of library's calendar.
#ifndef KITAP_BENCH_DAYS_H_
#define KITAP_BENCH_DAYS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "kitap/v1/common.pb.h"
#include "server/domain/policy.h"
#include "server/domain/types.h"

namespace kitap::gen {

// Every library the generator makes keeps Kazakhstan's time.
inline constexpr char kTimeZone[] = "Asia/Almaty";

// Days since 1970-01-01: four bytes per stored date.
int32_t ToDayNumber(const domain::CivilDate& date);
domain::CivilDate FromDayNumber(int32_t day);
int32_t FirstDay(int year);  // 1 January
int32_t LastDay(int year);   // 31 December

// The instant `seconds` after local midnight of `date` in kTimeZone.
domain::Micros LocalInstant(const domain::CivilDate& date, int seconds);

// Opening hours of every desk, in seconds after local midnight.
inline constexpr int kOpensAt = 9 * 3600;
inline constexpr int kClosesAt = 19 * 3600;

// Kazakhstan's public holidays on fixed dates in `year`.
std::vector<domain::CivilDate> Holidays(int year);

// The calendar of a library of `type` for a dataset of `year`: its weekly
// closed days and the holidays of `year` and the year after (due dates of
// December loans fall in January).
domain::Calendar CalendarFor(v1::LibraryType type, int year);

// Seasonal weight of a day's activity (more in autumn, less in summer).
double SeasonWeight(const domain::CivilDate& date);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_DAYS_H_
