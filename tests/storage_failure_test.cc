// Storage failures an operator will meet, against a real in-process kitapd:
// a full disk, a database locked by another process, and clients that go
// away mid-call. Each must fail with its documented status and reason,
// change nothing, keep the server answering, and let later writes through
// exactly once.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "db/database.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using namespace std::chrono_literals;
using v1::Catalog;
using v1::Circulation;

constexpr char kCard[] = "STORE-CARD-1";

domain::Policy RoomyPolicy() {
  domain::Policy policy;
  policy.loan_limit_adult = 1000;  // the disk-full test borrows a lot
  return policy;
}

// Runs `fn` on the server's write connection, on the writer thread inside a
// write batch (as an operation would), and returns its status. Tests use it
// to change connection settings at run time: max_page_count and
// busy_timeout belong to the connection.
Status OnWriteConnection(Engine& engine,
                         const std::function<Status(db::Database&)>& fn) {
  std::promise<Status> done;
  engine.Write([&fn](OpContext& ctx) { return fn(ctx.db); },
               [&done](const Status& s) { done.set_value(s); });
  return done.get_future().get();
}

// Holds the writer thread inside a write until destroyed, so requests sent
// meanwhile wait in the write queue: the server is in the middle of them.
class WriterBlock {
 public:
  explicit WriterBlock(Engine& engine) : engine_(engine) {
    std::promise<void> entered;
    engine.Write(
        [&entered, release = release_.get_future().share()](OpContext&) {
          entered.set_value();
          release.wait();
          return Status::Ok();
        },
        [this](const Status&) { done_.set_value(); });
    entered.get_future().wait();
  }
  ~WriterBlock() {
    release_.set_value();
    done_.get_future().wait();
  }
  WriterBlock(const WriterBlock&) = delete;
  WriterBlock& operator=(const WriterBlock&) = delete;

  // Waits (polling the queue gauge, up to 10 s) until `n` writes are queued
  // behind the block.
  bool AwaitQueued(uint64_t n) const {
    auto deadline = std::chrono::steady_clock::now() + 10s;
    while (engine_.writer_stats().queue_depth.load() < n) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::sleep_for(1ms);
    }
    return true;
  }

 private:
  Engine& engine_;
  std::promise<void> release_;
  std::promise<void> done_;
};

class StorageFailureTest : public ::testing::Test {
 protected:
  StorageFailureTest() : server_(RoomyPolicy()) {}

  void SetUp() override {
    library_ = server_.AddLibrary();
    patron_ = server_.AddPatron(library_, kCard, MakeDate(1985, 9, 1));
    record_ = server_.AddRecord();
  }

  Engine& engine() { return server_.server().engine(); }

  std::vector<std::string> AddItems(int count) {
    std::vector<std::string> barcodes;
    for (int i = 0; i < count; ++i) {
      barcodes.push_back("STORE-ITEM-" + std::to_string(i));
      server_.AddItem(record_, library_, barcodes.back());
    }
    return barcodes;
  }

  v1::CheckOutRequest NewCheckOut(const std::string& barcode) {
    v1::CheckOutRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(library_);
    request.set_card_number(kCard);
    request.set_item_barcode(barcode);
    return request;
  }

  Outcome CheckOut(const v1::CheckOutRequest& request,
                   v1::CheckOutResponse* response = nullptr) {
    v1::CheckOutResponse ignored;
    return Call(server_.circulation(), &Circulation::Stub::CheckOut, request,
                response ? response : &ignored);
  }

  v1::Item GetItem(const std::string& barcode) {
    v1::GetItemRequest request;
    request.set_barcode(barcode);
    v1::Item item;
    Outcome o =
        Call(server_.catalog(), &Catalog::Stub::GetItem, request, &item);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return item;
  }

  std::vector<v1::Loan> ListLoans(const v1::ListLoansRequest& request) {
    v1::ListLoansResponse response;
    Outcome o = Call(server_.circulation(), &Circulation::Stub::ListLoans,
                     request, &response);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return {response.loans().begin(), response.loans().end()};
  }

  std::vector<v1::Loan> LoansOfItem(const std::string& barcode) {
    v1::ListLoansRequest request;
    request.set_item_barcode(barcode);
    return ListLoans(request);
  }

  size_t LoansOfPatron() {
    v1::ListLoansRequest request;
    request.set_patron_id(patron_);
    request.set_page_size(1000);
    return ListLoans(request).size();
  }

  // The item is available and was never lent: a refusal left no trace.
  // Being a read, this also shows the server still answers reads.
  void ExpectUntouched(const std::string& barcode) {
    EXPECT_EQ(GetItem(barcode).status(), v1::ITEM_STATUS_AVAILABLE);
    EXPECT_TRUE(LoansOfItem(barcode).empty()) << barcode;
  }

  // The item is on loan with exactly one loan, `loan_id`.
  void ExpectLentOnce(const std::string& barcode, int64_t loan_id) {
    EXPECT_EQ(GetItem(barcode).status(), v1::ITEM_STATUS_ON_LOAN);
    std::vector<v1::Loan> loans = LoansOfItem(barcode);
    ASSERT_EQ(loans.size(), 1u) << barcode;
    EXPECT_EQ(loans[0].id(), loan_id);
    EXPECT_FALSE(loans[0].has_returned_at());
  }

  // Sends `request` (again): OK, and the item is lent exactly once.
  void ExpectCheckOutSucceedsOnce(const v1::CheckOutRequest& request) {
    v1::CheckOutResponse response;
    Outcome o = CheckOut(request, &response);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
    ExpectLentOnce(request.item_barcode(), response.loan().id());
  }

  void ExpectServing() {
    v1::PingRequest request;
    v1::PingResponse response;
    EXPECT_TRUE(Call(server_.diagnostics(), &v1::Diagnostics::Stub::Ping,
                     request, &response)
                    .ok());
  }

  // One journal check-out per barcode, an hour apart on the morning of
  // kJune2.
  std::vector<v1::JournalEntry> JournalOf(
      const std::vector<std::string>& barcodes) {
    std::vector<v1::JournalEntry> entries;
    int64_t at =
        kJune2 / 1'000'000 - 3600 * static_cast<int64_t>(barcodes.size());
    for (const std::string& barcode : barcodes) {
      v1::JournalEntry entry;
      entry.set_request_id(server_.NewRequestId());
      entry.mutable_occurred_at()->set_seconds(at += 3600);
      v1::CheckOutRequest* c = entry.mutable_check_out();
      c->set_library_id(library_);
      c->set_card_number(kCard);
      c->set_item_barcode(barcode);
      entries.push_back(entry);
    }
    return entries;
  }

  // Submits the whole journal, reads every answer: each entry is APPLIED
  // and its item lent exactly once.
  void ExpectJournalAppliedOnce(const std::vector<v1::JournalEntry>& entries) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + 10s);
    auto stream = server_.circulation().SubmitJournal(&context);
    for (const v1::JournalEntry& e : entries) ASSERT_TRUE(stream->Write(e));
    ASSERT_TRUE(stream->WritesDone());
    std::vector<v1::JournalResult> results;
    v1::JournalResult result;
    while (stream->Read(&result)) results.push_back(result);
    grpc::Status status = stream->Finish();
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_EQ(results.size(), entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      EXPECT_EQ(results[i].request_id(), entries[i].request_id());
      EXPECT_EQ(results[i].outcome(), v1::JOURNAL_OUTCOME_APPLIED)
          << results[i].ShortDebugString();
      ExpectLentOnce(entries[i].check_out().item_barcode(),
                     results[i].check_out().loan().id());
    }
    EXPECT_EQ(LoansOfPatron(), entries.size());
    server_.ExpectCountersMatchRecount();
  }

  TestServer server_;
  int64_t library_ = 0;
  int64_t patron_ = 0;
  int64_t record_ = 0;
};

TEST_F(StorageFailureTest, DiskFullRefusesCheckOutAndRecoversWithSpace) {
  std::vector<std::string> items = AddItems(150);
  // From now on the database file cannot grow past its current size (a
  // limit below the size is raised to it).
  ASSERT_TRUE(OnWriteConnection(engine(), [](db::Database& db) {
                return db.SetMaxPageCount(1);
              }).ok());
  // Borrow until a check-out needs a page the file cannot get.
  size_t lent = 0;
  Outcome refused;
  v1::CheckOutRequest request;
  for (; lent < items.size(); ++lent) {
    request = NewCheckOut(items[lent]);
    refused = CheckOut(request);
    if (!refused.ok()) break;
  }
  ASSERT_LT(lent, items.size()) << "the database never filled up";
  EXPECT_EQ(refused.code, grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_EQ(refused.reason, "STORAGE_FULL") << refused.message;
  ExpectUntouched(request.item_barcode());
  EXPECT_EQ(LoansOfPatron(), lent);
  ExpectServing();
  server_.ExpectCountersMatchRecount();

  // Space again: the same request now goes through, once.
  ASSERT_TRUE(OnWriteConnection(engine(), [](db::Database& db) {
                return db.SetMaxPageCount(1 << 30);
              }).ok());
  ExpectCheckOutSucceedsOnce(request);
  ExpectCheckOutSucceedsOnce(request);
  EXPECT_EQ(LoansOfPatron(), lent + 1);
  server_.ExpectCountersMatchRecount();
}

TEST_F(StorageFailureTest, BusyDatabaseRefusesWritesUntilTheLockIsFreed) {
  std::string barcode = AddItems(1)[0];
  // The writer waits 100 ms for a lock (5 s by default).
  ASSERT_TRUE(OnWriteConnection(engine(), [](db::Database& db) {
                return db.Exec("PRAGMA busy_timeout=100");
              }).ok());
  // Another process holds the write lock.
  std::unique_ptr<db::Database> other;
  ASSERT_TRUE(db::Database::Open(server_.db_path(), {}, &other).ok());
  ASSERT_TRUE(other->Exec("BEGIN IMMEDIATE").ok());

  v1::CheckOutRequest request = NewCheckOut(barcode);
  Outcome busy = CheckOut(request);
  EXPECT_EQ(busy.code, grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(busy.reason, "STORAGE_BUSY") << busy.message;
  EXPECT_GE(engine().writer_stats().failed_commits.load(), 1u);
  ExpectUntouched(barcode);  // reads go on beside the lock

  ASSERT_TRUE(other->Exec("ROLLBACK").ok());
  ExpectCheckOutSucceedsOnce(request);
  server_.ExpectCountersMatchRecount();
}

TEST_F(StorageFailureTest, ClientCancellingMidCheckOutLeavesItExactlyOnce) {
  v1::CheckOutRequest request = NewCheckOut(AddItems(1)[0]);
  {
    WriterBlock block(engine());
    grpc::ClientContext context;
    v1::CheckOutResponse response;
    std::promise<grpc::Status> finished;
    server_.circulation().async()->CheckOut(
        &context, &request, &response,
        [&finished](grpc::Status s) { finished.set_value(s); });
    EXPECT_TRUE(block.AwaitQueued(1)) << "the check-out never reached";
    context.TryCancel();
    EXPECT_EQ(finished.get_future().get().error_code(),
              grpc::StatusCode::CANCELLED);
  }  // the writer goes on, with a check-out whose client has gone
  ExpectServing();
  ExpectCheckOutSucceedsOnce(request);
  EXPECT_EQ(LoansOfPatron(), 1u);
  server_.ExpectCountersMatchRecount();
}

TEST_F(StorageFailureTest, JournalClientGoneBeforeItsAnswersIsExactlyOnce) {
  std::vector<v1::JournalEntry> entries = JournalOf(AddItems(5));
  {
    WriterBlock block(engine());
    grpc::ClientContext context;
    auto stream = server_.circulation().SubmitJournal(&context);
    for (const v1::JournalEntry& e : entries) EXPECT_TRUE(stream->Write(e));
    EXPECT_TRUE(stream->WritesDone());
    EXPECT_TRUE(block.AwaitQueued(entries.size()));  // all being applied
    context.TryCancel();
    EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::CANCELLED);
  }
  ExpectServing();
  ExpectJournalAppliedOnce(entries);
}

TEST_F(StorageFailureTest, JournalClientGoneMidStreamIsExactlyOnce) {
  std::vector<v1::JournalEntry> entries = JournalOf(AddItems(6));
  {
    grpc::ClientContext context;
    auto stream = server_.circulation().SubmitJournal(&context);
    for (size_t i = 0; i < entries.size() / 2; ++i) {
      EXPECT_TRUE(stream->Write(entries[i]));
    }
    context.TryCancel();  // gone without half-closing
    EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::CANCELLED);
  }
  // Entries the server did read may still be settling: sending the whole
  // journal again must settle each exactly once all the same.
  ExpectServing();
  ExpectJournalAppliedOnce(entries);
}

}  // namespace
}  // namespace kitap::test
