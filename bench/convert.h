// The generator's records as API messages, shared by the sinks. Ids of
// referenced rows are the caller's: database ids for the bulk load, the
// server's answers for the API load.
#ifndef KITAP_BENCH_CONVERT_H_
#define KITAP_BENCH_CONVERT_H_

#include <cstdint>

#include "bench/records.h"
#include "kitap/v1/catalog.pb.h"
#include "kitap/v1/directory.pb.h"
#include "kitap/v1/events.pb.h"
#include "kitap/v1/patrons.pb.h"
#include "kitap/v1/periodicals.pb.h"

namespace kitap::gen {

v1::Date ToDate(const domain::CivilDate& date);
// `parent_id` 0: none. The time zone is kTimeZone.
v1::Library ToLibrary(const Library& l, int64_t parent_id);
v1::LibraryCalendar ToCalendar(const domain::Calendar& calendar);
v1::Record ToRecord(const Record& r);
v1::Item ToItem(const Item& i, int64_t record_id, int64_t library_id);
v1::Patron ToPatron(const Patron& p, int64_t home_library_id);
v1::PeriodicalTitle ToTitle(const PeriodicalTitle& t, int64_t library_id);
v1::Event ToEvent(const LibraryEvent& e, int64_t library_id);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_CONVERT_H_
