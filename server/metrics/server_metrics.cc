#include "server/metrics/server_metrics.h"

#include "server/version.h"

namespace kitap::metrics {
namespace {

void Single(TextWriter* out, const char* name, const char* type,
            const char* help, double value) {
  out->Family(name, type, help);
  out->Sample(name, {}, value);
}

void RenderWriter(const WriterCounts& w, TextWriter* out) {
  Single(out, "kitap_write_batches_total", "counter",
         "Write transactions (group commits) run by the writer.",
         static_cast<double>(w.batches));
  Single(out, "kitap_write_pieces_total", "counter",
         "Writes run in those transactions, committed or failed.",
         static_cast<double>(w.pieces));
  Single(out, "kitap_write_failed_commits_total", "counter",
         "Write transactions that failed as a whole (nothing kept).",
         static_cast<double>(w.failed_commits));
  Single(out, "kitap_write_queue_depth", "gauge",
         "Writes waiting for the writer now.",
         static_cast<double>(w.queue_depth));
  Single(out, "kitap_wal_syncs_total", "counter",
         "Syncs of the write-ahead log before answering: one for all the "
         "write transactions committed since the last.",
         static_cast<double>(w.log_syncs));
  Single(out, "kitap_wal_sync_failures_total", "counter",
         "Failed syncs of the write-ahead log: after one, kitapd takes no "
         "more writes until it is restarted.",
         static_cast<double>(w.log_sync_failures));
  Single(out, "kitap_wal_checkpoints_total", "counter",
         "Checkpoints that copied the write-ahead log into the database file.",
         static_cast<double>(w.checkpoints));
  Single(out, "kitap_wal_checkpoint_restarts_total", "counter",
         "Of the checkpoints, those that held the writer for a moment so the "
         "log could start over (under writes that never pause).",
         static_cast<double>(w.checkpoint_restarts));
  Single(out, "kitap_wal_checkpoint_failures_total", "counter",
         "Checkpoints that failed (the log grows until one succeeds).",
         static_cast<double>(w.checkpoint_failures));
}

void RenderDatabase(const DatabaseFigures* db, TextWriter* out) {
  Single(out, "kitap_database_up", "gauge",
         "1 when this scrape could read the database, else 0 (and the "
         "database gauges are left out).",
         db ? 1 : 0);
  out->Family("kitap_open_loans", "gauge", "Loans not yet returned.");
  if (db)
    out->Sample("kitap_open_loans", {}, static_cast<double>(db->open_loans));
  out->Family("kitap_national_year", "gauge",
              "The year kitap_national_total counts (Asia/Almaty).");
  if (db) out->Sample("kitap_national_year", {}, db->year);
  out->Family("kitap_national_total", "gauge",
              "The current year's national figures, as in the annual report.");
  if (!db) return;
  for (const auto& [figure, value] : db->national) {
    out->Sample("kitap_national_total", {{"figure", figure}},
                static_cast<double>(value));
  }
}

}  // namespace

ServerMetrics::ServerMetrics(const std::vector<std::string>& rpc_methods)
    : rpc_(rpc_methods),
      batch_size_(BatchSizeBounds()),
      commit_seconds_(LatencyBounds()) {}

void ServerMetrics::RecordBatch(size_t pieces, double seconds) {
  batch_size_.Observe(static_cast<double>(pieces));
  commit_seconds_.Observe(seconds);
}

std::string ServerMetrics::Render(const WriterCounts& writer,
                                  const DatabaseFigures* database) const {
  TextWriter out;
  out.Family("kitap_build_info", "gauge", "Always 1; the version label.");
  out.Sample("kitap_build_info", {{"version", Version()}}, 1);
  rpc_.Render(&out);
  RenderWriter(writer, &out);
  out.Family("kitap_write_batch_size", "histogram",
             "Writes per write transaction (group commit).");
  out.Histogram("kitap_write_batch_size", {}, batch_size_.Take());
  out.Family("kitap_write_commit_duration_seconds", "histogram",
             "Time to run and commit one write transaction.");
  out.Histogram("kitap_write_commit_duration_seconds", {},
                commit_seconds_.Take());
  RenderDatabase(database, &out);
  return out.text();
}

}  // namespace kitap::metrics
