// BulkSink: writes the stream straight into a new kitapd database file:
// the rows the API would write, through the server's own store functions,
// without the request and audit logs (no request was made). For speed it
// loads with fsync and the rollback journal off, foreign-key checks off,
// secondary indexes dropped and large transactions. It sums the counters
// in memory as it writes the rows they count (BulkCounters). Finish() sets
// the items still on loan, marks active readers, rebuilds the indexes and
// writes the counters with their national roll-up: those the server would
// hold, which a recount finds equal; then it flushes the file to disk. A
// load that stops midway leaves an unusable file: delete it and run again.
#ifndef KITAP_BENCH_BULK_SINK_H_
#define KITAP_BENCH_BULK_SINK_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/bulk_counters.h"
#include "bench/progress.h"
#include "bench/records.h"
#include "db/database.h"
#include "server/store/counters.h"

namespace kitap::gen {

class BulkSink final : public Sink {
 public:
  // Creates and migrates the database at `path`, which must not exist or
  // be empty. `progress` (not owned) shows Finish()'s steps.
  static Status Open(const std::string& path, Progress* progress,
                     std::unique_ptr<BulkSink>* out);
  ~BulkSink() override;

  Status Put(const Library& library) override;
  Status Put(const Record& record) override;
  Status Put(const Item& item) override;
  Status Put(const Patron& patron) override;
  Status Put(const PeriodicalTitle& title) override;
  Status Put(const Loan& loan) override;
  Status Put(const Renewal& renewal) override;
  Status Put(const Return& ret) override;
  Status Put(const Visit& visit) override;
  Status Put(const IssueRequest& request) override;
  Status Put(const LibraryEvent& event) override;
  Status Finish() override;

 private:
  // What the rows and counters need of a reader. Dates stay civil dates:
  // every loan, renewal, visit and request takes the reader's age.
  struct Reader {
    domain::CivilDate birth;
    domain::CivilDate registered;
    int32_t library = 0;    // home library index
    int16_t last_year = 0;  // of the registration's expiry
    uint8_t category = 0;
  };

  BulkSink(std::unique_ptr<db::Database> db, Progress* progress);

  Status Prepare();
  // Counts a written row; commits and begins anew every so many.
  Status Wrote();
  // The row id the database gave must be index + 1: ids follow the stream.
  Status ExpectId(int64_t index, const char* what);
  int AgeOf(int64_t patron, const domain::CivilDate& day) const;
  // The reader is active in `year` (applied to the rows in Finish); counts
  // an active user the first time.
  void MarkActive(int64_t patron, int year);
  void CountActive(int64_t patron, int year);
  Status InsertPatronYears(const Patron& patron, int64_t id);
  void CountRegistration(const store::PatronYear& row);
  Status ApplyActivity();
  Status RebuildIndexes();
  Status FillCounters();
  Status SyncToDisk();

  std::unique_ptr<db::Database> db_;
  Progress* progress_;
  std::unique_ptr<db::Transaction> transaction_;
  int64_t pending_rows_ = 0;
  std::vector<std::string> index_sql_;       // dropped for the load
  std::vector<uint8_t> subjects_;            // by record
  std::vector<Reader> readers_;              // by reader
  std::map<int, std::vector<bool>> active_;  // by year, by reader
  BulkCounters counters_;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_BULK_SINK_H_
