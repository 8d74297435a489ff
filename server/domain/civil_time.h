// Calendar arithmetic and time-zone conversion (IANA zones from the
// system's tzdata, through Abseil). Pure functions.
#ifndef KITAP_SERVER_DOMAIN_CIVIL_TIME_H_
#define KITAP_SERVER_DOMAIN_CIVIL_TIME_H_

#include <optional>
#include <string>
#include <string_view>

#include "server/domain/types.h"

namespace kitap::domain {

// True for a real date between 1900-01-01 and 2200-12-31.
bool IsValidDate(const CivilDate& date);
CivilDate AddDays(const CivilDate& date, int days);
// ISO weekday: 1 = Monday .. 7 = Sunday.
int Weekday(const CivilDate& date);

// "YYYY-MM-DD" <-> CivilDate. Parse returns nullopt for anything malformed
// or invalid.
std::string FormatDate(const CivilDate& date);
std::optional<CivilDate> ParseDate(std::string_view text);

// True when `zone` names a time zone known to the system tzdata.
bool IsKnownTimeZone(const std::string& zone);
// The local calendar date of `instant` in `zone` (UTC if unknown).
CivilDate LocalDate(Micros instant, const std::string& zone);
// The last microsecond (23:59:59.999999) of `date` in `zone`.
Micros EndOfLocalDay(const CivilDate& date, const std::string& zone);

// Age in whole years on `on` for someone born on `birth` (0 if `on` is
// before the birthday; a 29 February birthday counts from 1 March in
// non-leap years).
int AgeInYears(const CivilDate& birth, const CivilDate& on);

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_CIVIL_TIME_H_
