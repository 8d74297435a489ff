// End-to-end durability with real processes: the kitapd binary is started
// on a temp database, fed a stream of check-outs from several client
// threads, and stopped mid-stream with SIGKILL (a crash) or SIGTERM (a
// drain). A new kitapd on the same database must then hold every
// acknowledged check-out, nothing half-written, answer every re-sent
// request exactly once, and keep counters equal to a recount.
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bench/kitapd_process.h"
#include "tests/temp_dir.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using namespace std::chrono_literals;

constexpr int kClients = 4;
constexpr int kCheckOuts = 240;  // one item each
// The stop signal goes out once this many check-outs are acknowledged.
constexpr int kStopAfterAcks = 40;
// Check-outs happen at kJune2, so they are counted in 2025.
constexpr int kYear = 2025;

// One check-out of the stream and what its client saw.
struct PlannedCheckOut {
  v1::CheckOutRequest request;
  bool acknowledged = false;
  int64_t loan_id = 0;  // from the acknowledgement
};

void ExpectOk(const Outcome& o, const std::string& what) {
  EXPECT_TRUE(o.ok()) << what << ": " << o.reason << ": " << o.message;
}

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = bench::BootstrapAdmin(KITAPD_PATH, db_path(), "crash test admin",
                                     &token_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  std::string db_path() const { return dir_.File("kitap.db"); }

  // Starts (or restarts) kitapd on the test's database.
  void StartKitapd() {
    api_.reset();
    server_ = std::make_unique<bench::KitapdProcess>();
    Status s = server_->Start(
        KITAPD_PATH, db_path(),
        {"--read-threads", "2", "--policy.loan_limit_adult", "1000"});
    ASSERT_TRUE(s.ok()) << s.ToString();
    api_ = std::make_unique<Stubs>(
        MakeStubs(ChannelWithToken(server_->address(), token_)));
  }

  // A library, one patron per client, a record, and an item per check-out.
  void SetUpCirculation() {
    library_ = CreateLibrary();
    int64_t record = CreateRecord();
    for (int i = 0; i < kCheckOuts; ++i) {
      PlannedCheckOut p;
      p.request.set_request_id("crash-checkout-" + std::to_string(i));
      p.request.set_library_id(library_);
      p.request.set_card_number(Card(i % kClients));
      p.request.set_item_barcode("CRASH-ITEM-" + std::to_string(i));
      p.request.mutable_occurred_at()->set_seconds(kJune2 / 1'000'000);
      plan_.push_back(p);
    }
    for (int c = 0; c < kClients; ++c) CreatePatron(Card(c));
    ForEachConcurrently([&](PlannedCheckOut& p) {
      CreateItem(record, p.request.item_barcode());
      return true;
    });
  }

  // Runs `fn` over the plan from kClients threads, client c taking every
  // kClients-th check-out from c; a client stops when `fn` returns false.
  void ForEachConcurrently(const std::function<bool(PlannedCheckOut&)>& fn) {
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back([this, c, &fn] {
        for (size_t i = c; i < plan_.size(); i += kClients) {
          if (!fn(plan_[i])) return;
        }
      });
    }
    for (std::thread& client : clients) client.join();
  }

  // Sends the check-outs; the client whose acknowledgement is the
  // kStopAfterAcks-th sends `signal` to kitapd while the others still have
  // requests in flight. A client stops at its first failure.
  void SendCheckOutsAndSignal(int signal) {
    std::atomic<int> acks{0};
    ForEachConcurrently([&](PlannedCheckOut& p) {
      v1::CheckOutResponse response;
      if (!CheckOut(p.request, &response).ok()) return false;
      p.acknowledged = true;
      p.loan_id = response.loan().id();
      if (acks.fetch_add(1) + 1 == kStopAfterAcks) server_->Signal(signal);
      return true;
    });
    EXPECT_GE(acks.load(), kStopAfterAcks);
    EXPECT_LT(acks.load(), kCheckOuts) << "the stop came after the stream";
  }

  // After a restart: the state is whole, re-sending every request is
  // exactly-once, and kitapd then stops cleanly.
  void RestartAndVerify() {
    ASSERT_NO_FATAL_FAILURE(StartKitapd());
    ASSERT_NO_FATAL_FAILURE(ExpectAcknowledgedAndNothingHalfWritten());
    ExpectCountersMatchRecount();
    ASSERT_NO_FATAL_FAILURE(ResendAll());
    ExpectAcknowledgedAndNothingHalfWritten();
    EXPECT_EQ(LoansCounter(), kCheckOuts);
    ExpectCountersMatchRecount();
    // Clients gone first: an idle connected channel holds kitapd's gRPC
    // shutdown until its next 5 s timer tick.
    api_.reset();
    server_->Signal(SIGTERM);
    ExpectCleanExit(server_->Wait(20s));
  }

  // Every acknowledged check-out is there with its loan; every item is on
  // loan iff it has exactly one open loan, and never more than one loan;
  // the loans counter equals the loans.
  void ExpectAcknowledgedAndNothingHalfWritten() {
    int64_t loans = 0;
    for (const PlannedCheckOut& p : plan_) {
      const std::string& barcode = p.request.item_barcode();
      v1::Item item = GetItem(barcode);
      std::vector<v1::Loan> history = LoansOf(barcode);
      ASSERT_LE(history.size(), 1u) << barcode << " was checked out twice";
      bool open = history.size() == 1 && !history[0].has_returned_at();
      EXPECT_EQ(item.status() == v1::ITEM_STATUS_ON_LOAN, open) << barcode;
      if (!open) {
        EXPECT_EQ(item.status(), v1::ITEM_STATUS_AVAILABLE) << barcode;
      }
      if (p.acknowledged) {
        EXPECT_TRUE(open) << "acknowledged check-out of " << barcode
                          << " was lost";
        if (open) {
          EXPECT_EQ(history[0].id(), p.loan_id) << barcode;
        }
      }
      loans += static_cast<int64_t>(history.size());
    }
    EXPECT_EQ(loans, LoansCounter());
  }

  // Re-sends every request, acknowledged or not: each is OK, and an
  // acknowledged one answers its original loan.
  void ResendAll() {
    ForEachConcurrently([&](PlannedCheckOut& p) {
      v1::CheckOutResponse response;
      Outcome o = CheckOut(p.request, &response);
      ExpectOk(o, "re-sent " + p.request.request_id());
      if (p.acknowledged) {
        EXPECT_EQ(response.loan().id(), p.loan_id) << p.request.request_id();
      }
      p.acknowledged = o.ok();
      p.loan_id = response.loan().id();
      return true;
    });
  }

  static void ExpectCleanExit(int status) {
    ASSERT_TRUE(WIFEXITED(status)) << "wait status " << status;
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }

  static std::string Card(int client) {
    return "CRASH-CARD-" + std::to_string(client);
  }

  Outcome CheckOut(const v1::CheckOutRequest& request,
                   v1::CheckOutResponse* response) {
    return Call(*api_->circulation, &v1::Circulation::Stub::CheckOut, request,
                response);
  }

  int64_t CreateLibrary() {
    v1::CreateLibraryRequest request;
    request.set_request_id("crash-library");
    v1::Library* l = request.mutable_library();
    l->set_name_kk("Сынақ кітапханасы");
    l->set_name_ru("Тестовая библиотека");
    l->set_name_en("Crash test library");
    l->set_region_code("KZ-75");
    l->set_type(v1::LIBRARY_TYPE_CITY);
    *l->mutable_opened_on() = MakeDate(2000, 1, 1);
    v1::Library response;
    ExpectOk(Call(*api_->directory, &v1::Directory::Stub::CreateLibrary,
                  request, &response),
             "CreateLibrary");
    return response.id();
  }

  void CreatePatron(const std::string& card) {
    v1::CreatePatronRequest request;
    request.set_request_id("crash-patron-" + card);
    v1::Patron* p = request.mutable_patron();
    p->set_card_number(card);
    p->set_full_name("Оқырман " + card);
    *p->mutable_birth_date() = MakeDate(1990, 5, 17);
    p->set_home_library_id(library_);
    p->set_category(v1::PATRON_CATEGORY_ADULT);
    *p->mutable_registered_on() = MakeDate(2025, 1, 10);
    *p->mutable_expires_on() = MakeDate(2030, 1, 10);
    v1::Patron response;
    ExpectOk(Call(*api_->patrons, &v1::Patrons::Stub::CreatePatron, request,
                  &response),
             "CreatePatron " + card);
  }

  int64_t CreateRecord() {
    v1::CreateRecordRequest request;
    request.set_request_id("crash-record");
    v1::Record* r = request.mutable_record();
    r->set_title("Қан мен тер");
    r->add_authors("Әбдіжәміл Нұрпейісов");
    r->set_language("kk");
    r->set_year(1970);
    r->set_subject(v1::SUBJECT_FICTION);
    v1::Record response;
    ExpectOk(Call(*api_->catalog, &v1::Catalog::Stub::CreateRecord, request,
                  &response),
             "CreateRecord");
    return response.id();
  }

  void CreateItem(int64_t record, const std::string& barcode) {
    v1::CreateItemRequest request;
    request.set_request_id("crash-create-" + barcode);
    v1::Item* i = request.mutable_item();
    i->set_barcode(barcode);
    i->set_record_id(record);
    i->set_library_id(library_);
    i->set_loan_type(v1::LOAN_TYPE_NORMAL);
    *i->mutable_acquired_on() = MakeDate(2025, 1, 10);
    v1::Item response;
    ExpectOk(Call(*api_->catalog, &v1::Catalog::Stub::CreateItem, request,
                  &response),
             "CreateItem " + barcode);
  }

  v1::Item GetItem(const std::string& barcode) {
    v1::GetItemRequest request;
    request.set_barcode(barcode);
    v1::Item item;
    ExpectOk(Call(*api_->catalog, &v1::Catalog::Stub::GetItem, request, &item),
             "GetItem " + barcode);
    return item;
  }

  // The item's whole loan history.
  std::vector<v1::Loan> LoansOf(const std::string& barcode) {
    v1::ListLoansRequest request;
    request.set_item_barcode(barcode);
    v1::ListLoansResponse response;
    ExpectOk(Call(*api_->circulation, &v1::Circulation::Stub::ListLoans,
                  request, &response),
             "ListLoans " + barcode);
    EXPECT_TRUE(response.next_page_token().empty());
    return {response.loans().begin(), response.loans().end()};
  }

  // The national loans counter of the year.
  int64_t LoansCounter() {
    v1::GetAnnualReportRequest request;
    request.set_year(kYear);
    v1::AnnualReport report;
    ExpectOk(Call(*api_->statistics, &v1::Statistics::Stub::GetAnnualReport,
                  request, &report),
             "GetAnnualReport");
    return report.totals().loans().value();
  }

  void ExpectCountersMatchRecount() {
    v1::RecountRequest request;
    v1::RecountResponse response;
    ExpectOk(Call(*api_->statistics, &v1::Statistics::Stub::Recount, request,
                  &response),
             "Recount");
    EXPECT_GT(response.counters_checked(), 0);
    for (const v1::CounterDifference& d : response.differences()) {
      ADD_FAILURE() << "counter differs from recount: " << d.ShortDebugString();
    }
  }

  TempDir dir_;  // first: removed after the process is gone
  std::unique_ptr<bench::KitapdProcess> server_;
  std::unique_ptr<Stubs> api_;  // as the national admin
  std::string token_;
  int64_t library_ = 0;
  std::vector<PlannedCheckOut> plan_;
};

TEST_F(CrashTest, SigkillMidStreamLosesNoAcknowledgedCheckOut) {
  ASSERT_NO_FATAL_FAILURE(StartKitapd());
  ASSERT_NO_FATAL_FAILURE(SetUpCirculation());
  SendCheckOutsAndSignal(SIGKILL);
  int status = server_->Wait(10s);
  ASSERT_TRUE(WIFSIGNALED(status)) << "wait status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  RestartAndVerify();
}

TEST_F(CrashTest, SigtermDrainsInFlightWritesAndExitsCleanly) {
  ASSERT_NO_FATAL_FAILURE(StartKitapd());
  ASSERT_NO_FATAL_FAILURE(SetUpCirculation());
  SendCheckOutsAndSignal(SIGTERM);
  ExpectCleanExit(server_->Wait(20s));
  std::string log = server_->log();
  EXPECT_NE(log.find("received Terminated: draining in-flight writes"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find("kitapd stopped cleanly"), std::string::npos) << log;
  RestartAndVerify();
}

}  // namespace
}  // namespace kitap::test
