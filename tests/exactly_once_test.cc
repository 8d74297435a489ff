// Exactly-once by request_id: a mutation repeated with the same request_id
// returns the first answer and changes nothing (also after a restart, also
// when the duplicates race), and a request_id reused for a different request
// is refused. The offline journal shares the same request log.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "tests/desk_fixture.h"

namespace kitap::test {
namespace {

using grpc::StatusCode;
using v1::Catalog;
using v1::Circulation;
using v1::Events;
using v1::Patrons;
using v1::Periodicals;

// Sends one fixed request; returns the outcome and the response as text.
using Sender = std::function<Outcome(std::string* response)>;

// A sender for `request` on the stub that `stub_of` returns at call time
// (stubs are replaced by a restart).
template <class Stub, class Request, class Response>
Sender MakeSender(TestServer& server, Stub& (TestServer::*stub_of)(),
                  grpc::Status (Stub::*method)(grpc::ClientContext*,
                                               const Request&, Response*),
                  Request request) {
  return [&server, stub_of, method, request](std::string* text) {
    Response response;
    Outcome o = Call((server.*stub_of)(), method, request, &response);
    *text = response.ShortDebugString();
    return o;
  };
}

class ExactlyOnceTest : public DeskTest {
 public:
  ExactlyOnceTest() { title_ = AddPeriodicalTitle(); }
  int64_t title_ = 0;
};

// One kind of mutation: how to prepare it, how to build it (with a given
// request_id; `variant` changes one field, making a different request) and
// the figure it moves by one when applied.
struct Mutation {
  std::string name;
  std::function<void(ExactlyOnceTest&)> setup;
  std::function<Sender(ExactlyOnceTest&, const std::string& request_id,
                       bool variant)>
      build;
  std::function<int64_t(ExactlyOnceTest&)> effect;
};

std::ostream& operator<<(std::ostream& os, const Mutation& m) {
  return os << m.name;
}

int64_t ClosedLoansOfItem1(ExactlyOnceTest& t) {
  int64_t closed = 0;
  for (const v1::Loan& loan : t.LoansOfItem(kItem1)) {
    closed += loan.has_returned_at() ? 1 : 0;
  }
  return closed;
}

void LendItem1(ExactlyOnceTest& t) { t.Lend(kCard1, kItem1); }
void NoSetup(ExactlyOnceTest&) {}

std::vector<Mutation> Mutations() {
  return {
      {"CheckOut", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::CheckOutRequest r =
             t.CheckOutRequest(kCard1, variant ? kItem2 : kItem1);
         r.set_request_id(id);
         return MakeSender(t.server_, &TestServer::circulation,
                           &Circulation::Stub::CheckOut, r);
       },
       [](ExactlyOnceTest& t) { return t.Totals().loans().value(); }},
      {"CheckIn", LendItem1,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::CheckInRequest r =
             t.CheckInRequest(kItem1, variant ? t.astana_ : t.almaty_);
         r.set_request_id(id);
         return MakeSender(t.server_, &TestServer::circulation,
                           &Circulation::Stub::CheckIn, r);
       },
       ClosedLoansOfItem1},
      {"Renew", LendItem1,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::RenewRequest r =
             t.RenewRequest(kItem1, variant ? t.astana_ : t.almaty_);
         r.set_request_id(id);
         return MakeSender(t.server_, &TestServer::circulation,
                           &Circulation::Stub::Renew, r);
       },
       [](ExactlyOnceTest& t) { return t.Totals().renewals().value(); }},
      {"RecordVisit", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::RecordVisitRequest r = t.VisitRequest(variant ? kCard2 : kCard1);
         r.set_request_id(id);
         return MakeSender(t.server_, &TestServer::circulation,
                           &Circulation::Stub::RecordVisit, r);
       },
       [](ExactlyOnceTest& t) { return t.Totals().visits().value(); }},
      {"CreatePatron", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::CreatePatronRequest r;
         r.set_request_id(id);
         r.mutable_patron()->set_card_number("KZ0300");
         r.mutable_patron()->set_full_name(variant ? "Дана" : "Әлия");
         *r.mutable_patron()->mutable_birth_date() = MakeDate(1985, 9, 1);
         r.mutable_patron()->set_home_library_id(t.almaty_);
         r.mutable_patron()->set_category(v1::PATRON_CATEGORY_STAFF);
         return MakeSender(t.server_, &TestServer::patrons,
                           &Patrons::Stub::CreatePatron, r);
       },
       [](ExactlyOnceTest& t) {
         return t.Totals().registered_users().value();
       }},
      {"CreateItem", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::CreateItemRequest r;
         r.set_request_id(id);
         r.mutable_item()->set_barcode(variant ? "NEW-2" : "NEW-1");
         r.mutable_item()->set_record_id(t.record_);
         r.mutable_item()->set_library_id(t.astana_);
         r.mutable_item()->set_loan_type(v1::LOAN_TYPE_SHORT);
         return MakeSender(t.server_, &TestServer::catalog,
                           &Catalog::Stub::CreateItem, r);
       },
       [](ExactlyOnceTest& t) { return t.Totals().holdings().value(); }},
      {"RecordEvent", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::RecordEventRequest r;
         r.set_request_id(id);
         r.mutable_event()->set_library_id(t.astana_);
         r.mutable_event()->set_title("Ұлы дала");
         r.mutable_event()->set_kind(v1::EVENT_KIND_EDUCATIONAL);
         r.mutable_event()->set_attendance(variant ? 41 : 40);
         return MakeSender(t.server_, &TestServer::events,
                           &Events::Stub::RecordEvent, r);
       },
       [](ExactlyOnceTest& t) { return t.Totals().events().value(); }},
      {"RequestIssue", NoSetup,
       [](ExactlyOnceTest& t, const std::string& id, bool variant) {
         v1::RequestIssueRequest r;
         r.set_request_id(id);
         r.set_library_id(t.almaty_);
         r.set_card_number(kCard1);
         r.set_title_id(t.title_);
         r.set_issue(variant ? "No. 2" : "No. 1");
         return MakeSender(t.server_, &TestServer::periodicals,
                           &Periodicals::Stub::RequestIssue, r);
       },
       [](ExactlyOnceTest& t) {
         return t.Totals().periodical_requests().value();
       }},
  };
}

class RepeatTest : public ExactlyOnceTest,
                   public ::testing::WithParamInterface<Mutation> {
 protected:
  void SetUp() override {
    GetParam().setup(*this);
    request_id_ = "repeat-" + GetParam().name + "-0001";
    send_ = GetParam().build(*this, request_id_, false);
    effect_before_ = GetParam().effect(*this);
  }

  // Sends the request and asserts success; returns the response as text.
  std::string SendOk() {
    std::string response;
    Outcome o = send_(&response);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return response;
  }

  int64_t Effect() { return GetParam().effect(*this); }

  std::string request_id_;
  Sender send_;
  int64_t effect_before_ = 0;
};

TEST_P(RepeatTest, RepeatReturnsFirstAnswerAndChangesNothing) {
  const std::string first = SendOk();
  EXPECT_EQ(Effect(), effect_before_ + 1);
  const std::string after_first = Snapshot();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(SendOk(), first);
  EXPECT_EQ(Snapshot(), after_first);
  EXPECT_EQ(Effect(), effect_before_ + 1);
  server_.ExpectCountersMatchRecount();
}

TEST_P(RepeatTest, RepeatLaterReturnsFirstAnswer) {
  const std::string first = SendOk();
  const std::string after_first = Snapshot();
  server_.clock().Advance(2 * kHour);
  EXPECT_EQ(SendOk(), first);
  EXPECT_EQ(Snapshot(), after_first);
}

TEST_P(RepeatTest, RepeatAfterRestartReturnsStoredAnswer) {
  const std::string first = SendOk();
  const std::string after_first = Snapshot();
  server_.Restart();
  EXPECT_EQ(SendOk(), first);
  EXPECT_EQ(Snapshot(), after_first);
  EXPECT_EQ(Effect(), effect_before_ + 1);
  server_.ExpectCountersMatchRecount();
}

TEST_P(RepeatTest, SameRequestIdForDifferentRequestIsRefused) {
  const std::string first = SendOk();
  const std::string after_first = Snapshot();
  Sender other = GetParam().build(*this, request_id_, true);
  std::string ignored;
  Outcome o = other(&ignored);
  EXPECT_EQ(o.code, StatusCode::ALREADY_EXISTS) << o.message;
  EXPECT_EQ(o.reason, "REQUEST_ID_REUSED");
  EXPECT_EQ(Snapshot(), after_first);
  // The original request still gets its answer.
  EXPECT_EQ(SendOk(), first);
  server_.ExpectCountersMatchRecount();
}

TEST_P(RepeatTest, ConcurrentDuplicatesApplyOnce) {
  constexpr int kThreads = 8;
  std::vector<std::string> responses(kThreads);
  std::vector<Outcome> outcomes(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([this, i, &responses, &outcomes] {
      outcomes[i] = send_(&responses[i]);
    });
  }
  for (auto& thread : threads) thread.join();
  for (int i = 0; i < kThreads; ++i) {
    EXPECT_TRUE(outcomes[i].ok()) << outcomes[i].reason;
    EXPECT_EQ(responses[i], responses[0]);
  }
  EXPECT_EQ(Effect(), effect_before_ + 1);
  server_.ExpectCountersMatchRecount();
}

TEST_P(RepeatTest, RefusedRequestStoresNothing) {
  // The same request_id first on a request that is refused, then on a
  // valid one: the refusal did not claim the request_id.
  v1::CheckOutRequest refused = CheckOutRequest("KZ9999", kItem3);
  refused.set_request_id(request_id_);
  EXPECT_EQ(CheckOut(refused).reason, "PATRON_NOT_FOUND");
  SendOk();
  EXPECT_EQ(Effect(), effect_before_ + 1);
}

std::string MutationName(const ::testing::TestParamInfo<Mutation>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Mutations, RepeatTest,
                         ::testing::ValuesIn(Mutations()), MutationName);

TEST_F(ExactlyOnceTest, RequestIdOfOneMethodIsRefusedForAnother) {
  v1::CheckOutRequest checkout = CheckOutRequest(kCard1, kItem1);
  ASSERT_TRUE(CheckOut(checkout).ok());
  const std::string before = Snapshot();
  v1::RecordVisitRequest visit = VisitRequest(kCard1);
  visit.set_request_id(checkout.request_id());
  Outcome o = RecordVisit(visit);
  EXPECT_EQ(o.code, StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(o.reason, "REQUEST_ID_REUSED");
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(ExactlyOnceTest, RepeatWithServerChosenTimeMatchesFirst) {
  // A retry that lets the server pick occurred_at is the same request.
  v1::CheckOutRequest request = CheckOutRequest(kCard1, kItem1);
  *request.mutable_occurred_at() = Ts(kJune2 - kHour);
  v1::CheckOutResponse first;
  ASSERT_TRUE(CheckOut(request, &first).ok());
  request.clear_occurred_at();
  v1::CheckOutResponse again;
  ASSERT_TRUE(CheckOut(request, &again).ok());
  EXPECT_EQ(again.ShortDebugString(), first.ShortDebugString());
  EXPECT_EQ(LoansOfItem(kItem1).size(), 1u);
}

// ---- The journal shares the request log. ----

TEST_F(ExactlyOnceTest, DuplicateEntriesInOneStreamAreAppliedOnce) {
  const domain::Micros at = kJune2 - kHour;
  JournalReply reply = SubmitJournal(
      {CheckOutEntry("journal-dup-0001", at, almaty_, kCard1, kItem1),
       CheckOutEntry("journal-dup-0001", at, almaty_, kCard1, kItem1),
       VisitEntry("journal-dup-0002", at + 1, almaty_, kCard1),
       VisitEntry("journal-dup-0002", at + 1, almaty_, kCard1)});
  ASSERT_TRUE(reply.status.ok()) << reply.status.error_message();
  ASSERT_EQ(reply.results.size(), 4u);
  for (const auto& result : reply.results) {
    EXPECT_EQ(result.outcome(), v1::JOURNAL_OUTCOME_APPLIED)
        << result.ShortDebugString();
  }
  EXPECT_EQ(reply.results[1].ShortDebugString(),
            reply.results[0].ShortDebugString());
  EXPECT_EQ(reply.results[3].ShortDebugString(),
            reply.results[2].ShortDebugString());
  EXPECT_EQ(LoansOfItem(kItem1).size(), 1u);
  EXPECT_EQ(Totals().loans().value(), 1);
  EXPECT_EQ(Totals().visits().value(), 1);
  server_.ExpectCountersMatchRecount();
}

TEST_F(ExactlyOnceTest, OneRequestIdForTwoEntriesInOneStreamIsRefused) {
  const domain::Micros at = kJune2 - kHour;
  JournalReply reply = SubmitJournal(
      {CheckOutEntry("journal-two-0001", at, almaty_, kCard1, kItem1),
       CheckOutEntry("journal-two-0001", at + 1, almaty_, kCard1, kItem2)});
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 2u);
  EXPECT_EQ(reply.results[0].outcome(), v1::JOURNAL_OUTCOME_APPLIED);
  EXPECT_EQ(reply.results[1].outcome(), v1::JOURNAL_OUTCOME_REJECTED);
  EXPECT_EQ(reply.results[1].conflict(), "REQUEST_ID_REUSED");
  EXPECT_EQ(ItemStatus(kItem1), v1::ITEM_STATUS_ON_LOAN);
  EXPECT_EQ(ItemStatus(kItem2), v1::ITEM_STATUS_AVAILABLE);
  server_.ExpectCountersMatchRecount();
}

TEST_F(ExactlyOnceTest, JournalEntryOfALiveCheckOutReturnsThatLoan) {
  v1::CheckOutRequest live = CheckOutRequest(kCard1, kItem1);
  *live.mutable_occurred_at() = Ts(kJune2 - kHour);
  v1::CheckOutResponse answered;
  ASSERT_TRUE(CheckOut(live, &answered).ok());
  const std::string before = Snapshot();
  // The desk also journaled it (its answer was lost) and replays it.
  JournalReply reply = SubmitJournal({CheckOutEntry(
      live.request_id(), kJune2 - kHour, almaty_, kCard1, kItem1)});
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 1u);
  const v1::JournalResult& result = reply.results[0];
  EXPECT_EQ(result.request_id(), live.request_id());
  EXPECT_EQ(result.outcome(), v1::JOURNAL_OUTCOME_APPLIED);
  EXPECT_EQ(result.check_out().ShortDebugString(), answered.ShortDebugString());
  EXPECT_EQ(Snapshot(), before);
  server_.ExpectCountersMatchRecount();
}

TEST_F(ExactlyOnceTest, JournalEntryReusingALiveRequestIdIsRejected) {
  v1::CheckOutRequest live = CheckOutRequest(kCard1, kItem1);
  ASSERT_TRUE(CheckOut(live).ok());
  const std::string before = Snapshot();
  JournalReply reply = SubmitJournal({CheckOutEntry(
      live.request_id(), kJune2 - kHour, almaty_, kCard1, kItem2)});
  ASSERT_TRUE(reply.status.ok());
  ASSERT_EQ(reply.results.size(), 1u);
  EXPECT_EQ(reply.results[0].outcome(), v1::JOURNAL_OUTCOME_REJECTED);
  EXPECT_EQ(reply.results[0].conflict(), "REQUEST_ID_REUSED");
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(ExactlyOnceTest, JournalReplayedAfterRestartReturnsStoredResults) {
  const std::vector<v1::JournalEntry> journal = {
      CheckOutEntry("journal-rst-0001", kJune2 - 3 * kHour, almaty_, kCard1,
                    kItem1),
      RenewEntry("journal-rst-0002", kJune2 - 2 * kHour, almaty_, kItem1),
      CheckOutEntry("journal-rst-0003", kJune2 - kHour, almaty_, kCard2,
                    kItem1),
      VisitEntry("journal-rst-0004", kJune2 - kHour, astana_, "KZ7777")};
  JournalReply first = SubmitJournal(journal);
  ASSERT_TRUE(first.status.ok());
  ASSERT_EQ(first.results.size(), 4u);
  const std::string after_first = Snapshot();
  server_.Restart();
  JournalReply again = SubmitJournal(journal);
  ASSERT_TRUE(again.status.ok());
  ASSERT_EQ(again.results.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(again.results[i].ShortDebugString(),
              first.results[i].ShortDebugString());
  }
  EXPECT_EQ(Snapshot(), after_first);
  server_.ExpectCountersMatchRecount();
}

}  // namespace
}  // namespace kitap::test
