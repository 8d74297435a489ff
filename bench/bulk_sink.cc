#include "bench/bulk_sink.h"

#include <algorithm>
#include <filesystem>

#include "bench/convert.h"
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

// The day a registration starts counting in `year`: its first day, or 1
// January of a later year.
domain::CivilDate CountedOn(const domain::CivilDate& registered, int year) {
  return std::max(registered, domain::CivilDate{year, 1, 1});
}

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
  return domain::AgeInYears(readers_[patron].birth, day);
}

void BulkSink::MarkActive(int64_t patron, int year) {
  std::vector<bool>& flags = active_[year];
  if (flags.size() <= static_cast<size_t>(patron)) {
    flags.resize(std::max(readers_.size(), static_cast<size_t>(patron) + 1));
  }
  if (flags[patron]) return;
  flags[patron] = true;
  CountActive(patron, year);
}

// As store::CountActivity: only in a year the reader is registered, under
// that year's registration row.
void BulkSink::CountActive(int64_t patron, int year) {
  const Reader& r = readers_[patron];
  if (year < r.registered.year || year > r.last_year) return;
  counters_.Add({year, r.library + 1, store::kActiveUsers,
                 AgeOf(patron, CountedOn(r.registered, year)), r.category});
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
  subjects_.push_back(static_cast<uint8_t>(r.subject));
  return ExpectId(r.index, "record");
}

// As CreateItem stores it: available at its owner.
Status BulkSink::Put(const Item& i) {
  v1::Item item = ToItem(i, i.record + 1, i.library + 1);
  item.set_status(v1::ITEM_STATUS_AVAILABLE);
  item.set_location_library_id(item.library_id());
  KITAP_RETURN_IF_ERROR(store::InsertItem(*db_, &item, i.acquired_on.year));
  counters_.Add({i.acquired_on.year, item.library_id(), store::kHoldingsIn,
                 store::kUnknownAge, 0, subjects_[i.record]});
  return ExpectId(i.index, "item");
}

Status BulkSink::Put(const Patron& p) {
  v1::Patron patron = ToPatron(p, p.library + 1);
  ToTimestamp(p.registered_at, patron.mutable_created_at());
  KITAP_RETURN_IF_ERROR(store::InsertPatron(*db_, &patron));
  KITAP_RETURN_IF_ERROR(ExpectId(p.index, "reader"));
  readers_.push_back({p.birth_date, p.registered_on, p.library,
                      static_cast<int16_t>(p.expires_on.year),
                      static_cast<uint8_t>(p.category)});
  return InsertPatronYears(p, patron.id());
}

// As the server's CreatePatron counts a registration: a row for every year
// from registration to expiry, with the age on the day it starts counting.
Status BulkSink::InsertPatronYears(const Patron& p, int64_t id) {
  for (int year = p.registered_on.year; year <= p.expires_on.year; ++year) {
    store::PatronYear row{
        id,
        year,
        p.library + 1,
        domain::AgeInYears(p.birth_date, CountedOn(p.registered_on, year)),
        static_cast<int>(p.category),
        year == p.registered_on.year};
    bool inserted = false;
    KITAP_RETURN_IF_ERROR(store::InsertPatronYear(*db_, row, &inserted));
    if (inserted) CountRegistration(row);
    KITAP_RETURN_IF_ERROR(Wrote());
  }
  return Status::Ok();
}

// As store::CountRegistration counts a new row.
void BulkSink::CountRegistration(const store::PatronYear& row) {
  store::Counted counted{row.year, row.library_id, store::kRegisteredUsers,
                         row.age, row.category};
  counters_.Add(counted);
  if (!row.is_new) return;
  counted.metric = store::kNewRegistrations;
  counters_.Add(counted);
}

Status BulkSink::Put(const PeriodicalTitle& t) {
  v1::PeriodicalTitle title = ToTitle(t, t.library + 1);
  KITAP_RETURN_IF_ERROR(store::InsertPeriodicalTitle(*db_, &title));
  return ExpectId(t.index, "periodical title");
}

}  // namespace kitap::gen
