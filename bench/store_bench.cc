#include "bench/store_bench.h"

#include <chrono>
#include <ctime>

#include "bench/call_window.h"
#include "bench/generate.h"
#include "kitap/v1/statistics.grpc.pb.h"

namespace kitap::bench {

Status RunBulk(double scale, int year, const std::string& db_path,
               BulkSummary* summary) {
  gen::GenerateOptions options;
  options.world = {scale, 1, year};
  options.db_path = db_path;
  gen::Progress progress(stderr, false);
  Manifest manifest;
  std::clock_t cpu = std::clock();
  auto start = std::chrono::steady_clock::now();
  KITAP_RETURN_IF_ERROR(gen::Generate(options, progress, &manifest));
  summary->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  summary->cpu_seconds =
      static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  summary->scale = scale;
  const v1::Figures& totals = manifest.national().totals();
  summary->items = totals.holdings().value();
  summary->patrons = totals.registered_users().value();
  summary->loans = totals.loans().value();
  summary->visits = totals.visits().value();
  summary->rows_per_second =
      (summary->items + summary->patrons + summary->loans + summary->visits) /
      summary->seconds;
  return Status::Ok();
}

PhaseSummary RunReport(const std::shared_ptr<grpc::Channel>& channel,
                       const std::string& token, int year, int count) {
  auto stub = v1::Statistics::NewStub(channel);
  Recorder recorder;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < count; ++i) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + gen::kCallDeadline);
    gen::Authorize(token, &context);
    v1::GetAnnualReportRequest request;
    request.set_year(year);
    v1::AnnualReport report;
    auto sent = std::chrono::steady_clock::now();
    grpc::Status status = stub->GetAnnualReport(&context, request, &report);
    recorder.Add("annual_report",
                 std::chrono::duration<double, std::micro>(
                     std::chrono::steady_clock::now() - sent)
                     .count(),
                 gen::FromGrpc(context, status));
  }
  PhaseSummary phase;
  phase.name = "report";
  phase.mode = "closed";
  phase.desks = 1;
  phase.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  phase.kinds = recorder.Summarize(phase.seconds);
  Total(&phase);
  return phase;
}

}  // namespace kitap::bench
