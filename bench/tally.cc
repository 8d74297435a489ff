#include "bench/tally.h"

#include "bench/days.h"
#include "server/domain/civil_time.h"

namespace kitap::gen {

void Tally::Add(int32_t library, Figure figure, int year, int64_t n) {
  if (year == year_) libraries_[library][figure][0] += n;
  if (year == year_ - 1) libraries_[library][figure][1] += n;
}

void Tally::Activity(int64_t patron, int year) {
  Reader& r = readers_[patron];
  int k = year_ - year;
  if (k < 0 || k > 1 || year < r.first_year || year > r.last_year) return;
  if (r.active & (1 << k)) return;
  r.active |= static_cast<uint8_t>(1 << k);
  Add(r.library, kActive, year);
}

Status Tally::Put(const Library& library) {
  Library entry = library;
  entry.calendar = {};
  directory_.push_back(std::move(entry));
  libraries_.emplace_back();
  if (library.type == v1::LIBRARY_TYPE_NATIONAL) {
    national_library_ = library.index;
  }
  // In operation in a year when opened by its end (none close here).
  for (int year : {year_, year_ - 1}) {
    if (library.opened_on.year <= year) Add(library.index, kLibraries, year);
  }
  return Status::Ok();
}

Status Tally::Put(const Record& record) {
  record_subjects_.push_back(static_cast<uint8_t>(record.subject));
  return Status::Ok();
}

// Holdings at the end of a year: every item acquired by then.
Status Tally::Put(const Item& item) {
  int subject = record_subjects_[item.record];
  for (int k = 0; k < 2; ++k) {
    if (item.acquired_on.year > year_ - k) continue;
    libraries_[item.library][kHoldings][k] += 1;
    subjects_[subject][2][k] += 1;
  }
  return Status::Ok();
}

// Registered in every year from registration to expiry; new in the first.
Status Tally::Put(const Patron& patron) {
  Reader r;
  r.library = patron.library;
  r.birth = ToDayNumber(patron.birth_date);
  r.first_year = static_cast<int16_t>(patron.registered_on.year);
  r.last_year = static_cast<int16_t>(patron.expires_on.year);
  readers_.push_back(r);
  for (int year = r.first_year; year <= r.last_year; ++year) {
    Add(patron.library, kRegistered, year);
    if (year == r.first_year) Add(patron.library, kNewRegistrations, year);
  }
  return Status::Ok();
}

Status Tally::Put(const PeriodicalTitle&) { return Status::Ok(); }

Status Tally::Put(const Loan& loan) {
  int year = loan.when.day.year;
  Add(loan.when.library, kLoans, year);
  if (year == year_) subjects_[loan.subject][0][0] += 1;
  Activity(loan.patron, year);
  return Status::Ok();
}

Status Tally::Put(const Renewal& renewal) {
  int year = renewal.when.day.year;
  Add(renewal.when.library, kRenewals, year);
  if (year == year_) subjects_[renewal.subject][1][0] += 1;
  Activity(renewal.patron, year);
  return Status::Ok();
}

Status Tally::Put(const Return&) { return Status::Ok(); }

Status Tally::Put(const Visit& visit) {
  int year = visit.when.day.year;
  Add(visit.when.library, kVisits, year, visit.count);
  if (visit.patron < 0) return Status::Ok();
  Activity(visit.patron, year);
  if (visit.when.library == national_library_ && year == year_) {
    int age = domain::AgeInYears(FromDayNumber(readers_[visit.patron].birth),
                                 visit.when.day);
    national_visits_by_age_[age] += 1;
  }
  return Status::Ok();
}

Status Tally::Put(const IssueRequest& request) {
  Add(request.when.library, kRequests, request.when.day.year);
  Activity(request.patron, request.when.day.year);
  return Status::Ok();
}

Status Tally::Put(const LibraryEvent& event) {
  Add(event.when.library, kEvents, event.when.day.year);
  Add(event.when.library, kAttendance, event.when.day.year, event.attendance);
  return Status::Ok();
}

}  // namespace kitap::gen
