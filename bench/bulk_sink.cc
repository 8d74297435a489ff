#include "bench/bulk_sink.h"

#include <algorithm>
#include <filesystem>

#include "bench/convert.h"
#include "bench/days.h"
#include "db/migrations.h"
#include "server/core/convert.h"
#include "server/domain/civil_time.h"
#include "server/store/activity_store.h"
#include "server/store/catalog_store.h"
#include "server/store/directory_store.h"
#include "server/store/loan_store.h"
#include "server/store/patron_store.h"

namespace kitap::gen {
namespace {

constexpr int64_t kRowsPerTransaction = 200000;

}  // namespace

Status BulkSink::Open(const std::string& path, Progress* progress,
                      std::unique_ptr<BulkSink>* out) {
  std::error_code error;
  if (std::filesystem::file_size(path, error) > 0 && !error) {
    return Status::AlreadyExists(
        "DATABASE_EXISTS", path + " exists: the bulk load makes a new file");
  }
  db::OpenOptions options;
  options.synchronous = "OFF";
  std::unique_ptr<db::Database> db;
  KITAP_RETURN_IF_ERROR(db::Database::Open(path, options, &db));
  KITAP_RETURN_IF_ERROR(db::Migrate(*db));
  out->reset(new BulkSink(std::move(db), progress));
  return (*out)->Prepare();
}

BulkSink::BulkSink(std::unique_ptr<db::Database> db, Progress* progress)
    : db_(std::move(db)), progress_(progress) {}

BulkSink::~BulkSink() = default;

Status BulkSink::Prepare() {
  KITAP_RETURN_IF_ERROR(
      db_->Exec("PRAGMA foreign_keys=OFF; PRAGMA journal_mode=OFF; "
                "PRAGMA cache_size=-1048576; PRAGMA threads=2"));
  std::vector<std::string> names;
  db::Statement& st = db_->Prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
      "sql IS NOT NULL");
  while (st.Step()) {
    names.push_back(st.ColumnText(0));
    index_sql_.push_back(st.ColumnText(1));
  }
  KITAP_RETURN_IF_ERROR(st.status());
  for (const std::string& name : names) {
    KITAP_RETURN_IF_ERROR(db_->Exec("DROP INDEX " + name));
  }
  transaction_ = std::make_unique<db::Transaction>(*db_);
  return transaction_->Begin();
}

Status BulkSink::Wrote() {
  if (++pending_rows_ < kRowsPerTransaction) return Status::Ok();
  pending_rows_ = 0;
  KITAP_RETURN_IF_ERROR(transaction_->Commit());
  return transaction_->Begin();
}

Status BulkSink::ExpectId(int64_t index, const char* what) {
  if (db_->LastInsertRowId() == index + 1) return Wrote();
  return Status::Internal("BULK_ID_MISMATCH",
                          std::string(what) + " ids do not follow the stream");
}

int BulkSink::AgeOf(int64_t patron, const domain::CivilDate& day) const {
  return domain::AgeInYears(FromDayNumber(birth_[patron]), day);
}

void BulkSink::MarkActive(int64_t patron, int year) {
  std::vector<bool>& flags = active_[year];
  if (flags.size() <= static_cast<size_t>(patron)) {
    flags.resize(std::max(birth_.size(), static_cast<size_t>(patron) + 1));
  }
  flags[patron] = true;
}

Status BulkSink::Put(const Library& l) {
  v1::Library library = ToLibrary(l, l.parent + 1);
  KITAP_RETURN_IF_ERROR(store::InsertLibrary(*db_, &library));
  KITAP_RETURN_IF_ERROR(ExpectId(l.index, "library"));
  return store::SaveCalendar(*db_, library.id(), l.calendar);
}

Status BulkSink::Put(const Record& r) {
  v1::Record record = ToRecord(r);
  KITAP_RETURN_IF_ERROR(store::InsertRecord(*db_, &record));
  return ExpectId(r.index, "record");
}

// As CreateItem stores it: available at its owner.
Status BulkSink::Put(const Item& i) {
  v1::Item item = ToItem(i, i.record + 1, i.library + 1);
  item.set_status(v1::ITEM_STATUS_AVAILABLE);
  item.set_location_library_id(item.library_id());
  KITAP_RETURN_IF_ERROR(store::InsertItem(*db_, &item, i.acquired_on.year));
  return ExpectId(i.index, "item");
}

Status BulkSink::Put(const Patron& p) {
  v1::Patron patron = ToPatron(p, p.library + 1);
  ToTimestamp(p.registered_at, patron.mutable_created_at());
  KITAP_RETURN_IF_ERROR(store::InsertPatron(*db_, &patron));
  KITAP_RETURN_IF_ERROR(ExpectId(p.index, "reader"));
  birth_.push_back(ToDayNumber(p.birth_date));
  category_.push_back(static_cast<uint8_t>(p.category));
  return InsertPatronYears(p, patron.id());
}

// As the server's CreatePatron counts a registration: a row for every year
// from registration to expiry, with the age on the day it starts counting.
Status BulkSink::InsertPatronYears(const Patron& p, int64_t id) {
  for (int year = p.registered_on.year; year <= p.expires_on.year; ++year) {
    domain::CivilDate counted_on =
        std::max(p.registered_on, domain::CivilDate{year, 1, 1});
    KITAP_RETURN_IF_ERROR(
        db_->Prepare("INSERT INTO patron_year (patron_id, year, library_id, "
                     "age, category, is_new, active) VALUES "
                     "(?, ?, ?, ?, ?, ?, 0)")
            .Bind(1, id)
            .Bind(2, year)
            .Bind(3, p.library + 1)
            .Bind(4, domain::AgeInYears(p.birth_date, counted_on))
            .Bind(5, static_cast<int>(p.category))
            .Bind(6, year == p.registered_on.year ? 1 : 0)
            .Run());
    KITAP_RETURN_IF_ERROR(Wrote());
  }
  return Status::Ok();
}

Status BulkSink::Put(const PeriodicalTitle& t) {
  v1::PeriodicalTitle title = ToTitle(t, t.library + 1);
  KITAP_RETURN_IF_ERROR(store::InsertPeriodicalTitle(*db_, &title));
  return ExpectId(t.index, "periodical title");
}

}  // namespace kitap::gen
