#include "server/store/activity_store.h"

#include "server/core/convert.h"
#include "server/store/load_one.h"

namespace kitap::store {
namespace {

constexpr char kEventColumns[] =
    "id, library_id, title, kind, attendance, occurred_at";
constexpr char kTitleColumns[] = "id, title, issn, kind, language, library_id";
constexpr char kRequestColumns[] =
    "issue_request.id, title_id, periodical_title.title, issue, patron_id, "
    "issue_request.library_id, reading_room, state, requested_at, "
    "updated_at";
constexpr char kRequestFrom[] =
    " FROM issue_request JOIN periodical_title ON periodical_title.id = "
    "issue_request.title_id ";

void ReadEvent(const db::Statement& st, v1::Event* e) {
  e->set_id(st.ColumnInt(0));
  e->set_library_id(st.ColumnInt(1));
  e->set_title(st.ColumnText(2));
  e->set_kind(static_cast<v1::EventKind>(st.ColumnInt(3)));
  e->set_attendance(static_cast<int32_t>(st.ColumnInt(4)));
  ToTimestamp(st.ColumnInt(5), e->mutable_occurred_at());
}

void ReadTitle(const db::Statement& st, v1::PeriodicalTitle* t) {
  t->set_id(st.ColumnInt(0));
  t->set_title(st.ColumnText(1));
  t->set_issn(st.ColumnText(2));
  t->set_kind(static_cast<v1::PeriodicalKind>(st.ColumnInt(3)));
  t->set_language(st.ColumnText(4));
  t->set_library_id(st.ColumnInt(5));
}

void ReadRequest(const db::Statement& st, v1::IssueRequest* r) {
  r->set_id(st.ColumnInt(0));
  r->set_title_id(st.ColumnInt(1));
  r->set_title(st.ColumnText(2));
  r->set_issue(st.ColumnText(3));
  r->set_patron_id(st.ColumnInt(4));
  r->set_library_id(st.ColumnInt(5));
  r->set_reading_room(st.ColumnText(6));
  r->set_state(static_cast<v1::IssueRequestState>(st.ColumnInt(7)));
  ToTimestamp(st.ColumnInt(8), r->mutable_requested_at());
  ToTimestamp(st.ColumnInt(9), r->mutable_updated_at());
}

}  // namespace

Status InsertVisit(db::Database& db, const NewVisit& v, int64_t* id) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO visit (library_id, patron_id, occurred_at, "
                 "year, age, category, count) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .Bind(1, v.library_id)
          .Bind(2, v.patron_id)
          .Bind(3, v.occurred_at)
          .Bind(4, v.year)
          .Bind(5, v.age)
          .Bind(6, v.category)
          .Bind(7, v.count)
          .Run());
  *id = db.LastInsertRowId();
  return Status::Ok();
}

Status InsertEvent(db::Database& db, v1::Event* e, int year) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO event (library_id, title, kind, attendance, "
                 "occurred_at, year) VALUES (?, ?, ?, ?, ?, ?)")
          .Bind(1, e->library_id())
          .Bind(2, e->title())
          .Bind(3, static_cast<int>(e->kind()))
          .Bind(4, e->attendance())
          .Bind(5, FromTimestamp(e->occurred_at()))
          .Bind(6, year)
          .Run());
  e->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status ListEvents(db::Database& db, int64_t library_id, int year,
                  int64_t after_id, int limit, std::vector<v1::Event>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kEventColumns +
      " FROM event WHERE id > ?1 AND (?2 = 0 OR library_id = ?2) AND "
      "(?3 = 0 OR year = ?3) ORDER BY id LIMIT ?4");
  st.Bind(1, after_id).Bind(2, library_id).Bind(3, year).Bind(4, limit);
  while (st.Step()) ReadEvent(st, &out->emplace_back());
  return st.status();
}

Status LoadPeriodicalTitle(db::Database& db, int64_t id,
                           v1::PeriodicalTitle* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kTitleColumns +
                                 " FROM periodical_title WHERE id = ?");
  st.Bind(1, id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadTitle(row, out); },
      Status::NotFound("PERIODICAL_TITLE_NOT_FOUND",
                       "no periodical title with id " + std::to_string(id)));
}

Status InsertPeriodicalTitle(db::Database& db, v1::PeriodicalTitle* t) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO periodical_title (title, issn, kind, language, "
                 "library_id) VALUES (?, ?, ?, ?, ?)")
          .Bind(1, t->title())
          .Bind(2, t->issn())
          .Bind(3, static_cast<int>(t->kind()))
          .Bind(4, t->language())
          .Bind(5, t->library_id())
          .Run());
  t->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status ListPeriodicalTitles(db::Database& db, int64_t library_id,
                            int64_t after_id, int limit,
                            std::vector<v1::PeriodicalTitle>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kTitleColumns +
      " FROM periodical_title WHERE id > ?1 AND (?2 = 0 OR library_id = ?2) "
      "ORDER BY id LIMIT ?3");
  st.Bind(1, after_id).Bind(2, library_id).Bind(3, limit);
  while (st.Step()) ReadTitle(st, &out->emplace_back());
  return st.status();
}

Status InsertIssueRequest(db::Database& db, v1::IssueRequest* r,
                          const RequestDims& dims) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO issue_request (title_id, issue, patron_id, "
                 "library_id, reading_room, state, requested_at, updated_at, "
                 "year, age, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?)")
          .Bind(1, r->title_id())
          .Bind(2, r->issue())
          .Bind(3, r->patron_id())
          .Bind(4, r->library_id())
          .Bind(5, r->reading_room())
          .Bind(6, static_cast<int>(r->state()))
          .Bind(7, FromTimestamp(r->requested_at()))
          .Bind(8, FromTimestamp(r->updated_at()))
          .Bind(9, dims.year)
          .Bind(10, dims.age)
          .Bind(11, dims.category)
          .Run());
  r->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status LoadIssueRequest(db::Database& db, int64_t id, v1::IssueRequest* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kRequestColumns +
                                 kRequestFrom + "WHERE issue_request.id = ?");
  st.Bind(1, id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadRequest(row, out); },
      Status::NotFound("ISSUE_REQUEST_NOT_FOUND",
                       "no issue request with id " + std::to_string(id)));
}

Status SaveIssueRequestState(db::Database& db, int64_t id,
                             v1::IssueRequestState state,
                             domain::Micros updated_at) {
  return db
      .Prepare(
          "UPDATE issue_request SET state = ?, updated_at = ? WHERE id "
          "= ?")
      .Bind(1, static_cast<int>(state))
      .Bind(2, updated_at)
      .Bind(3, id)
      .Run();
}

Status ListIssueRequests(db::Database& db, int64_t library_id, bool open_only,
                         int64_t after_id, int limit,
                         std::vector<v1::IssueRequest>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kRequestColumns + kRequestFrom +
      "WHERE issue_request.id > ?1 AND issue_request.library_id = ?2 AND "
      "(?3 = 0 OR state IN (1, 2)) ORDER BY issue_request.id LIMIT ?4");
  st.Bind(1, after_id)
      .Bind(2, library_id)
      .Bind(3, open_only ? 1 : 0)
      .Bind(4, limit);
  while (st.Step()) ReadRequest(st, &out->emplace_back());
  return st.status();
}

}  // namespace kitap::store
