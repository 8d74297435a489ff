// A librarian's whole cycle against a real in-process kitapd over gRPC:
// register a patron, add a record and items, check out, renew, check in at
// another library, receive, count visits, take a periodical request from
// requested to returned, record an event; then the annual report and a
// recount.
#include <gtest/gtest.h>

#include "tests/test_server.h"

namespace kitap::test {
namespace {

using v1::Catalog;
using v1::Circulation;
using v1::Events;
using v1::Periodicals;
using v1::Statistics;

class LibrarianCycleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    almaty_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_NATIONAL);
    astana_ = server_.AddLibrary("KZ-71", v1::LIBRARY_TYPE_ACADEMIC);
    // Born 2006-03-10: 19 years old in June 2025.
    patron_ = server_.AddPatron(almaty_, "KZ0001", MakeDate(2006, 3, 10),
                                v1::PATRON_CATEGORY_STUDENT);
    record_ = server_.AddRecord(v1::SUBJECT_HISTORY_ETHNOGRAPHY);
    server_.AddItem(record_, almaty_, "ITEM-1");
    server_.AddItem(record_, almaty_, "ITEM-2");
  }

  v1::CheckOutResponse CheckOut(const std::string& barcode) {
    v1::CheckOutRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(almaty_);
    request.set_card_number("KZ0001");
    request.set_item_barcode(barcode);
    v1::CheckOutResponse response;
    Outcome o = Call(server_.circulation(), &Circulation::Stub::CheckOut,
                     request, &response);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return response;
  }

  TestServer server_;
  int64_t almaty_ = 0;
  int64_t astana_ = 0;
  int64_t patron_ = 0;
  int64_t record_ = 0;
};

TEST_F(LibrarianCycleTest, WholeCycleIsCountedAndMatchesRecount) {
  // Check out two items: due 21 days later, at the end of the local day.
  v1::CheckOutResponse first = CheckOut("ITEM-1");
  CheckOut("ITEM-2");
  EXPECT_EQ(first.loan().patron_id(), patron_);
  // 2025-06-23 23:59:59.999999 +05:00
  EXPECT_EQ(first.loan().due_at().seconds(), 1750705199);

  // Renew ITEM-1 a week later: due 21 days from the renewal day.
  server_.clock().Advance(7 * domain::kMicrosPerDay);
  v1::RenewRequest renew;
  renew.set_request_id(server_.NewRequestId());
  renew.set_library_id(almaty_);
  renew.set_item_barcode("ITEM-1");
  v1::RenewResponse renewed;
  ASSERT_TRUE(
      Call(server_.circulation(), &Circulation::Stub::Renew, renew, &renewed)
          .ok());
  EXPECT_EQ(renewed.loan().renewals(), 1);
  EXPECT_EQ(renewed.loan().due_at().seconds(), 1750705199 + 7 * 86400);

  // Return ITEM-1 in Astana: it goes in transit to Almaty.
  v1::CheckInRequest checkin;
  checkin.set_request_id(server_.NewRequestId());
  checkin.set_library_id(astana_);
  checkin.set_item_barcode("ITEM-1");
  v1::CheckInResponse returned;
  ASSERT_TRUE(Call(server_.circulation(), &Circulation::Stub::CheckIn, checkin,
                   &returned)
                  .ok());
  EXPECT_EQ(returned.item_status(), v1::ITEM_STATUS_IN_TRANSIT);
  EXPECT_EQ(returned.transit_to_library_id(), almaty_);
  EXPECT_TRUE(returned.loan().has_returned_at());

  // Almaty receives it: available again.
  v1::ItemActionRequest receive;
  receive.set_request_id(server_.NewRequestId());
  receive.set_library_id(almaty_);
  receive.set_barcode("ITEM-1");
  v1::Item item;
  ASSERT_TRUE(
      Call(server_.catalog(), &Catalog::Stub::ReceiveItem, receive, &item)
          .ok());
  EXPECT_EQ(item.status(), v1::ITEM_STATUS_AVAILABLE);
  EXPECT_EQ(item.location_library_id(), almaty_);

  // Visits: a patron scan and an anonymous gate count of 40.
  v1::RecordVisitRequest visit;
  visit.set_request_id(server_.NewRequestId());
  visit.set_library_id(almaty_);
  visit.set_card_number("KZ0001");
  v1::RecordVisitResponse visited;
  ASSERT_TRUE(Call(server_.circulation(), &Circulation::Stub::RecordVisit,
                   visit, &visited)
                  .ok());
  EXPECT_EQ(visited.patron_id(), patron_);
  visit.set_request_id(server_.NewRequestId());
  visit.clear_card_number();
  visit.set_count(40);
  ASSERT_TRUE(Call(server_.circulation(), &Circulation::Stub::RecordVisit,
                   visit, &visited)
                  .ok());

  // A periodical request, delivered, then returned.
  v1::CreatePeriodicalTitleRequest title_request;
  title_request.set_request_id(server_.NewRequestId());
  title_request.mutable_title()->set_title("Егемен Қазақстан");
  title_request.mutable_title()->set_kind(v1::PERIODICAL_KIND_NEWSPAPER);
  title_request.mutable_title()->set_library_id(almaty_);
  v1::PeriodicalTitle title;
  ASSERT_TRUE(Call(server_.periodicals(),
                   &Periodicals::Stub::CreatePeriodicalTitle, title_request,
                   &title)
                  .ok());
  v1::RequestIssueRequest ask;
  ask.set_request_id(server_.NewRequestId());
  ask.set_library_id(almaty_);
  ask.set_card_number("KZ0001");
  ask.set_title_id(title.id());
  ask.set_issue("2025-06-01");
  v1::IssueRequest issue;
  ASSERT_TRUE(
      Call(server_.periodicals(), &Periodicals::Stub::RequestIssue, ask, &issue)
          .ok());
  EXPECT_EQ(issue.state(), v1::ISSUE_REQUEST_STATE_REQUESTED);
  for (auto state :
       {v1::ISSUE_REQUEST_STATE_DELIVERED, v1::ISSUE_REQUEST_STATE_RETURNED}) {
    v1::UpdateIssueRequestRequest move;
    move.set_request_id(server_.NewRequestId());
    move.set_issue_request_id(issue.id());
    move.set_state(state);
    ASSERT_TRUE(Call(server_.periodicals(),
                     &Periodicals::Stub::UpdateIssueRequest, move, &issue)
                    .ok());
    EXPECT_EQ(issue.state(), state);
  }

  // An event with 120 people.
  v1::RecordEventRequest event_request;
  event_request.set_request_id(server_.NewRequestId());
  event_request.mutable_event()->set_library_id(astana_);
  event_request.mutable_event()->set_title("Абай оқулары");
  event_request.mutable_event()->set_kind(v1::EVENT_KIND_CULTURAL);
  event_request.mutable_event()->set_attendance(120);
  v1::Event event;
  ASSERT_TRUE(
      Call(server_.events(), &Events::Stub::RecordEvent, event_request, &event)
          .ok());

  // The annual report counts all of it.
  v1::GetAnnualReportRequest report_request;
  report_request.set_year(2025);
  auto* band = report_request.add_age_bands();
  band->set_min_age(17);
  band->set_max_age(25);
  band = report_request.add_age_bands();
  band->set_min_age(12);
  band->set_max_age(18);
  v1::AnnualReport report;
  ASSERT_TRUE(Call(server_.statistics(), &Statistics::Stub::GetAnnualReport,
                   report_request, &report)
                  .ok());
  const v1::Figures& t = report.totals();
  EXPECT_EQ(t.libraries().value(), 2);
  EXPECT_EQ(t.holdings().value(), 2);
  EXPECT_EQ(t.loans().value(), 2);
  EXPECT_EQ(t.renewals().value(), 1);
  EXPECT_EQ(t.registered_users().value(), 1);
  EXPECT_EQ(t.new_registrations().value(), 1);
  EXPECT_EQ(t.active_users().value(), 1);
  EXPECT_EQ(t.visits().value(), 41);
  EXPECT_EQ(t.periodical_requests().value(), 1);
  EXPECT_EQ(t.events().value(), 1);
  EXPECT_EQ(t.event_attendance().value(), 120);
  // 19 years old: in 17-25, not in 12-18.
  ASSERT_EQ(report.age_bands_size(), 2);
  EXPECT_EQ(report.age_bands(0).loans().value(), 2);
  EXPECT_EQ(report.age_bands(1).loans().value(), 0);
  ASSERT_GE(report.subjects_size(), 1);
  EXPECT_EQ(report.subjects(0).subject(), v1::SUBJECT_HISTORY_ETHNOGRAPHY);
  EXPECT_EQ(report.subjects(0).loans().value(), 2);
  EXPECT_EQ(report.regions(0).figures().registered_users().value(), 1);
  EXPECT_EQ(report.regions(0).region_code(), "KZ-75");
  server_.ExpectCountersMatchRecount();
}

TEST_F(LibrarianCycleTest, LoansListsShowOpenAndOverdueLoans) {
  CheckOut("ITEM-1");
  server_.clock().Advance(30 * domain::kMicrosPerDay);
  v1::ListLoansRequest request;
  request.set_overdue_at_library(almaty_);
  v1::ListLoansResponse response;
  ASSERT_TRUE(Call(server_.circulation(), &Circulation::Stub::ListLoans,
                   request, &response)
                  .ok());
  ASSERT_EQ(response.loans_size(), 1);
  EXPECT_TRUE(response.loans(0).overdue());
  EXPECT_EQ(response.loans(0).item_barcode(), "ITEM-1");
  request.set_patron_id(patron_);
  request.set_open_only(true);
  ASSERT_TRUE(Call(server_.circulation(), &Circulation::Stub::ListLoans,
                   request, &response)
                  .ok());
  EXPECT_EQ(response.loans_size(), 1);
}

TEST_F(LibrarianCycleTest, QueueStreamsOpenRequestsThenChanges) {
  v1::CreatePeriodicalTitleRequest title_request;
  title_request.set_request_id(server_.NewRequestId());
  title_request.mutable_title()->set_title("Ana tili");
  title_request.mutable_title()->set_kind(v1::PERIODICAL_KIND_NEWSPAPER);
  title_request.mutable_title()->set_library_id(almaty_);
  v1::PeriodicalTitle title;
  ASSERT_TRUE(Call(server_.periodicals(),
                   &Periodicals::Stub::CreatePeriodicalTitle, title_request,
                   &title)
                  .ok());
  auto ask = [&](const std::string& issue_text) {
    v1::RequestIssueRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(almaty_);
    request.set_card_number("KZ0001");
    request.set_title_id(title.id());
    request.set_issue(issue_text);
    v1::IssueRequest issue;
    EXPECT_TRUE(Call(server_.periodicals(), &Periodicals::Stub::RequestIssue,
                     request, &issue)
                    .ok());
  };
  ask("No. 1");
  grpc::ClientContext context;
  v1::WatchRequestQueueRequest watch;
  watch.set_library_id(almaty_);
  auto reader = server_.periodicals().WatchRequestQueue(&context, watch);
  v1::QueueUpdate update;
  ASSERT_TRUE(reader->Read(&update));
  EXPECT_TRUE(update.initial());
  EXPECT_EQ(update.request().issue(), "No. 1");
  ask("No. 2");
  // A change may repeat a snapshot entry; read until the new one arrives.
  do {
    ASSERT_TRUE(reader->Read(&update));
  } while (update.request().issue() != "No. 2");
  EXPECT_FALSE(update.initial());
  context.TryCancel();
  v1::QueueUpdate ignored;
  while (reader->Read(&ignored)) {
  }
  reader->Finish();
}

TEST_F(LibrarianCycleTest, PingAnswersWithTheVersion) {
  v1::PingRequest request;
  request.set_payload("hello");
  v1::PingResponse response;
  ASSERT_TRUE(Call(server_.diagnostics(), &v1::Diagnostics::Stub::Ping, request,
                   &response)
                  .ok());
  EXPECT_EQ(response.payload(), "hello");
  EXPECT_FALSE(response.version().empty());
}

}  // namespace
}  // namespace kitap::test
