#include "server/store/loan_store.h"

#include "server/core/convert.h"
#include "server/store/load_one.h"

namespace kitap::store {
namespace {

constexpr char kColumns[] =
    "loan.id, item_id, item.barcode, patron_id, loan.library_id, loaned_at, "
    "due_at, returned_at, renewals, record.title";
constexpr char kFrom[] =
    " FROM loan JOIN item ON item.id = loan.item_id "
    "JOIN record ON record.id = item.record_id ";

void ReadLoan(const db::Statement& st, v1::Loan* loan) {
  loan->set_id(st.ColumnInt(0));
  loan->set_item_id(st.ColumnInt(1));
  loan->set_item_barcode(st.ColumnText(2));
  loan->set_patron_id(st.ColumnInt(3));
  loan->set_library_id(st.ColumnInt(4));
  ToTimestamp(st.ColumnInt(5), loan->mutable_loaned_at());
  ToTimestamp(st.ColumnInt(6), loan->mutable_due_at());
  if (!st.ColumnIsNull(7)) {
    ToTimestamp(st.ColumnInt(7), loan->mutable_returned_at());
  }
  loan->set_renewals(static_cast<int32_t>(st.ColumnInt(8)));
  loan->set_title(st.ColumnText(9));
}

}  // namespace

Status LoadOpenLoan(db::Database& db, int64_t item_id, v1::Loan* out,
                    bool* found) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kColumns + kFrom +
                                 "WHERE item_id = ? AND returned_at IS NULL");
  st.Bind(1, item_id);
  Status s = LoadOne(
      st, [out](const db::Statement& row) { ReadLoan(row, out); },
      Status::NotFound("NO_OPEN_LOAN", ""));
  *found = s.ok();
  return s.code() == Code::kNotFound ? Status::Ok() : s;
}

Status LoadLoan(db::Database& db, int64_t loan_id, v1::Loan* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kColumns + kFrom +
                                 "WHERE loan.id = ?");
  st.Bind(1, loan_id);
  return LoadOne(
      st, [out](const db::Statement& row) { ReadLoan(row, out); },
      Status::NotFound("LOAN_NOT_FOUND",
                       "no loan with id " + std::to_string(loan_id)));
}

Status LastLoanActivity(db::Database& db, int64_t item_id,
                        std::optional<domain::Micros>* at) {
  db::Statement& st = db.Prepare(
      "SELECT MAX(MAX(loaned_at), COALESCE(MAX(returned_at), 0)) FROM loan "
      "WHERE item_id = ?");
  st.Bind(1, item_id);
  return LoadOne(
      st, [at](const db::Statement& row) { *at = row.ColumnOptionalInt(0); },
      Status::Internal("STORAGE_INTERNAL", "MAX returned no row"));
}

Status NextLoanStart(db::Database& db, int64_t item_id, domain::Micros after,
                     std::optional<domain::Micros>* start) {
  db::Statement& st = db.Prepare(
      "SELECT MIN(loaned_at) FROM loan WHERE item_id = ? AND loaned_at > ?");
  st.Bind(1, item_id).Bind(2, after);
  return LoadOne(
      st,
      [start](const db::Statement& row) { *start = row.ColumnOptionalInt(0); },
      Status::Internal("STORAGE_INTERNAL", "MIN returned no row"));
}

Status InsertLoan(db::Database& db, const NewLoan& l, int64_t* id) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO loan (item_id, patron_id, library_id, "
                 "loaned_at, due_at, returned_at, return_library_id, year, "
                 "age, category, subject, note) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .Bind(1, l.item_id)
          .Bind(2, l.patron_id)
          .Bind(3, l.library_id)
          .Bind(4, l.loaned_at)
          .Bind(5, l.due_at)
          .Bind(6, l.returned_at)
          .Bind(7, l.return_library_id)
          .Bind(8, l.year)
          .Bind(9, l.age)
          .Bind(10, l.category)
          .Bind(11, l.subject)
          .Bind(12, l.note)
          .Run());
  *id = db.LastInsertRowId();
  return Status::Ok();
}

Status CloseLoan(db::Database& db, int64_t loan_id, domain::Micros returned_at,
                 int64_t return_library_id, const std::string& note) {
  return db
      .Prepare(
          "UPDATE loan SET returned_at = ?, return_library_id = ?, "
          "note = CASE WHEN ?3 = '' THEN note ELSE ?3 END WHERE id = ?4")
      .Bind(1, returned_at)
      .Bind(2, return_library_id)
      .Bind(3, note)
      .Bind(4, loan_id)
      .Run();
}

Status InsertRenewal(db::Database& db, const NewRenewal& r) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("INSERT INTO renewal (loan_id, library_id, occurred_at, "
                 "due_at, year, age, category, subject) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?, ?)")
          .Bind(1, r.loan_id)
          .Bind(2, r.library_id)
          .Bind(3, r.occurred_at)
          .Bind(4, r.due_at)
          .Bind(5, r.year)
          .Bind(6, r.age)
          .Bind(7, r.category)
          .Bind(8, r.subject)
          .Run());
  return db
      .Prepare(
          "UPDATE loan SET due_at = ?, renewals = renewals + 1 "
          "WHERE id = ?")
      .Bind(1, r.due_at)
      .Bind(2, r.loan_id)
      .Run();
}

Status LoadLoanDims(db::Database& db, int64_t loan_id, int* subject) {
  db::Statement& st = db.Prepare("SELECT subject FROM loan WHERE id = ?");
  st.Bind(1, loan_id);
  return LoadOne(
      st,
      [subject](const db::Statement& row) {
        *subject = static_cast<int>(row.ColumnInt(0));
      },
      Status::NotFound("LOAN_NOT_FOUND", "no such loan"));
}

Status ListLoans(db::Database& db, LoanFilter filter, int64_t key_id,
                 const std::string& key_text, bool open_only,
                 domain::Micros now, int64_t after_id, int limit,
                 std::vector<v1::Loan>* out) {
  std::string where;
  switch (filter) {
    case LoanFilter::kPatron:
      where = "patron_id = ?1";
      break;
    case LoanFilter::kItem:
      where = "item.barcode = ?2";
      break;
    case LoanFilter::kOverdueAtLibrary:
      where = "loan.library_id = ?1 AND returned_at IS NULL AND due_at < ?3";
      break;
  }
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kColumns + kFrom + "WHERE " + where +
      " AND (?4 = 0 OR returned_at IS NULL) AND (?5 = 0 OR loan.id < ?5) "
      "ORDER BY loan.id DESC LIMIT ?6");
  st.Bind(1, key_id)
      .Bind(2, key_text)
      .Bind(3, now)
      .Bind(4, open_only ? 1 : 0)
      .Bind(5, after_id)
      .Bind(6, limit);
  while (st.Step()) {
    v1::Loan& loan = out->emplace_back();
    ReadLoan(st, &loan);
    loan.set_overdue(!loan.has_returned_at() &&
                     FromTimestamp(loan.due_at()) < now);
  }
  return st.status();
}

}  // namespace kitap::store
