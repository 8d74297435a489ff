#include "server/store/catalog_store.h"

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "server/core/convert.h"
#include "server/domain/civil_time.h"
#include "server/store/load_one.h"
#include "server/store/patron_store.h"

namespace kitap::store {
namespace {

constexpr char kRecordColumns[] =
    "id, title, authors, isbn, issn, language, year, subject";
constexpr char kItemColumns[] =
    "item.id, barcode, record_id, library_id, loan_type, status, "
    "location_library_id, acquired_on, record.subject, record.title, "
    "removed_year";
// Authors are stored joined by the ASCII unit separator.
constexpr char kAuthorSeparator[] = "\x1f";

void ReadRecord(const db::Statement& st, v1::Record* r) {
  r->set_id(st.ColumnInt(0));
  r->set_title(st.ColumnText(1));
  std::string authors = st.ColumnText(2);
  if (!authors.empty()) {
    for (auto author : absl::StrSplit(authors, kAuthorSeparator)) {
      r->add_authors(std::string(author));
    }
  }
  r->set_isbn(st.ColumnText(3));
  r->set_issn(st.ColumnText(4));
  r->set_language(st.ColumnText(5));
  r->set_year(static_cast<int32_t>(st.ColumnInt(6)));
  r->set_subject(static_cast<v1::Subject>(st.ColumnInt(7)));
}

void BindRecord(db::Statement& st, const v1::Record& r) {
  st.Bind(1, r.title())
      .Bind(2, SearchKey(r.title()))
      .Bind(3, absl::StrJoin(r.authors(), kAuthorSeparator))
      .Bind(4, r.isbn())
      .Bind(5, r.issn())
      .Bind(6, r.language())
      .Bind(7, r.year())
      .Bind(8, static_cast<int>(r.subject()));
}

void ReadItem(const db::Statement& st, v1::Item* item) {
  item->set_id(st.ColumnInt(0));
  item->set_barcode(st.ColumnText(1));
  item->set_record_id(st.ColumnInt(2));
  item->set_library_id(st.ColumnInt(3));
  item->set_loan_type(static_cast<v1::LoanType>(st.ColumnInt(4)));
  item->set_status(static_cast<v1::ItemStatus>(st.ColumnInt(5)));
  item->set_location_library_id(st.ColumnInt(6));
  auto acquired = domain::ParseDate(st.ColumnText(7));
  if (acquired) ToProto(*acquired, item->mutable_acquired_on());
}

void ReadItemRow(const db::Statement& st, ItemRow* row) {
  ReadItem(st, &row->item);
  row->subject = static_cast<int>(st.ColumnInt(8));
  row->title = st.ColumnText(9);
  auto removed = st.ColumnOptionalInt(10);
  row->removed_year =
      removed ? std::optional<int>(static_cast<int>(*removed)) : std::nullopt;
}

Status LoadItemWhere(db::Database& db, const std::string& where,
                     const std::string& key_text, int64_t key_id,
                     ItemRow* out) {
  db::Statement& st =
      db.Prepare(std::string("SELECT ") + kItemColumns +
                 " FROM item JOIN record ON record.id = item.record_id "
                 "WHERE " +
                 where);
  if (key_text.empty()) {
    st.Bind(1, key_id);
  } else {
    st.Bind(1, key_text);
  }
  std::string what =
      key_text.empty() ? "id " + std::to_string(key_id) : "barcode " + key_text;
  return LoadOne(
      st, [out](const db::Statement& row) { ReadItemRow(row, out); },
      Status::NotFound("ITEM_NOT_FOUND", "no item with " + what));
}

}  // namespace

Status LoadRecord(db::Database& db, int64_t id, v1::Record* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kRecordColumns +
                                 " FROM record WHERE id = ?");
  st.Bind(1, id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadRecord(row, out); },
      Status::NotFound("RECORD_NOT_FOUND",
                       "no record with id " + std::to_string(id)));
}

Status InsertRecord(db::Database& db, v1::Record* record) {
  db::Statement& st = db.Prepare(
      "INSERT INTO record (title, title_key, authors, isbn, issn, language, "
      "year, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  BindRecord(st, *record);
  KITAP_RETURN_IF_ERROR(st.Run());
  record->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status UpdateRecord(db::Database& db, const v1::Record& record) {
  db::Statement& st = db.Prepare(
      "UPDATE record SET title = ?, title_key = ?, authors = ?, isbn = ?, "
      "issn = ?, language = ?, year = ?, subject = ? WHERE id = ?");
  BindRecord(st, record);
  st.Bind(9, record.id());
  return st.Run();
}

Status CountItemsOfRecord(db::Database& db, int64_t record_id, int* count) {
  db::Statement& st =
      db.Prepare("SELECT COUNT(*) FROM item WHERE record_id = ?");
  st.Bind(1, record_id);
  return LoadOne(
      st,
      [count](const db::Statement& row) {
        *count = static_cast<int>(row.ColumnInt(0));
      },
      Status::Internal("STORAGE_INTERNAL", "COUNT returned no row"));
}

Status ListRecords(db::Database& db, const std::string& title_prefix,
                   const std::string& isbn, int subject, int64_t after_id,
                   int limit, std::vector<v1::Record>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kRecordColumns +
      " FROM record WHERE id > ?1 AND (?2 = '' OR (title_key >= ?2 AND "
      "title_key < ?2 || x'F48FBFBF')) AND (?3 = '' OR isbn = ?3) AND "
      "(?4 = 0 OR subject = ?4) ORDER BY id LIMIT ?5");
  st.Bind(1, after_id)
      .Bind(2, SearchKey(title_prefix))
      .Bind(3, isbn)
      .Bind(4, subject)
      .Bind(5, limit);
  while (st.Step()) ReadRecord(st, &out->emplace_back());
  return st.status();
}

Status LoadItem(db::Database& db, int64_t id, ItemRow* out) {
  return LoadItemWhere(db, "item.id = ?", "", id, out);
}

Status LoadItemByBarcode(db::Database& db, const std::string& barcode,
                         ItemRow* out) {
  return LoadItemWhere(db, "barcode = ?", barcode, 0, out);
}

Status InsertItem(db::Database& db, v1::Item* item, int acquired_year) {
  db::Statement& st = db.Prepare(
      "INSERT INTO item (barcode, record_id, library_id, loan_type, status, "
      "location_library_id, acquired_on, acquired_year) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (barcode) DO NOTHING");
  st.Bind(1, item->barcode())
      .Bind(2, item->record_id())
      .Bind(3, item->library_id())
      .Bind(4, static_cast<int>(item->loan_type()))
      .Bind(5, static_cast<int>(item->status()))
      .Bind(6, item->location_library_id())
      .Bind(7, domain::FormatDate(FromProto(item->acquired_on())))
      .Bind(8, acquired_year);
  KITAP_RETURN_IF_ERROR(st.Run());
  if (db.Changes() == 0) {
    return Status::AlreadyExists(
        "BARCODE_TAKEN", "barcode " + item->barcode() + " is already in use");
  }
  item->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status SaveItemState(db::Database& db, int64_t item_id, v1::ItemStatus status,
                     int64_t location_library_id,
                     std::optional<int> removed_year) {
  db::Statement& st = db.Prepare(
      "UPDATE item SET status = ?, location_library_id = ?, removed_year = ? "
      "WHERE id = ?");
  st.Bind(1, static_cast<int>(status)).Bind(2, location_library_id);
  if (removed_year) {
    st.Bind(3, *removed_year);
  } else {
    st.BindNull(3);
  }
  st.Bind(4, item_id);
  return st.Run();
}

Status ListItems(db::Database& db, int64_t record_id, int64_t library_id,
                 int status, int64_t after_id, int limit,
                 std::vector<v1::Item>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kItemColumns +
      " FROM item JOIN record ON record.id = item.record_id WHERE item.id > "
      "?1 AND (?2 = 0 OR record_id = ?2) AND (?3 = 0 OR library_id = ?3) "
      "AND (?4 = 0 OR status = ?4) ORDER BY item.id LIMIT ?5");
  st.Bind(1, after_id)
      .Bind(2, record_id)
      .Bind(3, library_id)
      .Bind(4, status)
      .Bind(5, limit);
  while (st.Step()) ReadItem(st, &out->emplace_back());
  return st.status();
}

}  // namespace kitap::store
