#include "server/store/directory_store.h"

#include "server/core/convert.h"
#include "server/domain/civil_time.h"
#include "server/store/load_one.h"

namespace kitap::store {
namespace {

constexpr char kLibraryColumns[] =
    "id, name_kk, name_ru, name_en, region_code, type, parent_id, "
    "time_zone, opened_on, closed_on";

void ReadDate(const db::Statement& st, int column, v1::Date* out) {
  if (st.ColumnIsNull(column)) return;
  auto date = domain::ParseDate(st.ColumnText(column));
  if (date) ToProto(*date, out);
}

void ReadLibrary(const db::Statement& st, v1::Library* out) {
  out->set_id(st.ColumnInt(0));
  out->set_name_kk(st.ColumnText(1));
  out->set_name_ru(st.ColumnText(2));
  out->set_name_en(st.ColumnText(3));
  out->set_region_code(st.ColumnText(4));
  out->set_type(static_cast<v1::LibraryType>(st.ColumnInt(5)));
  out->set_parent_id(st.ColumnOptionalInt(6).value_or(0));
  out->set_time_zone(st.ColumnText(7));
  ReadDate(st, 8, out->mutable_opened_on());
  if (!st.ColumnIsNull(9)) ReadDate(st, 9, out->mutable_closed_on());
}

void ReadRegion(const db::Statement& st, v1::Region* out) {
  out->set_code(st.ColumnText(0));
  out->set_kind(st.ColumnText(1));
  out->set_name_kk(st.ColumnText(2));
  out->set_name_ru(st.ColumnText(3));
  out->set_name_en(st.ColumnText(4));
}

std::optional<int64_t> ParentOf(const v1::Library& library) {
  if (library.parent_id() == 0) return std::nullopt;
  return library.parent_id();
}

// Binds the nine value columns of a library to parameters 1..9.
void BindLibrary(db::Statement& st, const v1::Library& l) {
  st.Bind(1, l.name_kk())
      .Bind(2, l.name_ru())
      .Bind(3, l.name_en())
      .Bind(4, l.region_code())
      .Bind(5, static_cast<int>(l.type()))
      .Bind(6, ParentOf(l))
      .Bind(7, l.time_zone())
      .Bind(8, domain::FormatDate(FromProto(l.opened_on())));
  if (l.has_closed_on() && !IsUnset(l.closed_on())) {
    st.Bind(9, domain::FormatDate(FromProto(l.closed_on())));
  } else {
    st.BindNull(9);
  }
}

}  // namespace

Status ListRegions(db::Database& db, std::vector<v1::Region>* out) {
  db::Statement& st = db.Prepare(
      "SELECT code, kind, name_kk, name_ru, name_en FROM region ORDER BY "
      "code");
  while (st.Step()) ReadRegion(st, &out->emplace_back());
  return st.status();
}

Status LoadRegion(db::Database& db, const std::string& code, v1::Region* out) {
  db::Statement& st = db.Prepare(
      "SELECT code, kind, name_kk, name_ru, name_en FROM region WHERE code = "
      "?");
  st.Bind(1, code);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadRegion(row, out); },
      Status::NotFound("REGION_NOT_FOUND", "no region with code " + code));
}

Status LoadLibrary(db::Database& db, int64_t id, v1::Library* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kLibraryColumns +
                                 " FROM library WHERE id = ?");
  st.Bind(1, id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadLibrary(row, out); },
      Status::NotFound("LIBRARY_NOT_FOUND",
                       "no library with id " + std::to_string(id)));
}

Status InsertLibrary(db::Database& db, v1::Library* library) {
  db::Statement& st = db.Prepare(
      "INSERT INTO library (name_kk, name_ru, name_en, region_code, type, "
      "parent_id, time_zone, opened_on, closed_on) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  BindLibrary(st, *library);
  KITAP_RETURN_IF_ERROR(st.Run());
  library->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status UpdateLibrary(db::Database& db, const v1::Library& library) {
  db::Statement& st = db.Prepare(
      "UPDATE library SET name_kk = ?, name_ru = ?, name_en = ?, "
      "region_code = ?, type = ?, parent_id = ?, time_zone = ?, "
      "opened_on = ?, closed_on = ? WHERE id = ?");
  BindLibrary(st, library);
  st.Bind(10, library.id());
  return st.Run();
}

Status ListLibraries(db::Database& db, const std::string& region_code, int type,
                     int64_t after_id, int limit,
                     std::vector<v1::Library>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kLibraryColumns +
      " FROM library WHERE id > ?1 AND (?2 = '' OR region_code = ?2) AND "
      "(?3 = 0 OR type = ?3) ORDER BY id LIMIT ?4");
  st.Bind(1, after_id).Bind(2, region_code).Bind(3, type).Bind(4, limit);
  while (st.Step()) ReadLibrary(st, &out->emplace_back());
  return st.status();
}

Status LoadCalendar(db::Database& db, int64_t library_id,
                    domain::Calendar* out) {
  db::Statement& weekdays = db.Prepare(
      "SELECT weekday FROM library_closed_weekday WHERE library_id = ?");
  weekdays.Bind(1, library_id);
  while (weekdays.Step()) {
    out->closed_weekdays.insert(static_cast<int>(weekdays.ColumnInt(0)));
  }
  KITAP_RETURN_IF_ERROR(weekdays.status());
  db::Statement& dates =
      db.Prepare("SELECT day FROM library_closed_date WHERE library_id = ?");
  dates.Bind(1, library_id);
  while (dates.Step()) {
    auto date = domain::ParseDate(dates.ColumnText(0));
    if (date) out->closed_dates.insert(*date);
  }
  return dates.status();
}

Status SaveCalendar(db::Database& db, int64_t library_id,
                    const domain::Calendar& calendar) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("DELETE FROM library_closed_weekday WHERE library_id = ?")
          .Bind(1, library_id)
          .Run());
  KITAP_RETURN_IF_ERROR(
      db.Prepare("DELETE FROM library_closed_date WHERE library_id = ?")
          .Bind(1, library_id)
          .Run());
  for (int weekday : calendar.closed_weekdays) {
    KITAP_RETURN_IF_ERROR(
        db.Prepare("INSERT INTO library_closed_weekday (library_id, weekday) "
                   "VALUES (?, ?)")
            .Bind(1, library_id)
            .Bind(2, weekday)
            .Run());
  }
  for (const domain::CivilDate& date : calendar.closed_dates) {
    KITAP_RETURN_IF_ERROR(
        db.Prepare("INSERT INTO library_closed_date (library_id, day) "
                   "VALUES (?, ?)")
            .Bind(1, library_id)
            .Bind(2, domain::FormatDate(date))
            .Run());
  }
  return Status::Ok();
}

}  // namespace kitap::store
