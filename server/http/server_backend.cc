#include "server/http/server_backend.h"

#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "server/stats/report.h"

namespace kitap::http {
namespace {

// The figures of v1::Figures by the names /metrics gives them.
std::vector<std::pair<std::string, int64_t>> FigureValues(
    const v1::Figures& f) {
  return {{"libraries", f.libraries().value()},
          {"holdings", f.holdings().value()},
          {"loans", f.loans().value()},
          {"renewals", f.renewals().value()},
          {"registered_users", f.registered_users().value()},
          {"active_users", f.active_users().value()},
          {"new_registrations", f.new_registrations().value()},
          {"visits", f.visits().value()},
          {"periodical_requests", f.periodical_requests().value()},
          {"events", f.events().value()},
          {"event_attendance", f.event_attendance().value()}};
}

// What a scrape reads: open loans and the current year's national figures.
Status ReadDatabaseFigures(OpContext& ctx, metrics::DatabaseFigures* out) {
  db::Statement& st =
      ctx.db.Prepare("SELECT COUNT(*) FROM loan WHERE returned_at IS NULL");
  if (!st.Step()) return st.status();
  out->open_loans = st.ColumnInt(0);
  st.Reset();
  out->year = stats::NationalYear(ctx.now);
  v1::Figures figures;
  KITAP_RETURN_IF_ERROR(stats::GetNationalFigures(ctx, out->year, &figures));
  out->national = FigureValues(figures);
  return Status::Ok();
}

metrics::WriterCounts Counts(const Engine& engine) {
  constexpr auto kRelaxed = std::memory_order_relaxed;
  const db::WriterStats& s = engine.writer_stats();
  const db::CheckpointStats& c = engine.checkpoint_stats();
  return {s.batches.load(kRelaxed),        s.pieces.load(kRelaxed),
          s.failed_commits.load(kRelaxed), s.queue_depth.load(kRelaxed),
          s.log_syncs.load(kRelaxed),      s.log_sync_failures.load(kRelaxed),
          c.checkpoints.load(kRelaxed),    c.restarts.load(kRelaxed),
          c.failures.load(kRelaxed)};
}

}  // namespace

Status ServerBackend::Admit(const std::string& authorization,
                            const char* method, const std::string& peer,
                            const auth::Rule& rule,
                            auth::Principal* principal) {
  std::optional<std::string_view> value;
  if (!authorization.empty()) value = authorization;
  return service::AdmitAuthorization(edge_, value, {method, "", peer}, rule,
                                     principal);
}

void ServerBackend::CheckReady(std::function<void(const Status&)> done) {
  if (edge_.engine.writer_stats().log_sync_failures.load() > 0) {
    return done(Status::Unavailable(
        "STORAGE_SYNC_FAILED",
        "a sync of the write-ahead log failed: writes are refused until "
        "kitapd is restarted"));
  }
  edge_.engine.Read(
      [](OpContext& ctx) {
        db::Statement& st = ctx.db.Prepare("SELECT 1");
        st.Step();
        Status s = st.status();
        st.Reset();
        return s;
      },
      std::move(done));
}

void ServerBackend::RenderMetrics(std::function<void(std::string)> done) {
  auto figures = std::make_shared<metrics::DatabaseFigures>();
  edge_.engine.Read(
      [figures](OpContext& ctx) {
        return ReadDatabaseFigures(ctx, figures.get());
      },
      [this, figures, done = std::move(done)](const Status& status) {
        done(metrics_.Render(Counts(edge_.engine),
                             status.ok() ? figures.get() : nullptr));
      });
}

void ServerBackend::AnnualReport(
    const auth::Principal& principal, const v1::GetAnnualReportRequest& request,
    std::function<void(const Status&, const v1::AnnualReport&)> done) {
  auto report = std::make_shared<v1::AnnualReport>();
  auto shared_request = std::make_shared<v1::GetAnnualReportRequest>(request);
  edge_.engine.Read(
      [principal, shared_request, report](OpContext& ctx) {
        ctx.principal = &principal;
        return stats::GetAnnualReport(ctx, *shared_request, report.get());
      },
      [report, done = std::move(done)](const Status& status) {
        done(status, *report);
      });
}

void ServerBackend::LiveCounters(
    std::function<void(const Status&, const v1::LiveCounters&)> done) {
  hub_.Read([done = std::move(done)](const Status& status, uint64_t,
                                     const v1::LiveCounters& counters) {
    done(status, counters);
  });
}

}  // namespace kitap::http
