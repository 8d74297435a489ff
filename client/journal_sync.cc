#include "client/journal_sync.h"

#include <grpcpp/client_context.h>

#include <map>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace kitap::client {
namespace {

// The server applies a whole batch before it answers: allow for that on
// top of the deadline of one call.
std::chrono::milliseconds StreamTimeout(const Connection& connection,
                                        size_t entries) {
  return connection.timeout() + std::chrono::milliseconds(2 * entries);
}

// Sends `entries` in one stream and collects the answers, or fails.
RpcStatus SendBatch(const Connection& connection,
                    v1::Circulation::Stub& circulation,
                    const std::vector<StoredEntry>& entries,
                    std::vector<v1::JournalResult>* results) {
  results->clear();
  grpc::ClientContext context;
  connection.Prepare(&context, StreamTimeout(connection, entries.size()));
  auto stream = circulation.SubmitJournal(&context);
  for (const StoredEntry& stored : entries) {
    if (!stream->Write(stored.entry)) break;  // Finish tells why
  }
  stream->WritesDone();
  v1::JournalResult result;
  while (stream->Read(&result)) results->push_back(result);
  RpcStatus status = RpcStatus::FromCall(stream->Finish(),
                                         context.GetServerTrailingMetadata());
  if (status.ok() && results->size() != entries.size()) {
    return RpcStatus(grpc::StatusCode::INTERNAL, "",
                     absl::StrCat("the server answered ", results->size(),
                                  " of ", entries.size(), " entries"));
  }
  return status;
}

void Count(const std::vector<v1::JournalResult>& results, SyncReport* report) {
  for (const v1::JournalResult& result : results) {
    ++report->sent;
    if (result.outcome() == v1::JOURNAL_OUTCOME_APPLIED) {
      ++report->applied;
    } else {
      ++report->review;
      report->conflicts.push_back(result);
    }
  }
}

RpcStatus FromAbsl(const absl::Status& status) {
  return RpcStatus(static_cast<grpc::StatusCode>(status.code()), "",
                   std::string(status.message()));
}

}  // namespace

SyncReport SyncJournal(const Connection& connection,
                       v1::Circulation::Stub& circulation,
                       JournalStore& journal, int batch,
                       const SyncProgress& progress) {
  SyncReport report;
  std::vector<v1::JournalResult> results;
  while (report.status.ok()) {
    absl::StatusOr<std::vector<StoredEntry>> pending = journal.Pending(batch);
    if (!pending.ok()) {
      report.status = FromAbsl(pending.status());
      break;
    }
    if (pending->empty()) break;
    report.status = connection.WithRetries(
        [&] { return SendBatch(connection, circulation, *pending, &results); });
    if (!report.status.ok()) break;
    if (absl::Status settled = journal.Settle(results, absl::Now());
        !settled.ok()) {
      report.status = FromAbsl(settled);
      break;
    }
    Count(results, &report);
    if (progress) progress(report);
  }
  report.pending = journal.PendingCount().value_or(0);
  return report;
}

}  // namespace kitap::client
