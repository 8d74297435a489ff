// SubmitJournal: a desk's offline journal is applied in occurred_at order,
// every entry is answered, and each conflict is settled by the documented
// rule of server/domain/journal_rules.h with the right rows. Malformed
// entries are rejected and change nothing. Counters match a recount after
// every test.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "tests/desk_fixture.h"

namespace kitap::test {
namespace {

using v1::Catalog;

constexpr int kMaxEntries = 10000;

class JournalTest : public DeskTest {
 public:
  explicit JournalTest(domain::Policy policy = {}) : DeskTest(policy) {}

  void TearDown() override { server_.ExpectCountersMatchRecount(); }

  domain::Micros Now() { return server_.clock().Now(); }
  std::string Id() { return server_.NewRequestId(); }

  // Submits one entry and returns its result (asserting a clean stream).
  v1::JournalResult SubmitOne(const v1::JournalEntry& entry) {
    JournalReply reply = SubmitJournal({entry});
    EXPECT_TRUE(reply.status.ok()) << reply.status.error_message();
    EXPECT_EQ(reply.results.size(), 1u);
    return reply.results.empty() ? v1::JournalResult() : reply.results[0];
  }

  // A live check-out at `at`.
  v1::Loan LendAt(const std::string& card, const std::string& barcode,
                  domain::Micros at) {
    v1::CheckOutRequest request = CheckOutRequest(card, barcode);
    *request.mutable_occurred_at() = Ts(at);
    v1::CheckOutResponse response;
    Outcome o = CheckOut(request, &response);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return response.loan();
  }

  void ItemAction(grpc::Status (Catalog::Stub::*method)(
                      grpc::ClientContext*, const v1::ItemActionRequest&,
                      v1::Item*),
                  const std::string& barcode) {
    v1::ItemActionRequest request;
    request.set_request_id(Id());
    request.set_barcode(barcode);
    request.set_library_id(almaty_);
    v1::Item item;
    ASSERT_TRUE(Call(server_.catalog(), method, request, &item).ok());
  }
};

void ExpectSettled(const v1::JournalResult& result, v1::JournalOutcome outcome,
                   const std::string& conflict, const std::string& resolution) {
  EXPECT_EQ(result.outcome(), outcome) << result.ShortDebugString();
  EXPECT_EQ(result.conflict(), conflict) << result.ShortDebugString();
  EXPECT_EQ(result.resolution(), resolution) << result.ShortDebugString();
  if (outcome != v1::JOURNAL_OUTCOME_APPLIED) {
    EXPECT_FALSE(result.message().empty());
  }
}

void ExpectApplied(const v1::JournalResult& result) {
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED, "", "");
}

// ---- Order ----

TEST_F(JournalTest, EmptyStreamIsOkWithNoResults) {
  JournalReply reply = SubmitJournal({});
  EXPECT_TRUE(reply.status.ok()) << reply.status.error_message();
  EXPECT_TRUE(reply.results.empty());
}

TEST_F(JournalTest, CheckInSentBeforeItsCheckOutIsAppliedAfterIt) {
  const domain::Micros out_at = Now() - 3 * kHour;
  const domain::Micros in_at = Now() - kHour;
  JournalReply reply = SubmitJournal(
      {CheckInEntry("offline-in-0001", in_at, almaty_, kItem1),
       CheckOutEntry("offline-out-0001", out_at, almaty_, kCard1, kItem1)});
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 2u);
  // Answered in occurred_at order: the check-out first.
  EXPECT_EQ(reply.results[0].request_id(), "offline-out-0001");
  EXPECT_EQ(reply.results[1].request_id(), "offline-in-0001");
  ExpectApplied(reply.results[0]);
  ExpectApplied(reply.results[1]);
  const v1::Loan& closed = reply.results[1].check_in().loan();
  EXPECT_EQ(closed.id(), reply.results[0].check_out().loan().id());
  EXPECT_EQ(closed.loaned_at().seconds(), Ts(out_at).seconds());
  EXPECT_EQ(closed.returned_at().seconds(), Ts(in_at).seconds());
  EXPECT_EQ(reply.results[1].check_in().item_status(),
            v1::ITEM_STATUS_AVAILABLE);
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_AVAILABLE);
  EXPECT_EQ(Totals().loans().value(), 1);
}

TEST_F(JournalTest, EntriesAtTheSameInstantKeepTheirSentOrder) {
  const domain::Micros at = Now() - kHour;
  JournalReply reply = SubmitJournal(
      {CheckOutEntry("same-time-0001", at, almaty_, kCard1, kItem1),
       CheckInEntry("same-time-0002", at, almaty_, kItem1),
       CheckOutEntry("same-time-0003", at, almaty_, kCard2, kItem1)});
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(reply.results[i].request_id(),
              "same-time-000" + std::to_string(i + 1));
    ExpectApplied(reply.results[i]);
  }
  EXPECT_EQ(Item(kItem1).status(), v1::ITEM_STATUS_ON_LOAN);
  EXPECT_EQ(LoansOfPatron(patron2_, true).size(), 1u);
}

TEST_F(JournalTest, AnOfflineDayIsReplayedInOrder) {
  const domain::Micros day = Now() - 8 * kHour;
  JournalReply reply = SubmitJournal({
      VisitEntry("day-0005", day + 5 * kHour, almaty_, kCard2),
      CheckInEntry("day-0004", day + 4 * kHour, astana_, kItem2),
      RenewEntry("day-0003", day + 3 * kHour, almaty_, kItem1),
      CheckOutEntry("day-0002", day + 2 * kHour, almaty_, kCard2, kItem2),
      CheckOutEntry("day-0001", day + kHour, almaty_, kCard1, kItem1),
  });
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(reply.results[i].request_id(), "day-000" + std::to_string(i + 1));
    ExpectApplied(reply.results[i]);
  }
  EXPECT_EQ(reply.results[2].renew().loan().renewals(), 1);
  EXPECT_EQ(reply.results[3].check_in().item_status(),
            v1::ITEM_STATUS_IN_TRANSIT);
  EXPECT_EQ(reply.results[3].check_in().transit_to_library_id(), almaty_);
  EXPECT_EQ(reply.results[4].visit().patron_id(), patron2_);
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_ON_LOAN);
  EXPECT_EQ(ItemStatus(kItem2), v1::ITEM_STATUS_IN_TRANSIT);
  const v1::Figures totals = Totals();
  EXPECT_EQ(totals.loans().value(), 2);
  EXPECT_EQ(totals.renewals().value(), 1);
  EXPECT_EQ(totals.visits().value(), 1);
  EXPECT_EQ(totals.active_users().value(), 2);
}

// ---- Check-out of an item on loan to another patron ----

TEST_F(JournalTest, OlderLiveLoanIsClosedWhenTheOfflineLoanFollowsIt) {
  const v1::Loan live = LendAt(kCard1, kItem1, Now() - 3 * kHour);
  const domain::Micros at = Now() - kHour;
  v1::JournalResult result =
      SubmitOne(CheckOutEntry(Id(), at, almaty_, kCard2, kItem1));
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED_WITH_CONFLICT,
                "ITEM_ON_LOAN_TO_OTHER_PATRON", "PREVIOUS_LOAN_CLOSED");
  // The older loan ended when the desk lent the item again.
  std::vector<v1::Loan> first = LoansOfPatron(patron1_, false);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].id(), live.id());
  EXPECT_EQ(first[0].returned_at().seconds(), Ts(at).seconds());
  // The offline loan is the open one.
  std::vector<v1::Loan> second = LoansOfPatron(patron2_, true);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].id(), result.check_out().loan().id());
  EXPECT_EQ(second[0].loaned_at().seconds(), Ts(at).seconds());
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_ON_LOAN);
  EXPECT_EQ(Totals().loans().value(), 2);
}

// The live loan started at `live_at`, the offline one at `offline_at`
// (not later): the offline loan is recorded as returned when the live one
// began, and the live loan stays open.
void ExpectRecordedBeforeNewerLoan(JournalTest& t, domain::Micros offline_at,
                                   domain::Micros live_at) {
  const v1::Loan live = t.LendAt(kCard1, kItem1, live_at);
  v1::JournalResult result =
      t.SubmitOne(CheckOutEntry(t.Id(), offline_at, t.almaty_, kCard2, kItem1));
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED_WITH_CONFLICT,
                "ITEM_ON_LOAN_TO_OTHER_PATRON",
                "RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN");
  const v1::Loan& historic = result.check_out().loan();
  EXPECT_EQ(historic.patron_id(), t.patron2_);
  EXPECT_EQ(historic.loaned_at().seconds(), Ts(offline_at).seconds());
  EXPECT_EQ(historic.returned_at().seconds(), Ts(live_at).seconds());
  std::vector<v1::Loan> kept = t.LoansOfPatron(t.patron2_, false);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_TRUE(kept[0].has_returned_at());
  std::vector<v1::Loan> open = t.LoansOfPatron(t.patron1_, true);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].id(), live.id());
  EXPECT_EQ(t.ItemStatus(kItem1), v1::ITEM_STATUS_ON_LOAN);
  // Both loans happened and both are counted.
  EXPECT_EQ(t.Totals().loans().value(), 2);
}

TEST_F(JournalTest, OfflineLoanBeforeANewerLiveLoanIsRecordedAsReturned) {
  ExpectRecordedBeforeNewerLoan(*this, Now() - 3 * kHour, Now() - kHour);
}

TEST_F(JournalTest, OnATieTheLiveLoanStaysOpen) {
  ExpectRecordedBeforeNewerLoan(*this, Now() - kHour, Now() - kHour);
}

TEST_F(JournalTest, OfflineLoanBeforeALaterReturnedLoanIsRecordedAsReturned) {
  // The item went out and came back after the offline loan began.
  const domain::Micros later_start = Now() - 2 * kHour;
  LendAt(kCard1, kItem1, later_start);
  v1::CheckInRequest back = CheckInRequest(kItem1);
  *back.mutable_occurred_at() = Ts(Now() - kHour);
  ASSERT_TRUE(CheckIn(back).ok());
  const domain::Micros offline_at = Now() - 3 * kHour;
  v1::JournalResult result =
      SubmitOne(CheckOutEntry(Id(), offline_at, almaty_, kCard2, kItem1));
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED_WITH_CONFLICT,
                "LATER_LOAN_EXISTS", "RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN");
  const v1::Loan& recorded = result.check_out().loan();
  EXPECT_EQ(recorded.loaned_at().seconds(), Ts(offline_at).seconds());
  EXPECT_EQ(recorded.returned_at().seconds(), Ts(later_start).seconds());
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_AVAILABLE);
  EXPECT_EQ(Totals().loans().value(), 2);
}

// ---- Check-out of a free item that the live rules would refuse ----

struct RuleBroken {
  std::string name;
  std::string barcode;
  std::string conflict;
  std::function<void(JournalTest&)> setup;
};

std::ostream& operator<<(std::ostream& os, const RuleBroken& r) {
  return os << r.name;
}

domain::Policy TwoLoansForAdults() {
  domain::Policy policy;
  policy.loan_limit_adult = 2;
  return policy;
}

class RuleBrokenTest : public JournalTest,
                       public ::testing::WithParamInterface<RuleBroken> {
 public:
  RuleBrokenTest() : JournalTest(TwoLoansForAdults()) {}

  // Loans counted in 2025 and 2026 (an expired patron's loan is in 2026).
  int64_t LoansCounted() {
    return Totals(2025).loans().value() + Totals(2026).loans().value();
  }
};

TEST_P(RuleBrokenTest, LoanIsRecordedAsItHappened) {
  const RuleBroken& rule = GetParam();
  if (rule.setup) rule.setup(*this);
  server_.clock().Advance(2 * kHour);
  const int64_t loans_before = LoansCounted();
  v1::JournalResult result = SubmitOne(
      CheckOutEntry(Id(), Now() - kHour, almaty_, kCard1, rule.barcode));
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED_WITH_CONFLICT,
                rule.conflict, "LOAN_RECORDED_AS_HAPPENED");
  const v1::Loan& loan = result.check_out().loan();
  EXPECT_EQ(loan.patron_id(), patron1_);
  EXPECT_EQ(loan.item_barcode(), rule.barcode);
  EXPECT_FALSE(loan.has_returned_at());
  EXPECT_EQ(ItemStatus(rule.barcode), v1::ITEM_STATUS_ON_LOAN);
  EXPECT_EQ(LoansCounted(), loans_before + 1);
}

std::vector<RuleBroken> RulesBroken() {
  return {
      {"PatronBlocked", kItem1, "PATRON_BLOCKED",
       [](JournalTest& t) { t.SetBlocked(t.patron1_, true); }},
      {"PatronExpired", kItem1, "PATRON_EXPIRED",
       [](JournalTest& t) {
         t.server_.clock().Advance(366 * domain::kMicrosPerDay);
       }},
      {"OverLoanLimit", kItem1, "LOAN_LIMIT_REACHED",
       [](JournalTest& t) {
         t.Lend(kCard1, kItem2);
         t.Lend(kCard1, kItem3);
       }},
      {"ReadingRoomOnly", kReadingRoomItem, "ITEM_READING_ROOM_ONLY", nullptr},
      {"ItemLost", kItem1, "ITEM_LOST",
       [](JournalTest& t) {
         t.ItemAction(&Catalog::Stub::MarkItemLost, kItem1);
       }},
      {"ItemWithdrawn", kItem1, "ITEM_WITHDRAWN",
       [](JournalTest& t) {
         t.ItemAction(&Catalog::Stub::WithdrawItem, kItem1);
       }},
      {"ItemInTransit", kItem1, "ITEM_IN_TRANSIT",
       [](JournalTest& t) {
         t.Lend(kCard2, kItem1);
         ASSERT_TRUE(t.CheckIn(t.CheckInRequest(kItem1, t.astana_)).ok());
       }},
  };
}

std::string RuleName(const ::testing::TestParamInfo<RuleBroken>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleBrokenTest,
                         ::testing::ValuesIn(RulesBroken()), RuleName);

// ---- Entries kept for review only (NOT_APPLIED) ----

struct ReviewOnly {
  std::string name;
  std::function<void(JournalTest&)> setup;
  std::function<v1::JournalEntry(JournalTest&, domain::Micros at)> entry;
  std::string conflict;
  std::string resolution;
};

std::ostream& operator<<(std::ostream& os, const ReviewOnly& r) {
  return os << r.name;
}

class ReviewOnlyTest : public JournalTest,
                       public ::testing::WithParamInterface<ReviewOnly> {};

TEST_P(ReviewOnlyTest, ChangesNothingAndIsKeptForReview) {
  const ReviewOnly& c = GetParam();
  if (c.setup) c.setup(*this);
  const std::string before = Snapshot();
  const v1::JournalEntry entry = c.entry(*this, Now() - kHour);
  v1::JournalResult result = SubmitOne(entry);
  EXPECT_EQ(result.request_id(), entry.request_id());
  ExpectSettled(result, v1::JOURNAL_OUTCOME_NOT_APPLIED, c.conflict,
                c.resolution);
  EXPECT_EQ(result.result_case(), v1::JournalResult::RESULT_NOT_SET);
  EXPECT_EQ(Snapshot(), before);
  // Sent again, the entry gets the same answer.
  EXPECT_EQ(SubmitOne(entry).ShortDebugString(), result.ShortDebugString());
}

void LendItem1TwoHoursAgo(JournalTest& t) {
  t.LendAt(kCard1, kItem1, t.Now() - 2 * kHour);
}
void LendItem1Now(JournalTest& t) { t.LendAt(kCard1, kItem1, t.Now()); }

// Entry makers: a check-out by `card` of `barcode`, a check-in or a
// renewal of `barcode`.
auto Out(const std::string& card, const std::string& barcode) {
  return [card, barcode](JournalTest& t, domain::Micros at) {
    return CheckOutEntry(t.Id(), at, t.almaty_, card, barcode);
  };
}
auto In(const std::string& barcode) {
  return [barcode](JournalTest& t, domain::Micros at) {
    return CheckInEntry(t.Id(), at, t.almaty_, barcode);
  };
}
auto Renewal(const std::string& barcode) {
  return [barcode](JournalTest& t, domain::Micros at) {
    return RenewEntry(t.Id(), at, t.almaty_, barcode);
  };
}

std::vector<ReviewOnly> ReviewOnlyCases() {
  return {
      {"CheckOutUnknownCard", nullptr, Out("KZ9999", kItem1), "UNKNOWN_PATRON",
       "REVIEW"},
      {"CheckOutUnknownBarcode", nullptr, Out(kCard1, "NO-SUCH-1"),
       "UNKNOWN_ITEM", "REVIEW"},
      {"CheckOutUnknownCardAndBarcode", nullptr, Out("KZ9999", "NO-SUCH-1"),
       "UNKNOWN_PATRON", "REVIEW"},
      {"CheckOutBySamePatron", LendItem1TwoHoursAgo, Out(kCard1, kItem1),
       "ITEM_ALREADY_ON_LOAN_TO_PATRON", "DUPLICATE_IGNORED"},
      {"CheckInNotOnLoan", nullptr, In(kItem1), "ITEM_NOT_ON_LOAN", "REVIEW"},
      {"CheckInUnknownItem", nullptr, In("NO-SUCH-1"), "UNKNOWN_ITEM",
       "REVIEW"},
      {"CheckInBeforeTheLiveLoan", LendItem1Now, In(kItem1),
       "LOAN_NEWER_THAN_RETURN", "REVIEW"},
      {"RenewNotOnLoan", nullptr, Renewal(kItem1), "ITEM_NOT_ON_LOAN",
       "REVIEW"},
      {"RenewUnknownItem", nullptr, Renewal("NO-SUCH-1"), "UNKNOWN_ITEM",
       "REVIEW"},
      {"RenewBeforeTheLiveLoan", LendItem1Now, Renewal(kItem1),
       "LOAN_NEWER_THAN_RENEWAL", "REVIEW"},
      {"RenewLimitReached",
       [](JournalTest& t) {
         LendItem1TwoHoursAgo(t);
         for (int i = 0; i < 2; ++i) {
           ASSERT_TRUE(t.Renew(t.RenewRequest(kItem1)).ok());
         }
       },
       Renewal(kItem1), "RENEWAL_LIMIT_REACHED", "REVIEW"},
      {"RenewOverdue",
       [](JournalTest& t) {
         LendItem1Now(t);
         t.server_.clock().Advance(30 * domain::kMicrosPerDay);
       },
       Renewal(kItem1), "LOAN_OVERDUE", "REVIEW"},
      {"RenewForBlockedPatron",
       [](JournalTest& t) {
         LendItem1TwoHoursAgo(t);
         t.SetBlocked(t.patron1_, true);
       },
       Renewal(kItem1), "PATRON_BLOCKED", "REVIEW"},
  };
}

std::string ReviewName(const ::testing::TestParamInfo<ReviewOnly>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Conflicts, ReviewOnlyTest,
                         ::testing::ValuesIn(ReviewOnlyCases()), ReviewName);

// ---- Other applied entries ----

TEST_F(JournalTest, CheckInAwayFromHomeSendsTheItemInTransit) {
  const v1::Loan live = LendAt(kCard1, kItem1, Now() - 3 * kHour);
  v1::JournalResult result =
      SubmitOne(CheckInEntry(Id(), Now() - kHour, astana_, kItem1));
  ExpectApplied(result);
  EXPECT_EQ(result.check_in().loan().id(), live.id());
  EXPECT_EQ(result.check_in().item_status(), v1::ITEM_STATUS_IN_TRANSIT);
  EXPECT_EQ(result.check_in().transit_to_library_id(), almaty_);
  EXPECT_EQ(Item(kItem1).location_library_id(), astana_);
  EXPECT_TRUE(LoansOfPatron(patron1_, true).empty());
}

TEST_F(JournalTest, RenewalIsAppliedAndCounted) {
  const v1::Loan live = LendAt(kCard1, kItem1, Now() - 3 * kHour);
  v1::JournalResult result =
      SubmitOne(RenewEntry(Id(), Now() - kHour, almaty_, kItem1));
  ExpectApplied(result);
  EXPECT_EQ(result.renew().loan().id(), live.id());
  EXPECT_EQ(result.renew().loan().renewals(), 1);
  EXPECT_EQ(Totals().renewals().value(), 1);
}

TEST_F(JournalTest, VisitWithUnknownCardIsCountedAsAnonymous) {
  v1::JournalResult result =
      SubmitOne(VisitEntry(Id(), Now() - kHour, astana_, "KZ9999"));
  ExpectSettled(result, v1::JOURNAL_OUTCOME_APPLIED_WITH_CONFLICT,
                "UNKNOWN_PATRON", "COUNTED_AS_ANONYMOUS");
  EXPECT_GT(result.visit().visit_id(), 0);
  EXPECT_EQ(result.visit().patron_id(), 0);
  const v1::Figures totals = Totals();
  EXPECT_EQ(totals.visits().value(), 1);
  EXPECT_EQ(totals.active_users().value(), 0);
}

TEST_F(JournalTest, AnonymousGateCountIsApplied) {
  v1::JournalEntry entry = VisitEntry(Id(), Now() - kHour, astana_, "");
  entry.mutable_visit()->set_count(25);
  v1::JournalResult result = SubmitOne(entry);
  ExpectApplied(result);
  EXPECT_EQ(result.visit().patron_id(), 0);
  EXPECT_EQ(Totals().visits().value(), 25);
}

// ---- Malformed entries ----

struct Malformed {
  std::string name;
  std::function<void(JournalTest&, v1::JournalEntry&)> spoil;
  std::string reason;
};

std::ostream& operator<<(std::ostream& os, const Malformed& m) {
  return os << m.name;
}

class MalformedTest : public JournalTest,
                      public ::testing::WithParamInterface<Malformed> {};

TEST_P(MalformedTest, IsRejectedAndChangesNothing) {
  v1::JournalEntry bad =
      CheckOutEntry("malformed-0001", Now() - kHour, almaty_, kCard1, kItem1);
  GetParam().spoil(*this, bad);
  // A good entry in the same stream is applied all the same.
  v1::JournalEntry good =
      VisitEntry("wellformed-0001", Now() - 2 * kHour, astana_, "");
  JournalReply reply = SubmitJournal({bad, good});
  ASSERT_TRUE(reply.status.ok()) << reply.status.error_message();
  ASSERT_EQ(reply.results.size(), 2u);
  const v1::JournalResult& rejected =
      reply.results[0].request_id() == "wellformed-0001" ? reply.results[1]
                                                         : reply.results[0];
  EXPECT_EQ(rejected.request_id(), bad.request_id());
  EXPECT_EQ(rejected.outcome(), v1::JOURNAL_OUTCOME_REJECTED);
  EXPECT_EQ(rejected.conflict(), GetParam().reason);
  EXPECT_FALSE(rejected.message().empty());
  EXPECT_EQ(rejected.result_case(), v1::JournalResult::RESULT_NOT_SET);
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_AVAILABLE);
  EXPECT_EQ(Totals().loans().value(), 0);
  EXPECT_EQ(Totals().visits().value(), 1);  // the good entry
}

void SetLibrary(v1::JournalEntry& e, int64_t id) {
  e.mutable_check_out()->set_library_id(id);
}

std::vector<Malformed> MalformedCases() {
  using E = v1::JournalEntry;
  return {
      {"NoAction", [](JournalTest&, E& e) { e.clear_action(); },
       "JOURNAL_ACTION_MISSING"},
      {"NoOccurredAt", [](JournalTest&, E& e) { e.clear_occurred_at(); },
       "OCCURRED_AT_REQUIRED"},
      {"RequestIdMissing", [](JournalTest&, E& e) { e.clear_request_id(); },
       "REQUEST_ID_MISSING"},
      {"RequestIdMalformed",
       [](JournalTest&, E& e) { e.set_request_id("bad id!"); },
       "REQUEST_ID_MALFORMED"},
      {"LibraryIdZero", [](JournalTest&, E& e) { SetLibrary(e, 0); },
       "ID_MALFORMED"},
      {"LibraryIdNegative", [](JournalTest&, E& e) { SetLibrary(e, -1); },
       "ID_MALFORMED"},
      {"UnknownLibrary", [](JournalTest&, E& e) { SetLibrary(e, 9999); },
       "LIBRARY_NOT_FOUND"},
      {"CardMalformed",
       [](JournalTest&, E& e) {
         e.mutable_check_out()->set_card_number("K Z");
       },
       "CARD_NUMBER_MALFORMED"},
      {"BarcodeMissing",
       [](JournalTest&, E& e) { e.mutable_check_out()->clear_item_barcode(); },
       "BARCODE_MISSING"},
      {"OccurredAtInFuture",
       [](JournalTest& t, E& e) {
         *e.mutable_occurred_at() = Ts(t.Now() + 11 * 60 * 1'000'000LL);
       },
       "TIME_OUT_OF_RANGE"},
      {"OccurredAtBefore2000",
       [](JournalTest&, E& e) {
         *e.mutable_occurred_at() = Ts(946'684'799LL * 1'000'000);
       },
       "TIME_OUT_OF_RANGE"},
      {"OccurredAtBadNanos",
       [](JournalTest&, E& e) { e.mutable_occurred_at()->set_nanos(-5); },
       "TIMESTAMP_INVALID"},
      {"VisitCountWithCard",
       [](JournalTest& t, E& e) {
         e = VisitEntry(e.request_id(), t.Now() - kHour, t.almaty_, kCard1);
         e.mutable_visit()->set_count(3);
       },
       "VISIT_COUNT_WITH_CARD"},
  };
}

std::string MalformedName(const ::testing::TestParamInfo<Malformed>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Entries, MalformedTest,
                         ::testing::ValuesIn(MalformedCases()), MalformedName);

TEST_F(JournalTest, RejectedEntryCanBeSentAgainCorrected) {
  v1::JournalEntry entry =
      CheckOutEntry("corrected-0001", Now() - kHour, 9999, kCard1, kItem1);
  EXPECT_EQ(SubmitOne(entry).outcome(), v1::JOURNAL_OUTCOME_REJECTED);
  SetLibrary(entry, almaty_);
  ExpectApplied(SubmitOne(entry));
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_ON_LOAN);
}

// ---- Stream length ----

std::vector<v1::JournalEntry> GateCounts(int n, domain::Micros start,
                                         int64_t library) {
  std::vector<v1::JournalEntry> entries;
  entries.reserve(n);
  for (int i = 0; i < n; ++i) {
    entries.push_back(VisitEntry("gate-" + std::to_string(100000 + i),
                                 start + i, library, ""));
  }
  return entries;
}

TEST_F(JournalTest, MoreThanTenThousandEntriesAreRefusedWhole) {
  const std::string before = Snapshot();
  JournalReply reply =
      SubmitJournal(GateCounts(kMaxEntries + 1, Now() - 5 * kHour, almaty_));
  EXPECT_EQ(reply.status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << reply.status.error_message();
  EXPECT_EQ(reply.reason, "JOURNAL_TOO_LONG");
  EXPECT_TRUE(reply.results.empty());
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(JournalTest, TenThousandEntriesAreAllApplied) {
  JournalReply reply =
      SubmitJournal(GateCounts(kMaxEntries, Now() - 5 * kHour, almaty_));
  ASSERT_TRUE(reply.status.ok()) << reply.status.error_message();
  ASSERT_EQ(reply.results.size(), static_cast<size_t>(kMaxEntries));
  int applied = 0;
  for (const auto& result : reply.results) {
    applied += result.outcome() == v1::JOURNAL_OUTCOME_APPLIED ? 1 : 0;
  }
  EXPECT_EQ(applied, kMaxEntries);
  EXPECT_EQ(Totals().visits().value(), kMaxEntries);
}

// ---- Registrations replayed with their original time ----

TEST_F(JournalTest, OfflineRegistrationIsCountedOnTheDayItHappened) {
  v1::CreatePatronRequest request;
  request.set_request_id(Id());
  v1::Patron* p = request.mutable_patron();
  p->set_card_number("KZ0500");
  p->set_full_name("Offline Reader");
  *p->mutable_birth_date() = MakeDate(2000, 1, 1);
  p->set_home_library_id(almaty_);
  p->set_category(v1::PATRON_CATEGORY_ADULT);
  // 2024-12-31 12:00 +05:00, recorded by a desk that was offline.
  *request.mutable_occurred_at() = Ts(1'735'628'400LL * 1'000'000);
  v1::Patron patron;
  ASSERT_TRUE(Call(server_.patrons(), &v1::Patrons::Stub::CreatePatron, request,
                   &patron)
                  .ok());
  EXPECT_EQ(patron.registered_on().ShortDebugString(),
            MakeDate(2024, 12, 31).ShortDebugString());
  EXPECT_EQ(patron.expires_on().ShortDebugString(),
            MakeDate(2025, 12, 31).ShortDebugString());
  EXPECT_EQ(Totals(2024).new_registrations().value(), 1);
  // The fixture's two patrons registered in 2025; this one did not.
  EXPECT_EQ(Totals(2025).new_registrations().value(), 2);
  EXPECT_EQ(Totals(2025).registered_users().value(), 3);
}

}  // namespace
}  // namespace kitap::test
