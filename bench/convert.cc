#include "bench/convert.h"

#include "bench/days.h"
#include "server/core/convert.h"

namespace kitap::gen {

v1::Date ToDate(const domain::CivilDate& date) {
  v1::Date out;
  ToProto(date, &out);
  return out;
}

v1::Library ToLibrary(const Library& l, int64_t parent_id) {
  v1::Library library;
  library.set_name_kk(l.name_kk);
  library.set_name_ru(l.name_ru);
  library.set_name_en(l.name_en);
  library.set_region_code(l.region_code);
  library.set_type(l.type);
  library.set_parent_id(parent_id);
  library.set_time_zone(kTimeZone);
  *library.mutable_opened_on() = ToDate(l.opened_on);
  return library;
}

v1::LibraryCalendar ToCalendar(const domain::Calendar& calendar) {
  v1::LibraryCalendar out;
  for (int weekday : calendar.closed_weekdays) out.add_closed_weekdays(weekday);
  for (const auto& day : calendar.closed_dates) {
    *out.add_closed_dates() = ToDate(day);
  }
  return out;
}

v1::Record ToRecord(const Record& r) {
  v1::Record record;
  record.set_title(r.title);
  for (const std::string& author : r.authors) record.add_authors(author);
  record.set_isbn(r.isbn);
  record.set_language(r.language);
  record.set_year(r.year);
  record.set_subject(r.subject);
  return record;
}

v1::Item ToItem(const Item& i, int64_t record_id, int64_t library_id) {
  v1::Item item;
  item.set_barcode(i.barcode);
  item.set_record_id(record_id);
  item.set_library_id(library_id);
  item.set_loan_type(i.loan_type);
  *item.mutable_acquired_on() = ToDate(i.acquired_on);
  return item;
}

v1::Patron ToPatron(const Patron& p, int64_t home_library_id) {
  v1::Patron patron;
  patron.set_card_number(p.card_number);
  patron.set_full_name(p.full_name);
  *patron.mutable_birth_date() = ToDate(p.birth_date);
  patron.set_home_library_id(home_library_id);
  patron.set_category(p.category);
  *patron.mutable_registered_on() = ToDate(p.registered_on);
  *patron.mutable_expires_on() = ToDate(p.expires_on);
  return patron;
}

v1::PeriodicalTitle ToTitle(const PeriodicalTitle& t, int64_t library_id) {
  v1::PeriodicalTitle title;
  title.set_title(t.title);
  title.set_issn(t.issn);
  title.set_kind(t.kind);
  title.set_language(t.language);
  title.set_library_id(library_id);
  return title;
}

v1::Event ToEvent(const LibraryEvent& e, int64_t library_id) {
  v1::Event event;
  event.set_library_id(library_id);
  event.set_title(e.title);
  event.set_kind(e.kind);
  event.set_attendance(e.attendance);
  ToTimestamp(e.when.at, event.mutable_occurred_at());
  return event;
}

}  // namespace kitap::gen
