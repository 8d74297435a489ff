// DeskTest: a TestServer with two libraries, two patrons and a few items,
// plus short helpers for the desk RPCs, the offline journal stream and a
// snapshot of the visible state (to prove that a refusal changed nothing).
// Shared by refusals_test, exactly_once_test and journal_test.
#ifndef KITAP_TESTS_DESK_FIXTURE_H_
#define KITAP_TESTS_DESK_FIXTURE_H_

#include <google/protobuf/timestamp.pb.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_server.h"

namespace kitap::test {

inline constexpr char kCard1[] = "KZ0001";
inline constexpr char kCard2[] = "KZ0002";
inline constexpr char kItem1[] = "ITEM-1";
inline constexpr char kItem2[] = "ITEM-2";
inline constexpr char kItem3[] = "ITEM-3";
inline constexpr char kReadingRoomItem[] = "RR-1";
inline constexpr domain::Micros kHour = 3600 * domain::kMicrosPerSecond;

google::protobuf::Timestamp Ts(domain::Micros micros);

// Builders of journal entries (the inner request carries no request_id or
// occurred_at: the entry's fields stand for them).
v1::JournalEntry CheckOutEntry(const std::string& request_id, domain::Micros at,
                               int64_t library, const std::string& card,
                               const std::string& barcode);
v1::JournalEntry CheckInEntry(const std::string& request_id, domain::Micros at,
                              int64_t library, const std::string& barcode);
v1::JournalEntry RenewEntry(const std::string& request_id, domain::Micros at,
                            int64_t library, const std::string& barcode);
v1::JournalEntry VisitEntry(const std::string& request_id, domain::Micros at,
                            int64_t library, const std::string& card);

// The answer of one SubmitJournal stream.
struct JournalReply {
  grpc::Status status;
  std::string reason;  // kitap-reason trailing metadata
  std::vector<v1::JournalResult> results;
};

// Members are public so that tables of test cases (free lambdas) can use
// them.
class DeskTest : public ::testing::Test {
 public:
  explicit DeskTest(domain::Policy policy = {});

  // Request builders for the desk RPCs at library `library` (0: Almaty),
  // each with a fresh request_id.
  v1::CheckOutRequest CheckOutRequest(const std::string& card,
                                      const std::string& barcode,
                                      int64_t library = 0);
  v1::CheckInRequest CheckInRequest(const std::string& barcode,
                                    int64_t library = 0);
  v1::RenewRequest RenewRequest(const std::string& barcode,
                                int64_t library = 0);
  v1::RecordVisitRequest VisitRequest(const std::string& card,
                                      int64_t library = 0);

  // The desk RPCs; `response` may be null.
  Outcome CheckOut(const v1::CheckOutRequest& request,
                   v1::CheckOutResponse* response = nullptr);
  Outcome CheckIn(const v1::CheckInRequest& request,
                  v1::CheckInResponse* response = nullptr);
  Outcome Renew(const v1::RenewRequest& request,
                v1::RenewResponse* response = nullptr);
  Outcome RecordVisit(const v1::RecordVisitRequest& request,
                      v1::RecordVisitResponse* response = nullptr);
  // Shorthands that assert success.
  v1::Loan Lend(const std::string& card, const std::string& barcode);
  v1::Loan Return(const std::string& barcode);

  // Blocks or unblocks `patron_id`, asserting success.
  void SetBlocked(int64_t patron_id, bool blocked);

  // A periodical title held in Almaty; returns its id.
  int64_t AddPeriodicalTitle();

  // Sends `entries` in one SubmitJournal stream, half-closes, reads every
  // result and finishes.
  JournalReply SubmitJournal(const std::vector<v1::JournalEntry>& entries);

  // What is visible now.
  v1::Item Item(const std::string& barcode);
  v1::ItemStatus ItemStatus(const std::string& barcode);
  v1::Patron Patron(const std::string& card);
  std::vector<v1::Loan> LoansOfItem(const std::string& barcode);
  std::vector<v1::Loan> LoansOfPatron(int64_t patron_id, bool open_only);
  v1::Figures Totals(int year = 2025);
  // Items, loan histories, patrons, libraries, records, events, periodical
  // requests and the 2025 totals, as text: equal snapshots mean no change.
  std::string Snapshot();

  TestServer server_;
  int64_t almaty_ = 0;
  int64_t astana_ = 0;
  int64_t patron1_ = 0;  // adult, kCard1, born 1990-05-15
  int64_t patron2_ = 0;  // student, kCard2, born 2006-03-10
  int64_t record_ = 0;
};

}  // namespace kitap::test

#endif  // KITAP_TESTS_DESK_FIXTURE_H_
