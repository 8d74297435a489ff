// GrpcSink: loads the stream into a running kitapd through its public API:
// CreateLibrary (and its calendar), CreateRecord, CreateItem, CreatePatron
// with its registration dates, CreatePeriodicalTitle, then the year:
// circulation (check-outs, renewals, returns, visits) as SubmitJournal
// streams, RequestIssue with its deliveries, RecordEvent. Request ids are
// derived from the run (seed, year, scale), so running the same command
// again after a failure completes the load exactly once. The server must
// run the default circulation policy and accept times in the year.
#ifndef KITAP_BENCH_GRPC_SINK_H_
#define KITAP_BENCH_GRPC_SINK_H_

#include <grpcpp/grpcpp.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>

#include "bench/call_window.h"
#include "bench/journal_lanes.h"
#include "bench/records.h"
#include "kitap/v1/catalog.grpc.pb.h"
#include "kitap/v1/directory.grpc.pb.h"
#include "kitap/v1/events.grpc.pb.h"
#include "kitap/v1/patrons.grpc.pb.h"
#include "kitap/v1/periodicals.grpc.pb.h"

namespace kitap::gen {

struct GrpcOptions {
  std::string run_tag;  // prefix of every request id
  std::string token;    // bearer token of a national admin
  int in_flight = 64;   // concurrent unary calls
  int lanes = 4;        // journal streams side by side
  size_t journal_batch = 10000;
};

class GrpcSink final : public Sink {
 public:
  GrpcSink(const std::shared_ptr<grpc::Channel>& channel, GrpcOptions options);
  // Waits for calls still in flight: their callbacks refer to the sink.
  ~GrpcSink() override;

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
  // What is being loaded; ids of an earlier stage are complete once a
  // later one starts. Libraries go by depth in their system.
  enum Stage { kRecords = 16, kItems, kPatrons, kTitles, kYear };
  Status Enter(int stage);
  std::string RequestId(const char* kind, int64_t n, int k = -1) const;
  void Journal(const When& when, const char* kind, int64_t n, int k,
               v1::JournalEntry entry);
  // Moves a request along its updates from `step` on; ends its job.
  void Deliver(std::shared_ptr<const IssueRequest> request, size_t step,
               int64_t id);

  GrpcOptions options_;
  std::unique_ptr<v1::Directory::Stub> directory_;
  std::unique_ptr<v1::Catalog::Stub> catalog_;
  std::unique_ptr<v1::Patrons::Stub> patrons_;
  std::unique_ptr<v1::Periodicals::Stub> periodicals_;
  std::unique_ptr<v1::Events::Stub> events_;
  std::unique_ptr<v1::Circulation::Stub> circulation_;
  CallWindow window_;
  JournalLanes journal_;
  int stage_ = -1;
  // Server ids by index: written by callbacks, read after the stage ends.
  std::deque<int64_t> library_ids_, record_ids_, title_ids_;
  std::deque<int> depth_;  // of each library in its system
};

// The request-id prefix of a run: the same arguments give the same tag.
std::string RunTag(uint64_t seed, int year, double scale);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_GRPC_SINK_H_
