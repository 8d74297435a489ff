// BulkSink: completing the database after the last row.
#include "bench/bulk_sink.h"
#include "server/stats/rollups.h"

namespace kitap::gen {

Status BulkSink::Finish() {
  KITAP_RETURN_IF_ERROR(
      db_->Exec("UPDATE item SET status = 2 WHERE id IN "
                "(SELECT item_id FROM loan WHERE returned_at IS NULL)"));
  KITAP_RETURN_IF_ERROR(ApplyActivity());
  KITAP_RETURN_IF_ERROR(transaction_->Commit());
  // Sorts in 64 MB runs, sorted by a second thread while the first reads
  // on: much faster than one huge in-memory sort.
  KITAP_RETURN_IF_ERROR(db_->Exec("PRAGMA cache_size=-65536"));
  KITAP_RETURN_IF_ERROR(
      progress_->Run("indexes", [this] { return RebuildIndexes(); }));
  KITAP_RETURN_IF_ERROR(
      progress_->Run("counters", [this] { return FillCounters(); }));
  return db_->Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON");
}

// As the server marks a reader active: only in a year they are registered.
Status BulkSink::ApplyActivity() {
  for (const auto& [year, flags] : active_) {
    for (size_t patron = 0; patron < flags.size(); ++patron) {
      if (!flags[patron]) continue;
      KITAP_RETURN_IF_ERROR(
          db_->Prepare("UPDATE patron_year SET active = 1 WHERE patron_id = ? "
                       "AND year = ?")
              .Bind(1, static_cast<int64_t>(patron) + 1)
              .Bind(2, year)
              .Run());
    }
  }
  return Status::Ok();
}

Status BulkSink::RebuildIndexes() {
  for (const std::string& sql : index_sql_) {
    KITAP_RETURN_IF_ERROR(db_->Exec(sql));
  }
  return Status::Ok();
}

// The counters summed while writing, then the national roll-up from them:
// what the server would hold, so exactly what a recount finds.
Status BulkSink::FillCounters() {
  KITAP_RETURN_IF_ERROR(transaction_->Begin());
  KITAP_RETURN_IF_ERROR(counters_.Write(*db_));
  KITAP_RETURN_IF_ERROR(stats::FillNationalRollups(*db_));
  return transaction_->Commit();
}

}  // namespace kitap::gen
