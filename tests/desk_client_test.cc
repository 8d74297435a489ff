// End to end with the real programs: a kitapd child serves a database set
// up in-process, and the real `kitap` binary works a desk — in desk mode
// through a pipe, and as one-shot commands. The server is killed in the
// middle of a session and started again; the client is killed in the
// middle of a replay and run again. Every scanned action must land exactly
// once, and the counters must equal a recount.
#include <signal.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "absl/time/clock.h"
#include "client/journal_store.h"
#include "server/core/convert.h"
#include "tests/child_process.h"
#include "tests/temp_dir.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using namespace std::chrono_literals;

constexpr char kCard[] = "KZ-DESK-0001";
constexpr char kOtherCard[] = "KZ-DESK-0002";
constexpr char kItems[][8] = {"BK-1", "BK-2", "BK-3", "BK-4"};

// Children run without the developer's own ~/.config/kitap/kitap.conf.
Child::Options Hermetic(bool stdin_pipe = false) {
  Child::Options options;
  options.stdin_pipe = stdin_pipe;
  options.env = {"KITAP_CONFIG=/nonexistent"};
  return options;
}

class DeskClientTest : public ::testing::Test {
 protected:
  // A database with one library, a reader and four items, made with the
  // in-process server at today's time, then left to kitapd children.
  void SetUp() override {
    setup_ = std::make_unique<TestServer>(dir_.File("kitap.db"));
    setup_->clock().Set(absl::ToUnixMicros(absl::Now()));
    library_ = setup_->AddLibrary("KZ-75", v1::LIBRARY_TYPE_CITY);
    setup_->AddPatron(library_, kCard, MakeDate(1990, 5, 15));
    setup_->AddPatron(library_, kOtherCard, MakeDate(2001, 9, 1));
    const int64_t record = setup_->AddRecord(v1::SUBJECT_FICTION);
    for (const char* item : kItems) setup_->AddItem(record, library_, item);
    desk_token_ = setup_->IssueToken(v1::ROLE_DESK, library_);
    setup_->Stop();
  }

  void StartKitapd(int port = 0) {
    kitapd_ = std::make_unique<KitapdChild>(KITAPD_PATH, setup_->db_path(),
                                            port, dir_.File("kitapd.log"));
    ASSERT_GT(kitapd_->port(), 0) << kitapd_->log();
    port_ = kitapd_->port();
  }

  void KillKitapd() {
    kitapd_->process().Signal(SIGKILL);
    kitapd_->process().Wait(10s);
    kitapd_.reset();
  }

  // `kitap ARGS` as this desk, in English, with its own journal file (and
  // without a server for `kitap journal`, which reads the file only).
  std::vector<std::string> KitapArgs(std::vector<std::string> args) {
    const bool local = args.front() == "journal";
    args.insert(args.begin(), KITAP_PATH);
    std::vector<std::string> options = {"--journal", dir_.File("journal.db"),
                                        "--lang", "en"};
    if (!local) {
      options.insert(options.end(),
                     {"--server", "127.0.0.1:" + std::to_string(port_),
                      "--token", desk_token_});
    }
    args.insert(args.end(), options.begin(), options.end());
    return args;
  }

  // Runs `kitap ARGS` to its end; its exit code, the output in *out.
  int RunKitap(std::vector<std::string> args, std::string* out = nullptr) {
    Child kitap(KitapArgs(std::move(args)),
                dir_.File("kitap-" + std::to_string(++runs_) + ".log"),
                Hermetic());
    const int code = kitap.Wait(60s);
    if (out != nullptr) *out = kitap.log();
    return code;
  }

  // A desk-mode session reading from a pipe.
  std::unique_ptr<Child> StartDesk(const std::string& sync_interval = "0.2") {
    return std::make_unique<Child>(
        KitapArgs({"desk", "--library", std::to_string(library_),
                   "--sync-interval", sync_interval}),
        dir_.File("desk.log"), Hermetic(/*stdin_pipe=*/true));
  }

  // After kitapd is gone: the year's report from the in-process server on
  // the same database, with the counters checked against a recount.
  v1::Figures Totals() {
    setup_->Restart();
    setup_->ExpectCountersMatchRecount();
    v1::GetAnnualReportRequest request;
    request.set_year(
        absl::ToCivilYear(absl::Now(), absl::FixedTimeZone(5 * 3600)).year());
    v1::AnnualReport report;
    Outcome o = Call(setup_->statistics(),
                     &v1::Statistics::Stub::GetAnnualReport, request, &report);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return report.totals();
  }

  // The open loans of `barcode` (0 or 1), from the in-process server.
  int OpenLoans(const std::string& barcode) {
    v1::ListLoansRequest request;
    request.set_item_barcode(barcode);
    request.set_open_only(true);
    v1::ListLoansResponse response;
    Outcome o = Call(setup_->circulation(), &v1::Circulation::Stub::ListLoans,
                     request, &response);
    EXPECT_TRUE(o.ok()) << o.reason;
    return response.loans_size();
  }

  client::JournalCounts JournalCounts() {
    auto journal = client::JournalStore::Open(dir_.File("journal.db"));
    EXPECT_TRUE(journal.ok()) << journal.status();
    auto counts = (*journal)->Counts();
    EXPECT_TRUE(counts.ok()) << counts.status();
    return counts.value_or(client::JournalCounts{});
  }

  TempDir dir_;
  std::unique_ptr<TestServer> setup_;
  std::unique_ptr<KitapdChild> kitapd_;
  int64_t library_ = 0;
  std::string desk_token_;
  int port_ = 0;
  int runs_ = 0;
};

TEST_F(DeskClientTest, ScriptedSessionThroughAPipe) {
  StartKitapd();
  std::unique_ptr<Child> desk = StartDesk();
  ASSERT_TRUE(desk->Write(std::string(kCard) + "\n"));
  ASSERT_TRUE(desk->WaitForLog("Reader: ", 10s)) << desk->log();
  for (const char* item : {kItems[0], kItems[1], kItems[2]}) {
    ASSERT_TRUE(desk->Write(std::string(item) + "\n"));
  }
  ASSERT_TRUE(desk->Write("\nin\n" + std::string(kItems[1]) + "\n"));
  ASSERT_TRUE(desk->Write("visit\n" + std::string(kCard) + "\ncount 5\n"));
  ASSERT_TRUE(desk->Write(std::string(kItems[3]) + "\nquit\n"));
  EXPECT_EQ(desk->Wait(30s), 0) << desk->log();

  const std::string log = desk->log();
  EXPECT_EQ(desk->CountInLog("✔ Checked out: "), 3) << log;
  EXPECT_EQ(desk->CountInLog(", due 20"), 3) << log;
  EXPECT_NE(log.find("Mode: check-in"), std::string::npos) << log;
  EXPECT_NE(log.find("✔ Returned: "), std::string::npos) << log;
  EXPECT_EQ(desk->CountInLog("✔ Visit counted"), 1) << log;
  EXPECT_EQ(desk->CountInLog("✔ Visitors counted"), 1) << log;
  // A barcode scanned in visit mode is no reader's card: refused, said so.
  EXPECT_NE(log.find("[PATRON_NOT_FOUND]"), std::string::npos) << log;
  kitapd_.reset();

  const v1::Figures totals = Totals();
  EXPECT_EQ(totals.loans().value(), 3);
  EXPECT_EQ(totals.visits().value(), 1 + 5);
  EXPECT_EQ(OpenLoans(kItems[0]), 1);
  EXPECT_EQ(OpenLoans(kItems[1]), 0);
  EXPECT_EQ(OpenLoans(kItems[2]), 1);
}

TEST_F(DeskClientTest, ServerStoppedMidSessionLandsEveryScanOnce) {
  StartKitapd();
  std::unique_ptr<Child> desk = StartDesk();
  ASSERT_TRUE(desk->Write(std::string(kCard) + "\n" + kItems[0] + "\n"));
  ASSERT_TRUE(desk->WaitForLog("✔ Checked out: ", 10s)) << desk->log();

  KillKitapd();  // the network goes down: the desk keeps working
  ASSERT_TRUE(desk->Write(std::string(kItems[1]) + "\n" + kItems[2] + "\n"));
  ASSERT_TRUE(desk->Write("in\n" + std::string(kItems[0]) + "\n"));
  ASSERT_TRUE(desk->Write("visit\n" + std::string(kCard) + "\ncount 3\n"));
  ASSERT_TRUE(desk->WaitForLog("(5 waiting in the journal)", 20s))
      << desk->log();
  EXPECT_EQ(desk->CountInLog("⏳ Offline: saved in the journal"), 5);

  StartKitapd(port_);  // back, on the address the desk knows
  ASSERT_TRUE(desk->WaitForLog("Connected to the server again.", 30s))
      << desk->log();
  ASSERT_TRUE(desk->Write("status\nquit\n"));
  EXPECT_EQ(desk->Wait(30s), 0) << desk->log();
  EXPECT_NE(desk->log().find("✔ 0 waiting in the journal"), std::string::npos)
      << desk->log();
  kitapd_.reset();

  const client::JournalCounts journal = JournalCounts();
  EXPECT_EQ(journal.pending, 0);
  EXPECT_EQ(journal.done, 5);
  const v1::Figures totals = Totals();
  EXPECT_EQ(totals.loans().value(), 3);
  EXPECT_EQ(totals.visits().value(), 1 + 3);
  EXPECT_EQ(OpenLoans(kItems[0]), 0);
  EXPECT_EQ(OpenLoans(kItems[1]), 1);
  EXPECT_EQ(OpenLoans(kItems[2]), 1);
}

TEST_F(DeskClientTest, ClientKilledMidReplayStillExactlyOnce) {
  StartKitapd();
  const int port = port_;
  KillKitapd();
  constexpr int kVisits = 400;
  std::unique_ptr<Child> desk = StartDesk("3600");
  std::string script = "visit\n";
  for (int i = 0; i < kVisits; ++i) script += "count 1\n";
  ASSERT_TRUE(desk->Write(script + "quit\n"));
  EXPECT_EQ(desk->Wait(120s), 5) << desk->log();  // 5: still queued
  ASSERT_EQ(JournalCounts().pending, kVisits);

  StartKitapd(port);
  Child sync(KitapArgs({"sync", "--batch", "5"}), dir_.File("sync-1.log"),
             Hermetic());
  client::JournalCounts counts;
  do {  // kill it once part of the journal is answered
    std::this_thread::sleep_for(1ms);
    counts = JournalCounts();
  } while (counts.done < 50 && !sync.Exited());
  sync.Signal(SIGKILL);
  sync.Wait(10s);
  ASSERT_GT(JournalCounts().pending, 0) << "the replay ended before the kill";

  std::string out;
  EXPECT_EQ(RunKitap({"sync"}, &out), 0) << out;
  EXPECT_EQ(JournalCounts().pending, 0);
  EXPECT_EQ(JournalCounts().done, kVisits);
  kitapd_.reset();
  EXPECT_EQ(Totals().visits().value(), kVisits);
}

TEST_F(DeskClientTest, OneShotCommandsQueueWhenTheServerIsAway) {
  StartKitapd();
  std::string out;
  EXPECT_EQ(RunKitap({"checkout", kItems[0], "--card", kCard, "--library",
                      std::to_string(library_)},
                     &out),
            0)
      << out;
  EXPECT_NE(out.find("✔ Checked out: "), std::string::npos) << out;
  // Refused by a rule: exit 3, the reason in words and as a code.
  EXPECT_EQ(RunKitap({"checkout", kItems[0], "--card", kCard, "--library",
                      std::to_string(library_)},
                     &out),
            3)
      << out;
  EXPECT_NE(out.find("[ITEM_ALREADY_ON_LOAN]"), std::string::npos) << out;

  const int port = port_;
  KillKitapd();
  EXPECT_EQ(RunKitap({"checkin", kItems[0], "--library",
                      std::to_string(library_), "--timeout", "1"},
                     &out),
            5)
      << out;
  EXPECT_EQ(RunKitap({"visit", "--count", "2", "--library",
                      std::to_string(library_), "--json"},
                     &out),
            5)
      << out;
  EXPECT_NE(out.find("\"outcome\": \"queued\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"pending\": \"2\""), std::string::npos) << out;
  EXPECT_EQ(RunKitap({"sync"}, &out), 4) << out;  // still away

  StartKitapd(port);
  EXPECT_EQ(RunKitap({"sync"}, &out), 0) << out;
  EXPECT_NE(out.find("Sent from the journal: 2 (2 ✔, 0 to review)"),
            std::string::npos)
      << out;
  EXPECT_EQ(RunKitap({"journal", "--state", "done"}, &out), 0) << out;
  EXPECT_NE(out.find("checkin BK-1"), std::string::npos) << out;
  EXPECT_NE(out.find("visit ×2"), std::string::npos) << out;
  kitapd_.reset();

  const v1::Figures totals = Totals();
  EXPECT_EQ(totals.loans().value(), 1);
  EXPECT_EQ(totals.visits().value(), 2);
  EXPECT_EQ(OpenLoans(kItems[0]), 0);
}

TEST_F(DeskClientTest, ConflictsAreShownAndKeptForReview) {
  StartKitapd();
  const std::string library = std::to_string(library_);
  const int port = port_;
  KillKitapd();
  std::string out;  // this desk lends BK-4 while offline...
  ASSERT_EQ(
      RunKitap({"checkout", kItems[3], "--card", kCard, "--library", library},
               &out),
      5)
      << out;
  StartKitapd(port);  // ...and another desk lends it again before the sync
  Child other({KITAP_PATH, "checkout", kItems[3], "--card", kOtherCard,
               "--library", library, "--server", kitapd_->address(), "--token",
               desk_token_, "--journal", dir_.File("other.db")},
              dir_.File("other.log"), Hermetic());
  ASSERT_EQ(other.Wait(60s), 0) << other.log();

  EXPECT_EQ(RunKitap({"sync"}, &out), 0) << out;
  EXPECT_NE(out.find("1 to review"), std::string::npos) << out;
  EXPECT_NE(out.find("APPLIED_WITH_CONFLICT ITEM_ON_LOAN_TO_OTHER_PATRON"),
            std::string::npos)
      << out;
  EXPECT_EQ(RunKitap({"journal", "--state", "review", "--json"}, &out), 0)
      << out;
  EXPECT_NE(out.find("\"conflict\": \"ITEM_ON_LOAN_TO_OTHER_PATRON\""),
            std::string::npos)
      << out;
  EXPECT_EQ(JournalCounts().review, 1);
  kitapd_.reset();

  // Both loans count (rule 7 of docs/journal-conflicts.md); the newer one
  // stays open.
  EXPECT_EQ(Totals().loans().value(), 2);
  EXPECT_EQ(OpenLoans(kItems[3]), 1);
}

}  // namespace
}  // namespace kitap::test
