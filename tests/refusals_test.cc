// Every refusal carries a gRPC code and a stable reason in the trailing
// metadata ("kitap-reason"), and changes nothing: the visible state (items,
// loan histories, patrons, libraries, records, events, periodicals and the
// annual totals) is the same after it, and the counters match a recount.
#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "tests/desk_fixture.h"

namespace kitap::test {
namespace {

using grpc::StatusCode;
using v1::Catalog;
using v1::Circulation;
using v1::Directory;
using v1::Events;
using v1::Patrons;
using v1::Periodicals;

// 2025-06-02 10:11:00 +05:00, 11 minutes after the fake clock's "now".
constexpr domain::Micros kElevenMinutesAhead =
    kJune2 + 11 * 60 * domain::kMicrosPerSecond;
// 1999-12-31 23:59:59 UTC.
constexpr domain::Micros kBefore2000 = 946'684'799 * domain::kMicrosPerSecond;

class RefusalsTest : public DeskTest {
 public:
  explicit RefusalsTest(domain::Policy policy = {}) : DeskTest(policy) {
    title_ = AddPeriodicalTitle();
  }

  // Creates an issue request and moves it through `states`; sets issue_.
  void MakeIssueRequest(const std::vector<v1::IssueRequestState>& states) {
    v1::RequestIssueRequest ask;
    ask.set_request_id(server_.NewRequestId());
    ask.set_library_id(almaty_);
    ask.set_card_number(kCard1);
    ask.set_title_id(title_);
    ask.set_issue("No. 7, 2025");
    v1::IssueRequest issue;
    ASSERT_TRUE(Call(server_.periodicals(), &Periodicals::Stub::RequestIssue,
                     ask, &issue)
                    .ok());
    issue_ = issue.id();
    for (v1::IssueRequestState state : states) {
      v1::UpdateIssueRequestRequest move;
      move.set_request_id(server_.NewRequestId());
      move.set_issue_request_id(issue_);
      move.set_state(state);
      ASSERT_TRUE(Call(server_.periodicals(),
                       &Periodicals::Stub::UpdateIssueRequest, move, &issue)
                      .ok());
    }
  }

  // Runs an item action (withdraw, lost, receive) on `barcode` at `library`.
  Outcome ItemAction(grpc::Status (Catalog::Stub::*method)(
                         grpc::ClientContext*, const v1::ItemActionRequest&,
                         v1::Item*),
                     const std::string& barcode, int64_t library) {
    v1::ItemActionRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_barcode(barcode);
    request.set_library_id(library);
    v1::Item item;
    return Call(server_.catalog(), method, request, &item);
  }

  int64_t title_ = 0;
  int64_t issue_ = 0;
};

// Sends one request of any kind and drops the response.
template <class Stub, class Request, class Response>
Outcome Rpc(Stub& stub,
            grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                         Response*),
            const Request& request) {
  Response response;
  return Call(stub, method, request, &response);
}

// ---- One valid request of each kind, and how to send it. ----

template <class Request>
Request Valid(RefusalsTest& t);

template <>
v1::CheckOutRequest Valid(RefusalsTest& t) {
  return t.CheckOutRequest(kCard1, kItem1);
}
Outcome Send(RefusalsTest& t, const v1::CheckOutRequest& r) {
  return t.CheckOut(r);
}

template <>
v1::CheckInRequest Valid(RefusalsTest& t) {
  return t.CheckInRequest(kItem1);
}
Outcome Send(RefusalsTest& t, const v1::CheckInRequest& r) {
  return t.CheckIn(r);
}

template <>
v1::RenewRequest Valid(RefusalsTest& t) {
  return t.RenewRequest(kItem1);
}
Outcome Send(RefusalsTest& t, const v1::RenewRequest& r) { return t.Renew(r); }

template <>
v1::RecordVisitRequest Valid(RefusalsTest& t) {
  return t.VisitRequest(kCard1);
}
Outcome Send(RefusalsTest& t, const v1::RecordVisitRequest& r) {
  return t.RecordVisit(r);
}

template <>
v1::CreatePatronRequest Valid(RefusalsTest& t) {
  v1::CreatePatronRequest r;
  r.set_request_id(t.server_.NewRequestId());
  v1::Patron* p = r.mutable_patron();
  p->set_card_number("KZ0100");
  p->set_full_name("Жаңа Оқырман");
  *p->mutable_birth_date() = MakeDate(2000, 1, 1);
  p->set_home_library_id(t.almaty_);
  p->set_category(v1::PATRON_CATEGORY_ADULT);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::CreatePatronRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::CreatePatron, r);
}

template <>
v1::UpdatePatronRequest Valid(RefusalsTest& t) {
  v1::UpdatePatronRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_patron()->set_id(t.patron1_);
  r.mutable_patron()->set_full_name("Басқа Есім");
  r.add_update_mask("full_name");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::UpdatePatronRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::UpdatePatron, r);
}

template <>
v1::BlockPatronRequest Valid(RefusalsTest& t) {
  v1::BlockPatronRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.set_patron_id(t.patron1_);
  r.set_reason("lost two books");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::BlockPatronRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::BlockPatron, r);
}

template <>
v1::RenewRegistrationRequest Valid(RefusalsTest& t) {
  v1::RenewRegistrationRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.set_patron_id(t.patron1_);
  *r.mutable_expires_on() = MakeDate(2027, 1, 1);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::RenewRegistrationRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::RenewRegistration, r);
}

template <>
v1::GetPatronRequest Valid(RefusalsTest& t) {
  v1::GetPatronRequest r;
  r.set_id(t.patron1_);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::GetPatronRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::GetPatron, r);
}

template <>
v1::CreateRecordRequest Valid(RefusalsTest& t) {
  v1::CreateRecordRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_record()->set_title("Қан мен тер");
  r.mutable_record()->add_authors("Әбдіжәміл Нұрпейісов");
  r.mutable_record()->set_language("kk");
  r.mutable_record()->set_year(1970);
  r.mutable_record()->set_subject(v1::SUBJECT_FICTION);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::CreateRecordRequest& r) {
  return Rpc(t.server_.catalog(), &Catalog::Stub::CreateRecord, r);
}

template <>
v1::UpdateRecordRequest Valid(RefusalsTest& t) {
  v1::UpdateRecordRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_record()->set_id(t.record_);
  r.mutable_record()->set_title("Абай жолы");
  r.add_update_mask("title");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::UpdateRecordRequest& r) {
  return Rpc(t.server_.catalog(), &Catalog::Stub::UpdateRecord, r);
}

template <>
v1::CreateItemRequest Valid(RefusalsTest& t) {
  v1::CreateItemRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_item()->set_barcode("NEW-1");
  r.mutable_item()->set_record_id(t.record_);
  r.mutable_item()->set_library_id(t.almaty_);
  r.mutable_item()->set_loan_type(v1::LOAN_TYPE_NORMAL);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::CreateItemRequest& r) {
  return Rpc(t.server_.catalog(), &Catalog::Stub::CreateItem, r);
}

template <>
v1::CreateLibraryRequest Valid(RefusalsTest& t) {
  v1::CreateLibraryRequest r;
  r.set_request_id(t.server_.NewRequestId());
  v1::Library* l = r.mutable_library();
  l->set_name_kk("Аудандық кітапхана");
  l->set_name_ru("Районная библиотека");
  l->set_name_en("District library");
  l->set_region_code("KZ-75");
  l->set_type(v1::LIBRARY_TYPE_DISTRICT);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::CreateLibraryRequest& r) {
  return Rpc(t.server_.directory(), &Directory::Stub::CreateLibrary, r);
}

template <>
v1::UpdateLibraryRequest Valid(RefusalsTest& t) {
  v1::UpdateLibraryRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_library()->set_id(t.almaty_);
  r.mutable_library()->set_name_en("National Library");
  r.add_update_mask("name_en");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::UpdateLibraryRequest& r) {
  return Rpc(t.server_.directory(), &Directory::Stub::UpdateLibrary, r);
}

template <>
v1::UpdateLibraryCalendarRequest Valid(RefusalsTest& t) {
  v1::UpdateLibraryCalendarRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_calendar()->set_library_id(t.almaty_);
  r.mutable_calendar()->add_closed_weekdays(7);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::UpdateLibraryCalendarRequest& r) {
  return Rpc(t.server_.directory(), &Directory::Stub::UpdateLibraryCalendar, r);
}

template <>
v1::RecordEventRequest Valid(RefusalsTest& t) {
  v1::RecordEventRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_event()->set_library_id(t.almaty_);
  r.mutable_event()->set_title("Абай оқулары");
  r.mutable_event()->set_kind(v1::EVENT_KIND_CULTURAL);
  r.mutable_event()->set_attendance(40);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::RecordEventRequest& r) {
  return Rpc(t.server_.events(), &Events::Stub::RecordEvent, r);
}

template <>
v1::CreatePeriodicalTitleRequest Valid(RefusalsTest& t) {
  v1::CreatePeriodicalTitleRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.mutable_title()->set_title("Ана тілі");
  r.mutable_title()->set_kind(v1::PERIODICAL_KIND_NEWSPAPER);
  r.mutable_title()->set_library_id(t.almaty_);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::CreatePeriodicalTitleRequest& r) {
  return Rpc(t.server_.periodicals(), &Periodicals::Stub::CreatePeriodicalTitle,
             r);
}

template <>
v1::RequestIssueRequest Valid(RefusalsTest& t) {
  v1::RequestIssueRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.set_library_id(t.almaty_);
  r.set_card_number(kCard1);
  r.set_title_id(t.title_);
  r.set_issue("2025-06-01");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::RequestIssueRequest& r) {
  return Rpc(t.server_.periodicals(), &Periodicals::Stub::RequestIssue, r);
}

template <>
v1::UpdateIssueRequestRequest Valid(RefusalsTest& t) {
  v1::UpdateIssueRequestRequest r;
  r.set_request_id(t.server_.NewRequestId());
  r.set_issue_request_id(t.issue_);
  r.set_state(v1::ISSUE_REQUEST_STATE_DELIVERED);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::UpdateIssueRequestRequest& r) {
  return Rpc(t.server_.periodicals(), &Periodicals::Stub::UpdateIssueRequest,
             r);
}

// The list requests: valid with their default (or a required filter).
template <>
v1::ListLoansRequest Valid(RefusalsTest& t) {
  v1::ListLoansRequest r;
  r.set_patron_id(t.patron1_);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::ListLoansRequest& r) {
  return Rpc(t.server_.circulation(), &Circulation::Stub::ListLoans, r);
}
template <>
v1::ListIssueRequestsRequest Valid(RefusalsTest& t) {
  v1::ListIssueRequestsRequest r;
  r.set_library_id(t.almaty_);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::ListIssueRequestsRequest& r) {
  return Rpc(t.server_.periodicals(), &Periodicals::Stub::ListIssueRequests, r);
}
template <>
v1::SearchPatronsRequest Valid(RefusalsTest&) {
  v1::SearchPatronsRequest r;
  r.set_query("Оқырман");
  return r;
}
Outcome Send(RefusalsTest& t, const v1::SearchPatronsRequest& r) {
  return Rpc(t.server_.patrons(), &Patrons::Stub::SearchPatrons, r);
}
template <>
v1::GetAnnualReportRequest Valid(RefusalsTest&) {
  v1::GetAnnualReportRequest r;
  r.set_year(2025);
  return r;
}
Outcome Send(RefusalsTest& t, const v1::GetAnnualReportRequest& r) {
  return Rpc(t.server_.statistics(), &v1::Statistics::Stub::GetAnnualReport, r);
}
template <>
v1::RecountRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::RecountRequest& r) {
  return Rpc(t.server_.statistics(), &v1::Statistics::Stub::Recount, r);
}
template <>
v1::ListLibrariesRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::ListLibrariesRequest& r) {
  return Rpc(t.server_.directory(), &Directory::Stub::ListLibraries, r);
}
template <>
v1::ListRecordsRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::ListRecordsRequest& r) {
  return Rpc(t.server_.catalog(), &Catalog::Stub::ListRecords, r);
}
template <>
v1::ListItemsRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::ListItemsRequest& r) {
  return Rpc(t.server_.catalog(), &Catalog::Stub::ListItems, r);
}
template <>
v1::ListEventsRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::ListEventsRequest& r) {
  return Rpc(t.server_.events(), &Events::Stub::ListEvents, r);
}
template <>
v1::ListPeriodicalTitlesRequest Valid(RefusalsTest&) {
  return {};
}
Outcome Send(RefusalsTest& t, const v1::ListPeriodicalTitlesRequest& r) {
  return Rpc(t.server_.periodicals(), &Periodicals::Stub::ListPeriodicalTitles,
             r);
}

// ---- The table of refusals. ----

using Setup = std::function<void(RefusalsTest&)>;

struct Refusal {
  std::string name;
  StatusCode code;
  std::string reason;
  std::function<Outcome(RefusalsTest&)> call;
  Setup setup;
};

std::ostream& operator<<(std::ostream& os, const Refusal& r) {
  return os << r.name;
}

// A valid request of type Request, changed by `change`, then sent.
template <class Request>
Refusal Case(std::string name, StatusCode code, std::string reason,
             std::function<void(RefusalsTest&, Request&)> change,
             Setup setup = nullptr) {
  auto call = [change](RefusalsTest& t) {
    Request request = Valid<Request>(t);
    change(t, request);
    return Send(t, request);
  };
  return {std::move(name), code, std::move(reason), call, std::move(setup)};
}

// Shorthands for the common reasons.
template <class Request>
Refusal Invalid(std::string name, std::string reason,
                std::function<void(RefusalsTest&, Request&)> change,
                Setup setup = nullptr) {
  return Case<Request>(std::move(name), StatusCode::INVALID_ARGUMENT,
                       std::move(reason), std::move(change), std::move(setup));
}
template <class Request>
Refusal NotFound(std::string name, std::string reason,
                 std::function<void(RefusalsTest&, Request&)> change,
                 Setup setup = nullptr) {
  return Case<Request>(std::move(name), StatusCode::NOT_FOUND,
                       std::move(reason), std::move(change), std::move(setup));
}
template <class Request>
Refusal Precondition(std::string name, std::string reason,
                     std::function<void(RefusalsTest&, Request&)> change,
                     Setup setup = nullptr) {
  return Case<Request>(std::move(name), StatusCode::FAILED_PRECONDITION,
                       std::move(reason), std::move(change), std::move(setup));
}

template <class Request>
void Unchanged(RefusalsTest&, Request&) {}

// Dates the request an hour before the fixture's loans began.
template <class Request>
void AnHourEarlier(RefusalsTest&, Request& r) {
  *r.mutable_occurred_at() = Ts(kJune2 - 3600 * domain::kMicrosPerSecond);
}

// Setups.
void LendItem1(RefusalsTest& t) { t.Lend(kCard1, kItem1); }
void LendAndRenewTwice(RefusalsTest& t) {
  LendItem1(t);
  for (int i = 0; i < 2; ++i) ASSERT_TRUE(t.Renew(t.RenewRequest(kItem1)).ok());
}
void LendThenOverdue(RefusalsTest& t) {
  LendItem1(t);
  t.server_.clock().Advance(30 * domain::kMicrosPerDay);
}
void LendThenBlock(RefusalsTest& t) {
  LendItem1(t);
  t.SetBlocked(t.patron1_, true);
}
void ReturnAwayFromHome(RefusalsTest& t) {
  LendItem1(t);
  ASSERT_TRUE(t.CheckIn(t.CheckInRequest(kItem1, t.astana_)).ok());
}
void MarkItem1Lost(RefusalsTest& t) {
  ASSERT_TRUE(
      t.ItemAction(&Catalog::Stub::MarkItemLost, kItem1, t.almaty_).ok());
}
void WithdrawItem1(RefusalsTest& t) {
  ASSERT_TRUE(
      t.ItemAction(&Catalog::Stub::WithdrawItem, kItem1, t.almaty_).ok());
}
void CloseAlmaty(RefusalsTest& t) {
  v1::UpdateLibraryRequest close;
  close.set_request_id(t.server_.NewRequestId());
  close.mutable_library()->set_id(t.almaty_);
  *close.mutable_library()->mutable_closed_on() = MakeDate(2025, 6, 1);
  close.add_update_mask("closed_on");
  ASSERT_TRUE(Send(t, close).ok());
}
void LendThenCloseAlmaty(RefusalsTest& t) {
  LendItem1(t);
  CloseAlmaty(t);
}
void Requested(RefusalsTest& t) { t.MakeIssueRequest({}); }
void Delivered(RefusalsTest& t) {
  t.MakeIssueRequest({v1::ISSUE_REQUEST_STATE_DELIVERED});
}
void Returned(RefusalsTest& t) {
  t.MakeIssueRequest(
      {v1::ISSUE_REQUEST_STATE_DELIVERED, v1::ISSUE_REQUEST_STATE_RETURNED});
}
void Cancelled(RefusalsTest& t) {
  t.MakeIssueRequest({v1::ISSUE_REQUEST_STATE_CANCELLED});
}

// Request-id, library-id and occurred_at refusals shared by every desk
// request type.
template <class Request>
std::vector<Refusal> CommonDeskCases(const std::string& rpc) {
  using R = Request;
  return {
      Invalid<R>(rpc + "_RequestIdMissing", "REQUEST_ID_MISSING",
                 [](RefusalsTest&, R& r) { r.clear_request_id(); }),
      Invalid<R>(rpc + "_RequestIdTooShort", "REQUEST_ID_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_request_id("abc-12"); }),
      Invalid<R>(rpc + "_RequestIdWithSpace", "REQUEST_ID_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_request_id("desk 7 req 1"); }),
      Invalid<R>(
          rpc + "_RequestIdTooLong", "REQUEST_ID_MALFORMED",
          [](RefusalsTest&, R& r) { r.set_request_id(std::string(129, 'a')); }),
      Invalid<R>(rpc + "_LibraryIdZero", "ID_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_library_id(0); }),
      Invalid<R>(rpc + "_LibraryIdNegative", "ID_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_library_id(-4); }),
      NotFound<R>(
          rpc + "_UnknownLibrary", "LIBRARY_NOT_FOUND",
          [](RefusalsTest&, R& r) { r.set_library_id(9999); }, LendItem1),
      Invalid<R>(rpc + "_OccurredAtInFuture", "TIME_OUT_OF_RANGE",
                 [](RefusalsTest&, R& r) {
                   *r.mutable_occurred_at() = Ts(kElevenMinutesAhead);
                 }),
      Invalid<R>(rpc + "_OccurredAtBefore2000", "TIME_OUT_OF_RANGE",
                 [](RefusalsTest&, R& r) {
                   *r.mutable_occurred_at() = Ts(kBefore2000);
                 }),
      Invalid<R>(rpc + "_OccurredAtHugeSeconds", "TIMESTAMP_INVALID",
                 [](RefusalsTest&, R& r) {
                   r.mutable_occurred_at()->set_seconds(
                       std::numeric_limits<int64_t>::max());
                 }),
      Invalid<R>(rpc + "_OccurredAtNegativeNanos", "TIMESTAMP_INVALID",
                 [](RefusalsTest&, R& r) {
                   *r.mutable_occurred_at() = Ts(kJune2);
                   r.mutable_occurred_at()->set_nanos(-1);
                 }),
  };
}

// Barcode refusals shared by the item-based desk requests.
template <class Request>
std::vector<Refusal> BarcodeCases(const std::string& rpc) {
  using R = Request;
  return {
      Invalid<R>(rpc + "_BarcodeMissing", "BARCODE_MISSING",
                 [](RefusalsTest&, R& r) { r.clear_item_barcode(); }),
      Invalid<R>(rpc + "_BarcodeWithSpace", "BARCODE_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_item_barcode("ITEM 1"); }),
      Invalid<R>(rpc + "_BarcodeTooLong", "BARCODE_MALFORMED",
                 [](RefusalsTest&, R& r) {
                   r.set_item_barcode(std::string(65, '7'));
                 }),
      NotFound<R>(rpc + "_UnknownBarcode", "ITEM_NOT_FOUND",
                  [](RefusalsTest&, R& r) { r.set_item_barcode("NO-SUCH-1"); }),
  };
}

std::vector<Refusal> Concat(std::vector<std::vector<Refusal>> groups) {
  std::vector<Refusal> all;
  for (auto& group : groups) {
    for (auto& r : group) all.push_back(std::move(r));
  }
  return all;
}

std::vector<Refusal> CheckOutCases() {
  using R = v1::CheckOutRequest;
  std::vector<Refusal> own = {
      NotFound<R>("CheckOut_UnknownCard", "PATRON_NOT_FOUND",
                  [](RefusalsTest&, R& r) { r.set_card_number("KZ9999"); }),
      Invalid<R>("CheckOut_CardMissing", "CARD_NUMBER_MISSING",
                 [](RefusalsTest&, R& r) { r.clear_card_number(); }),
      Invalid<R>("CheckOut_CardTooShort", "CARD_NUMBER_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_card_number("KZ1"); }),
      Invalid<R>("CheckOut_CardWithSlash", "CARD_NUMBER_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_card_number("KZ/0001"); }),
      Invalid<R>(
          "CheckOut_CardTooLong", "CARD_NUMBER_MALFORMED",
          [](RefusalsTest&, R& r) { r.set_card_number(std::string(33, '1')); }),
      Precondition<R>(
          "CheckOut_ItemAlreadyOnLoan", "ITEM_ALREADY_ON_LOAN",
          [](RefusalsTest&, R& r) { r.set_card_number(kCard2); }, LendItem1),
      Precondition<R>("CheckOut_ItemOnLoanToSamePatron", "ITEM_ALREADY_ON_LOAN",
                      Unchanged<R>, LendItem1),
      Precondition<R>(
          "CheckOut_ReadingRoomOnly", "ITEM_READING_ROOM_ONLY",
          [](RefusalsTest&, R& r) { r.set_item_barcode(kReadingRoomItem); }),
      Precondition<R>("CheckOut_ItemInTransit", "ITEM_IN_TRANSIT", Unchanged<R>,
                      ReturnAwayFromHome),
      Precondition<R>("CheckOut_ItemLost", "ITEM_LOST", Unchanged<R>,
                      MarkItem1Lost),
      Precondition<R>("CheckOut_ItemWithdrawn", "ITEM_WITHDRAWN", Unchanged<R>,
                      WithdrawItem1),
      Precondition<R>("CheckOut_LibraryClosed", "LIBRARY_CLOSED", Unchanged<R>,
                      CloseAlmaty),
      Precondition<R>("CheckOut_BeforeLastLoan", "OCCURRED_BEFORE_LAST_LOAN",
                      AnHourEarlier<R>,
                      [](RefusalsTest& t) {
                        t.Lend(kCard1, kItem1);
                        t.Return(kItem1);
                      }),
  };
  return Concat(
      {own, CommonDeskCases<R>("CheckOut"), BarcodeCases<R>("CheckOut")});
}

std::vector<Refusal> CheckInCases() {
  using R = v1::CheckInRequest;
  std::vector<Refusal> own = {
      Precondition<R>("CheckIn_ItemNotOnLoan", "ITEM_NOT_ON_LOAN",
                      Unchanged<R>),
      Precondition<R>("CheckIn_ItemAlreadyReturned", "ITEM_NOT_ON_LOAN",
                      Unchanged<R>,
                      [](RefusalsTest& t) {
                        t.Lend(kCard1, kItem1);
                        t.Return(kItem1);
                      }),
      Precondition<R>("CheckIn_BeforeLoanBegan", "OCCURRED_BEFORE_LOAN",
                      AnHourEarlier<R>, LendItem1),
  };
  return Concat(
      {own, CommonDeskCases<R>("CheckIn"), BarcodeCases<R>("CheckIn")});
}

std::vector<Refusal> RenewCases() {
  using R = v1::RenewRequest;
  std::vector<Refusal> own = {
      Precondition<R>("Renew_ItemNotOnLoan", "ITEM_NOT_ON_LOAN", Unchanged<R>),
      Precondition<R>("Renew_LimitReached", "RENEWAL_LIMIT_REACHED",
                      Unchanged<R>, LendAndRenewTwice),
      Precondition<R>("Renew_Overdue", "LOAN_OVERDUE", Unchanged<R>,
                      LendThenOverdue),
      Precondition<R>("Renew_PatronBlocked", "PATRON_BLOCKED", Unchanged<R>,
                      LendThenBlock),
      Precondition<R>("Renew_LibraryClosed", "LIBRARY_CLOSED", Unchanged<R>,
                      LendThenCloseAlmaty),
      Precondition<R>("Renew_BeforeLoanBegan", "OCCURRED_BEFORE_LOAN",
                      AnHourEarlier<R>, LendItem1),
  };
  return Concat({own, CommonDeskCases<R>("Renew"), BarcodeCases<R>("Renew")});
}

std::vector<Refusal> VisitCases() {
  using R = v1::RecordVisitRequest;
  std::vector<Refusal> own = {
      NotFound<R>("Visit_UnknownCard", "PATRON_NOT_FOUND",
                  [](RefusalsTest&, R& r) { r.set_card_number("KZ9999"); }),
      Invalid<R>("Visit_CardMalformed", "CARD_NUMBER_MALFORMED",
                 [](RefusalsTest&, R& r) { r.set_card_number("K Z"); }),
      Precondition<R>("Visit_LibraryClosed", "LIBRARY_CLOSED", Unchanged<R>,
                      CloseAlmaty),
      Invalid<R>("Visit_CountWithCard", "VISIT_COUNT_WITH_CARD",
                 [](RefusalsTest&, R& r) { r.set_count(5); }),
      Invalid<R>("Visit_NegativeCount", "VISIT_COUNT_INVALID",
                 [](RefusalsTest&, R& r) {
                   r.clear_card_number();
                   r.set_count(-1);
                 }),
      Invalid<R>("Visit_CountTooLarge", "VISIT_COUNT_INVALID",
                 [](RefusalsTest&, R& r) {
                   r.clear_card_number();
                   r.set_count(100001);
                 }),
  };
  return Concat({own, CommonDeskCases<R>("Visit")});
}

// 101 two-byte letters: 202 bytes.
std::string Cyrillic(int letters) {
  std::string text;
  for (int i = 0; i < letters; ++i) text += "Ж";
  return text;
}

std::vector<Refusal> PatronCases() {
  using C = v1::CreatePatronRequest;
  auto birth = [](int y, int m, int d) {
    return [y, m, d](RefusalsTest&, C& r) {
      *r.mutable_patron()->mutable_birth_date() = MakeDate(y, m, d);
    };
  };
  auto name = [](std::string text) {
    return [text](RefusalsTest&, C& r) {
      r.mutable_patron()->set_full_name(text);
    };
  };
  return {
      Invalid<C>("CreatePatron_RequestIdMissing", "REQUEST_ID_MISSING",
                 [](RefusalsTest&, C& r) { r.clear_request_id(); }),
      Invalid<C>("CreatePatron_BirthFeb30", "DATE_INVALID", birth(2025, 2, 30)),
      Invalid<C>("CreatePatron_BirthMonth13", "DATE_INVALID",
                 birth(2000, 13, 1)),
      Invalid<C>("CreatePatron_BirthDay0", "DATE_INVALID", birth(2000, 1, 0)),
      Invalid<C>("CreatePatron_BirthHugeDay", "DATE_INVALID",
                 birth(2000, 1, std::numeric_limits<int32_t>::max())),
      Invalid<C>("CreatePatron_BirthMinMonth", "DATE_INVALID",
                 birth(2000, std::numeric_limits<int32_t>::min(), 1)),
      Invalid<C>("CreatePatron_BirthBefore1900", "DATE_INVALID",
                 birth(1899, 12, 31)),
      Invalid<C>(
          "CreatePatron_BirthMissing", "DATE_INVALID",
          [](RefusalsTest&, C& r) { r.mutable_patron()->clear_birth_date(); }),
      Invalid<C>("CreatePatron_BirthInFuture", "BIRTH_DATE_IN_FUTURE",
                 birth(2025, 6, 3)),
      Invalid<C>("CreatePatron_NameMissing", "FIELD_REQUIRED", name("")),
      Invalid<C>("CreatePatron_NameOver200Bytes", "FIELD_TOO_LONG",
                 name(Cyrillic(101))),
      Invalid<C>("CreatePatron_NameWithNewline", "TEXT_CONTROL_CHARACTER",
                 name("Айгүл\nСәрсенова")),
      Invalid<C>("CreatePatron_NameWithTab", "TEXT_CONTROL_CHARACTER",
                 name("Айгүл\tСәрсенова")),
      Invalid<C>("CreatePatron_NameWithDelete", "TEXT_CONTROL_CHARACTER",
                 name("Aigul\x7f")),
      Invalid<C>("CreatePatron_NameWithC1Control", "TEXT_CONTROL_CHARACTER",
                 name("Aigul\xC2\x85")),
      Invalid<C>("CreatePatron_PhoneTooLong", "FIELD_TOO_LONG",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_phone(std::string(33, '7'));
                 }),
      Invalid<C>("CreatePatron_EmailTooLong", "FIELD_TOO_LONG",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_email(std::string(250, 'a') +
                                                 "@x.kz");
                 }),
      Invalid<C>("CreatePatron_CardMalformed", "CARD_NUMBER_MALFORMED",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_card_number("KZ 100");
                 }),
      Invalid<C>("CreatePatron_CategoryUnspecified", "CATEGORY_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_category(
                       v1::PATRON_CATEGORY_UNSPECIFIED);
                 }),
      Invalid<C>("CreatePatron_CategoryOutOfRange", "CATEGORY_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_category(
                       static_cast<v1::PatronCategory>(42));
                 }),
      Invalid<C>("CreatePatron_HomeLibraryZero", "ID_MALFORMED",
                 [](RefusalsTest&, C& r) {
                   r.mutable_patron()->set_home_library_id(0);
                 }),
      NotFound<C>("CreatePatron_UnknownHomeLibrary", "LIBRARY_NOT_FOUND",
                  [](RefusalsTest&, C& r) {
                    r.mutable_patron()->set_home_library_id(9999);
                  }),
      Case<C>("CreatePatron_DuplicateCard", StatusCode::ALREADY_EXISTS,
              "CARD_NUMBER_TAKEN",
              [](RefusalsTest&, C& r) {
                r.mutable_patron()->set_card_number(kCard1);
              }),
      Invalid<C>("CreatePatron_RegisteredOnImpossible", "DATE_INVALID",
                 [](RefusalsTest&, C& r) {
                   *r.mutable_patron()->mutable_registered_on() =
                       MakeDate(2025, 4, 31);
                 }),
      Invalid<C>(
          "CreatePatron_ExpiresBeforeRegistered", "EXPIRY_BEFORE_REGISTRATION",
          [](RefusalsTest&, C& r) {
            *r.mutable_patron()->mutable_registered_on() = MakeDate(2025, 6, 1);
            *r.mutable_patron()->mutable_expires_on() = MakeDate(2025, 5, 1);
          }),
      Invalid<C>("CreatePatron_RegistrationTooLong", "REGISTRATION_TOO_LONG",
                 [](RefusalsTest&, C& r) {
                   *r.mutable_patron()->mutable_expires_on() =
                       MakeDate(2040, 1, 1);
                 }),
      Invalid<C>("CreatePatron_OccurredAtInFuture", "TIME_OUT_OF_RANGE",
                 [](RefusalsTest&, C& r) {
                   *r.mutable_occurred_at() = Ts(kElevenMinutesAhead);
                 }),
  };
}

std::vector<Refusal> PatronEditCases() {
  using U = v1::UpdatePatronRequest;
  using B = v1::BlockPatronRequest;
  using G = v1::GetPatronRequest;
  using N = v1::RenewRegistrationRequest;
  auto mask = [](std::string path) {
    return [path](RefusalsTest&, U& r) {
      r.clear_update_mask();
      r.add_update_mask(path);
    };
  };
  return {
      Invalid<U>("UpdatePatron_MaskCardNumber", "UPDATE_MASK_INVALID",
                 mask("card_number")),
      Invalid<U>("UpdatePatron_MaskBlocked", "UPDATE_MASK_INVALID",
                 mask("blocked")),
      Invalid<U>("UpdatePatron_MaskUnknownField", "UPDATE_MASK_INVALID",
                 mask("no_such_field")),
      Invalid<U>("UpdatePatron_MaskSubfield", "UPDATE_MASK_INVALID",
                 mask("birth_date.year")),
      Invalid<U>("UpdatePatron_IdZero", "ID_MALFORMED",
                 [](RefusalsTest&, U& r) { r.mutable_patron()->set_id(0); }),
      NotFound<U>(
          "UpdatePatron_UnknownId", "PATRON_NOT_FOUND",
          [](RefusalsTest&, U& r) { r.mutable_patron()->set_id(9999); }),
      Invalid<U>("UpdatePatron_NameWithControl", "TEXT_CONTROL_CHARACTER",
                 [](RefusalsTest&, U& r) {
                   r.mutable_patron()->set_full_name("A\x01B");
                 }),
      Invalid<U>("UpdatePatron_BirthImpossible", "DATE_INVALID",
                 [](RefusalsTest&, U& r) {
                   r.clear_update_mask();
                   r.add_update_mask("birth_date");
                   *r.mutable_patron()->mutable_birth_date() =
                       MakeDate(2001, 2, 29);
                 }),
      Invalid<B>("BlockPatron_ReasonMissing", "FIELD_REQUIRED",
                 [](RefusalsTest&, B& r) { r.clear_reason(); }),
      Invalid<B>(
          "BlockPatron_ReasonTooLong", "FIELD_TOO_LONG",
          [](RefusalsTest&, B& r) { r.set_reason(std::string(501, 'x')); }),
      Invalid<B>("BlockPatron_IdNegative", "ID_MALFORMED",
                 [](RefusalsTest&, B& r) { r.set_patron_id(-1); }),
      NotFound<B>("BlockPatron_UnknownId", "PATRON_NOT_FOUND",
                  [](RefusalsTest&, B& r) { r.set_patron_id(9999); }),
      Invalid<N>("RenewRegistration_NotLater", "EXPIRY_NOT_LATER",
                 [](RefusalsTest&, N& r) {
                   *r.mutable_expires_on() = MakeDate(2025, 7, 1);
                 }),
      Invalid<N>("RenewRegistration_Impossible", "DATE_INVALID",
                 [](RefusalsTest&, N& r) {
                   *r.mutable_expires_on() = MakeDate(2026, 13, 1);
                 }),
      Invalid<G>("GetPatron_IdZero", "ID_MALFORMED",
                 [](RefusalsTest&, G& r) { r.set_id(0); }),
      Invalid<G>("GetPatron_NoKey", "KEY_REQUIRED",
                 [](RefusalsTest&, G& r) { r.clear_key(); }),
      NotFound<G>("GetPatron_UnknownCard", "PATRON_NOT_FOUND",
                  [](RefusalsTest&, G& r) { r.set_card_number("KZ9999"); }),
  };
}

std::vector<Refusal> CatalogCases() {
  using C = v1::CreateRecordRequest;
  using U = v1::UpdateRecordRequest;
  using I = v1::CreateItemRequest;
  return {
      Invalid<C>("CreateRecord_TitleTooLong", "FIELD_TOO_LONG",
                 [](RefusalsTest&, C& r) {
                   r.mutable_record()->set_title(std::string(1001, 't'));
                 }),
      Invalid<C>("CreateRecord_TooManyAuthors", "TOO_MANY_AUTHORS",
                 [](RefusalsTest&, C& r) {
                   for (int i = 0; i < 50; ++i) {
                     r.mutable_record()->add_authors("Author");
                   }
                 }),
      Invalid<C>("CreateRecord_AuthorWithControl", "TEXT_CONTROL_CHARACTER",
                 [](RefusalsTest&, C& r) {
                   r.mutable_record()->add_authors(
                       "A\x1f"
                       "B");
                 }),
      Invalid<C>("CreateRecord_IsbnBadCheck", "ISBN_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_record()->set_isbn("9786010000002");
                 }),
      Invalid<C>("CreateRecord_IssnBadCheck", "ISSN_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_record()->set_issn("0378-5954");
                 }),
      Invalid<C>(
          "CreateRecord_LanguageUpperCase", "LANGUAGE_INVALID",
          [](RefusalsTest&, C& r) { r.mutable_record()->set_language("KK"); }),
      Invalid<C>(
          "CreateRecord_YearInFuture", "YEAR_INVALID",
          [](RefusalsTest&, C& r) { r.mutable_record()->set_year(2100); }),
      Invalid<C>("CreateRecord_SubjectUnspecified", "SUBJECT_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_record()->set_subject(v1::SUBJECT_UNSPECIFIED);
                 }),
      Invalid<U>("UpdateRecord_MaskId", "UPDATE_MASK_INVALID",
                 [](RefusalsTest&, U& r) { r.add_update_mask("id"); }),
      Invalid<U>("UpdateRecord_MaskUnknown", "UPDATE_MASK_INVALID",
                 [](RefusalsTest&, U& r) { r.add_update_mask("publisher"); }),
      Precondition<U>("UpdateRecord_SubjectOfRecordWithItems", "SUBJECT_FIXED",
                      [](RefusalsTest&, U& r) {
                        r.clear_update_mask();
                        r.add_update_mask("subject");
                        r.mutable_record()->set_subject(v1::SUBJECT_MEDICINE);
                      }),
      NotFound<U>(
          "UpdateRecord_UnknownId", "RECORD_NOT_FOUND",
          [](RefusalsTest&, U& r) { r.mutable_record()->set_id(9999); }),
      Case<I>(
          "CreateItem_DuplicateBarcode", StatusCode::ALREADY_EXISTS,
          "BARCODE_TAKEN",
          [](RefusalsTest&, I& r) { r.mutable_item()->set_barcode(kItem2); }),
      Invalid<I>(
          "CreateItem_BarcodeMalformed", "BARCODE_MALFORMED",
          [](RefusalsTest&, I& r) { r.mutable_item()->set_barcode("ÄÖ-1"); }),
      Invalid<I>(
          "CreateItem_RecordIdZero", "ID_MALFORMED",
          [](RefusalsTest&, I& r) { r.mutable_item()->set_record_id(0); }),
      NotFound<I>(
          "CreateItem_UnknownRecord", "RECORD_NOT_FOUND",
          [](RefusalsTest&, I& r) { r.mutable_item()->set_record_id(9999); }),
      NotFound<I>(
          "CreateItem_UnknownLibrary", "LIBRARY_NOT_FOUND",
          [](RefusalsTest&, I& r) { r.mutable_item()->set_library_id(9999); }),
      Invalid<I>("CreateItem_LoanTypeUnspecified", "LOAN_TYPE_INVALID",
                 [](RefusalsTest&, I& r) {
                   r.mutable_item()->set_loan_type(v1::LOAN_TYPE_UNSPECIFIED);
                 }),
      Invalid<I>("CreateItem_AcquiredFeb29", "DATE_INVALID",
                 [](RefusalsTest&, I& r) {
                   *r.mutable_item()->mutable_acquired_on() =
                       MakeDate(2025, 2, 29);
                 }),
  };
}

using ItemMethod = grpc::Status (Catalog::Stub::*)(grpc::ClientContext*,
                                                   const v1::ItemActionRequest&,
                                                   v1::Item*);

// An item action on `barcode` at Almaty (or Astana when `at_astana`).
Refusal ItemCase(std::string name, StatusCode code, std::string reason,
                 ItemMethod method, std::string barcode, bool at_astana,
                 Setup setup = nullptr) {
  auto call = [method, barcode, at_astana](RefusalsTest& t) {
    return t.ItemAction(method, barcode, at_astana ? t.astana_ : t.almaty_);
  };
  return {std::move(name), code, std::move(reason), call, std::move(setup)};
}

std::vector<Refusal> ItemActionCases() {
  constexpr auto kPrecondition = StatusCode::FAILED_PRECONDITION;
  const ItemMethod withdraw = &Catalog::Stub::WithdrawItem;
  const ItemMethod lost = &Catalog::Stub::MarkItemLost;
  const ItemMethod receive = &Catalog::Stub::ReceiveItem;
  return {
      ItemCase("Withdraw_OnLoan", kPrecondition, "ITEM_ON_LOAN", withdraw,
               kItem1, false, LendItem1),
      ItemCase("Withdraw_NotOwner", kPrecondition, "ITEM_NOT_OWNED", withdraw,
               kItem1, true),
      ItemCase("Withdraw_Twice", kPrecondition, "ITEM_WITHDRAWN", withdraw,
               kItem1, false, WithdrawItem1),
      ItemCase("Withdraw_UnknownBarcode", StatusCode::NOT_FOUND,
               "ITEM_NOT_FOUND", withdraw, "NO-SUCH-1", false),
      ItemCase("Withdraw_BarcodeMalformed", StatusCode::INVALID_ARGUMENT,
               "BARCODE_MALFORMED", withdraw, "NO SUCH", false),
      ItemCase("MarkLost_Twice", kPrecondition, "ITEM_LOST", lost, kItem1,
               false, MarkItem1Lost),
      ItemCase("MarkLost_NotOwner", kPrecondition, "ITEM_NOT_OWNED", lost,
               kItem1, true, LendItem1),
      ItemCase("Receive_NotInTransit", kPrecondition, "ITEM_NOT_IN_TRANSIT",
               receive, kItem1, false),
      ItemCase("Receive_OnLoan", kPrecondition, "ITEM_ON_LOAN", receive, kItem1,
               false, LendItem1),
      ItemCase("Receive_AwayFromOwner", kPrecondition, "ITEM_NOT_OWNED",
               receive, kItem1, true, ReturnAwayFromHome),
  };
}

std::vector<Refusal> DirectoryCases() {
  using C = v1::CreateLibraryRequest;
  using U = v1::UpdateLibraryRequest;
  using K = v1::UpdateLibraryCalendarRequest;
  return {
      NotFound<C>("CreateLibrary_UnknownRegion", "REGION_NOT_FOUND",
                  [](RefusalsTest&, C& r) {
                    r.mutable_library()->set_region_code("KZ-00");
                  }),
      Invalid<C>("CreateLibrary_TypeUnspecified", "LIBRARY_TYPE_INVALID",
                 [](RefusalsTest&, C& r) {
                   r.mutable_library()->set_type(v1::LIBRARY_TYPE_UNSPECIFIED);
                 }),
      Invalid<C>("CreateLibrary_UnknownTimeZone", "TIME_ZONE_UNKNOWN",
                 [](RefusalsTest&, C& r) {
                   r.mutable_library()->set_time_zone("Mars/Olympus_Mons");
                 }),
      Invalid<C>("CreateLibrary_NameTooLong", "FIELD_TOO_LONG",
                 [](RefusalsTest&, C& r) {
                   r.mutable_library()->set_name_en(std::string(301, 'n'));
                 }),
      Invalid<C>("CreateLibrary_NameWithControl", "TEXT_CONTROL_CHARACTER",
                 [](RefusalsTest&, C& r) {
                   r.mutable_library()->set_name_ru("Библиотека\r");
                 }),
      NotFound<C>("CreateLibrary_UnknownParent", "LIBRARY_NOT_FOUND",
                  [](RefusalsTest&, C& r) {
                    r.mutable_library()->set_parent_id(9999);
                  }),
      Invalid<C>("CreateLibrary_OpenedApril31", "DATE_INVALID",
                 [](RefusalsTest&, C& r) {
                   *r.mutable_library()->mutable_opened_on() =
                       MakeDate(2025, 4, 31);
                 }),
      Invalid<U>("UpdateLibrary_MaskId", "UPDATE_MASK_INVALID",
                 [](RefusalsTest&, U& r) { r.add_update_mask("id"); }),
      Invalid<U>("UpdateLibrary_MaskOpenedOn", "UPDATE_MASK_INVALID",
                 [](RefusalsTest&, U& r) { r.add_update_mask("opened_on"); }),
      Invalid<U>("UpdateLibrary_ParentIsSelf", "PARENT_IS_SELF",
                 [](RefusalsTest& t, U& r) {
                   r.clear_update_mask();
                   r.add_update_mask("parent_id");
                   r.mutable_library()->set_parent_id(t.almaty_);
                 }),
      Invalid<U>("UpdateLibrary_IdZero", "ID_MALFORMED",
                 [](RefusalsTest&, U& r) { r.mutable_library()->set_id(0); }),
      Invalid<K>("UpdateCalendar_Weekday8", "WEEKDAY_INVALID",
                 [](RefusalsTest&, K& r) {
                   r.mutable_calendar()->add_closed_weekdays(8);
                 }),
      Invalid<K>("UpdateCalendar_ImpossibleDate", "DATE_INVALID",
                 [](RefusalsTest&, K& r) {
                   *r.mutable_calendar()->add_closed_dates() =
                       MakeDate(2025, 2, 29);
                 }),
      Invalid<K>("UpdateCalendar_TooManyClosedDates", "TOO_MANY_CLOSED_DATES",
                 [](RefusalsTest&, K& r) {
                   for (int i = 0; i < 1001; ++i) {
                     *r.mutable_calendar()->add_closed_dates() =
                         MakeDate(2025, 1, 1);
                   }
                 }),
      NotFound<K>("UpdateCalendar_UnknownLibrary", "LIBRARY_NOT_FOUND",
                  [](RefusalsTest&, K& r) {
                    r.mutable_calendar()->set_library_id(9999);
                  }),
  };
}

std::vector<Refusal> ActivityCases() {
  using E = v1::RecordEventRequest;
  using Q = v1::RequestIssueRequest;
  using M = v1::UpdateIssueRequestRequest;
  using T = v1::CreatePeriodicalTitleRequest;
  auto move = [](v1::IssueRequestState state) {
    return [state](RefusalsTest&, M& r) { r.set_state(state); };
  };
  constexpr auto kRequested = v1::ISSUE_REQUEST_STATE_REQUESTED;
  constexpr auto kDelivered = v1::ISSUE_REQUEST_STATE_DELIVERED;
  constexpr auto kReturned = v1::ISSUE_REQUEST_STATE_RETURNED;
  constexpr auto kCancelled = v1::ISSUE_REQUEST_STATE_CANCELLED;
  const std::string bad = "INVALID_STATE_TRANSITION";
  return {
      Invalid<E>(
          "RecordEvent_NegativeAttendance", "ATTENDANCE_INVALID",
          [](RefusalsTest&, E& r) { r.mutable_event()->set_attendance(-1); }),
      Invalid<E>("RecordEvent_KindUnspecified", "EVENT_KIND_INVALID",
                 [](RefusalsTest&, E& r) {
                   r.mutable_event()->set_kind(v1::EVENT_KIND_UNSPECIFIED);
                 }),
      Invalid<E>("RecordEvent_TitleTooLong", "FIELD_TOO_LONG",
                 [](RefusalsTest&, E& r) {
                   r.mutable_event()->set_title(std::string(501, 'e'));
                 }),
      NotFound<E>(
          "RecordEvent_UnknownLibrary", "LIBRARY_NOT_FOUND",
          [](RefusalsTest&, E& r) { r.mutable_event()->set_library_id(9999); }),
      Invalid<E>("RecordEvent_Before2000", "TIME_OUT_OF_RANGE",
                 [](RefusalsTest&, E& r) {
                   *r.mutable_event()->mutable_occurred_at() = Ts(kBefore2000);
                 }),
      Invalid<T>("CreateTitle_KindUnspecified", "PERIODICAL_KIND_INVALID",
                 [](RefusalsTest&, T& r) {
                   r.mutable_title()->set_kind(v1::PERIODICAL_KIND_UNSPECIFIED);
                 }),
      Invalid<T>("CreateTitle_IssnBadCheck", "ISSN_INVALID",
                 [](RefusalsTest&, T& r) {
                   r.mutable_title()->set_issn("0378-5954");
                 }),
      NotFound<T>(
          "CreateTitle_UnknownLibrary", "LIBRARY_NOT_FOUND",
          [](RefusalsTest&, T& r) { r.mutable_title()->set_library_id(9999); }),
      NotFound<Q>("RequestIssue_UnknownTitle", "PERIODICAL_TITLE_NOT_FOUND",
                  [](RefusalsTest&, Q& r) { r.set_title_id(9999); }),
      Precondition<Q>(
          "RequestIssue_TitleAtOtherLibrary", "TITLE_NOT_AT_LIBRARY",
          [](RefusalsTest& t, Q& r) { r.set_library_id(t.astana_); }),
      NotFound<Q>("RequestIssue_UnknownCard", "PATRON_NOT_FOUND",
                  [](RefusalsTest&, Q& r) { r.set_card_number("KZ9999"); }),
      Precondition<Q>(
          "RequestIssue_PatronBlocked", "PATRON_BLOCKED",
          [](RefusalsTest&, Q&) {},
          [](RefusalsTest& t) { t.SetBlocked(t.patron1_, true); }),
      Invalid<Q>("RequestIssue_IssueMissing", "FIELD_REQUIRED",
                 [](RefusalsTest&, Q& r) { r.clear_issue(); }),
      Invalid<Q>("RequestIssue_TitleIdNegative", "ID_MALFORMED",
                 [](RefusalsTest&, Q& r) { r.set_title_id(-2); }),
      NotFound<M>("UpdateIssue_UnknownId", "ISSUE_REQUEST_NOT_FOUND",
                  [](RefusalsTest&, M& r) { r.set_issue_request_id(9999); }),
      Invalid<M>("UpdateIssue_IdZero", "ID_MALFORMED",
                 [](RefusalsTest&, M& r) { r.set_issue_request_id(0); }),
      Precondition<M>("UpdateIssue_RequestedToReturned", bad, move(kReturned),
                      Requested),
      Precondition<M>("UpdateIssue_RequestedToRequested", bad, move(kRequested),
                      Requested),
      Precondition<M>("UpdateIssue_RequestedToUnspecified", bad,
                      move(v1::ISSUE_REQUEST_STATE_UNSPECIFIED), Requested),
      Precondition<M>("UpdateIssue_RequestedToOutOfRange", bad,
                      move(static_cast<v1::IssueRequestState>(77)), Requested),
      Precondition<M>("UpdateIssue_DeliveredToCancelled", bad, move(kCancelled),
                      Delivered),
      Precondition<M>("UpdateIssue_DeliveredToDelivered", bad, move(kDelivered),
                      Delivered),
      Precondition<M>("UpdateIssue_ReturnedToDelivered", bad, move(kDelivered),
                      Returned),
      Precondition<M>("UpdateIssue_ReturnedToCancelled", bad, move(kCancelled),
                      Returned),
      Precondition<M>("UpdateIssue_CancelledToDelivered", bad, move(kDelivered),
                      Cancelled),
      Precondition<M>("UpdateIssue_CancelledToReturned", bad, move(kReturned),
                      Cancelled),
  };
}

// Bad page tokens and sizes, for a list request type.
template <class Request>
std::vector<Refusal> PageCases(const std::string& rpc) {
  using R = Request;
  auto token = [](std::string text) {
    return [text](RefusalsTest&, R& r) { r.set_page_token(text); };
  };
  auto size = [](int32_t n) {
    return [n](RefusalsTest&, R& r) { r.set_page_size(n); };
  };
  return {
      Invalid<R>(rpc + "_TokenText", "PAGE_TOKEN_INVALID", token("abc")),
      Invalid<R>(rpc + "_TokenZero", "PAGE_TOKEN_INVALID", token("0")),
      Invalid<R>(rpc + "_TokenNegative", "PAGE_TOKEN_INVALID", token("-3")),
      Invalid<R>(rpc + "_TokenTrailingText", "PAGE_TOKEN_INVALID", token("7x")),
      Invalid<R>(rpc + "_TokenOverflow", "PAGE_TOKEN_INVALID",
                 token("99999999999999999999999")),
      Invalid<R>(rpc + "_SizeNegative", "PAGE_SIZE_INVALID", size(-1)),
      Invalid<R>(rpc + "_SizeTooLarge", "PAGE_SIZE_INVALID", size(1001)),
  };
}

std::vector<Refusal> ListCases() {
  using L = v1::ListLoansRequest;
  std::vector<Refusal> own = {
      Invalid<L>("ListLoans_NoFilter", "FILTER_REQUIRED",
                 [](RefusalsTest&, L& r) { r.clear_filter(); }),
      Invalid<L>("ListLoans_PatronIdZero", "ID_MALFORMED",
                 [](RefusalsTest&, L& r) { r.set_patron_id(0); }),
      Invalid<L>("ListLoans_BarcodeMalformed", "BARCODE_MALFORMED",
                 [](RefusalsTest&, L& r) { r.set_item_barcode("A B"); }),
  };
  return Concat(
      {own, PageCases<L>("ListLoans"),
       PageCases<v1::ListIssueRequestsRequest>("ListIssueRequests"),
       PageCases<v1::SearchPatronsRequest>("SearchPatrons"),
       PageCases<v1::ListLibrariesRequest>("ListLibraries"),
       PageCases<v1::ListRecordsRequest>("ListRecords"),
       PageCases<v1::ListItemsRequest>("ListItems"),
       PageCases<v1::ListEventsRequest>("ListEvents"),
       PageCases<v1::ListPeriodicalTitlesRequest>("ListPeriodicalTitles")});
}

std::vector<Refusal> StatisticsCases() {
  using A = v1::GetAnnualReportRequest;
  using R = v1::RecountRequest;
  auto band = [](int32_t lo, int32_t hi) {
    return [lo, hi](RefusalsTest&, A& r) {
      v1::AgeBand* b = r.add_age_bands();
      b->set_min_age(lo);
      b->set_max_age(hi);
    };
  };
  return {
      Invalid<A>("Report_YearZero", "YEAR_INVALID",
                 [](RefusalsTest&, A& r) { r.set_year(0); }),
      Invalid<A>("Report_Year2201", "YEAR_INVALID",
                 [](RefusalsTest&, A& r) { r.set_year(2201); }),
      NotFound<A>("Report_UnknownRegion", "REGION_NOT_FOUND",
                  [](RefusalsTest&, A& r) { r.set_region_code("KZ-99"); }),
      NotFound<A>("Report_UnknownLibrary", "LIBRARY_NOT_FOUND",
                  [](RefusalsTest&, A& r) { r.set_library_id(9999); }),
      Invalid<A>("Report_BandReversed", "AGE_BAND_INVALID", band(30, 20)),
      Invalid<A>("Report_BandNegative", "AGE_BAND_INVALID", band(-1, 10)),
      Invalid<A>("Report_BandOver150", "AGE_BAND_INVALID", band(0, 151)),
      Invalid<A>("Report_TooManyBands", "TOO_MANY_AGE_BANDS",
                 [](RefusalsTest&, A& r) {
                   for (int i = 0; i < 21; ++i) r.add_age_bands();
                 }),
      Invalid<R>("Recount_YearNegative", "YEAR_INVALID",
                 [](RefusalsTest&, R& r) {
                   r.set_year(-2025);
                   r.set_repair(true);
                 }),
  };
}

class RefusalTest : public RefusalsTest,
                    public ::testing::WithParamInterface<Refusal> {};

TEST_P(RefusalTest, HasCodeAndReasonAndChangesNothing) {
  const Refusal& refusal = GetParam();
  if (refusal.setup) refusal.setup(*this);
  ASSERT_FALSE(HasFatalFailure());
  const std::string before = Snapshot();
  Outcome o = refusal.call(*this);
  EXPECT_EQ(o.code, refusal.code) << o.reason << ": " << o.message;
  EXPECT_EQ(o.reason, refusal.reason) << o.message;
  EXPECT_FALSE(o.message.empty());
  EXPECT_EQ(Snapshot(), before);
  server_.ExpectCountersMatchRecount();
}

std::string CaseName(const ::testing::TestParamInfo<Refusal>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(CheckOut, RefusalTest,
                         ::testing::ValuesIn(CheckOutCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(CheckIn, RefusalTest,
                         ::testing::ValuesIn(CheckInCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(Renew, RefusalTest, ::testing::ValuesIn(RenewCases()),
                         CaseName);
INSTANTIATE_TEST_SUITE_P(Visit, RefusalTest, ::testing::ValuesIn(VisitCases()),
                         CaseName);
INSTANTIATE_TEST_SUITE_P(Patron, RefusalTest,
                         ::testing::ValuesIn(PatronCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(PatronEdit, RefusalTest,
                         ::testing::ValuesIn(PatronEditCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(Catalog, RefusalTest,
                         ::testing::ValuesIn(CatalogCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(ItemAction, RefusalTest,
                         ::testing::ValuesIn(ItemActionCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(Directory, RefusalTest,
                         ::testing::ValuesIn(DirectoryCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(Activity, RefusalTest,
                         ::testing::ValuesIn(ActivityCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(Statistics, RefusalTest,
                         ::testing::ValuesIn(StatisticsCases()), CaseName);
INSTANTIATE_TEST_SUITE_P(List, RefusalTest, ::testing::ValuesIn(ListCases()),
                         CaseName);

// The refusal names the rule; once the rule no longer applies, the same
// request (same request_id: a refusal stored nothing) goes through.
void ExpectRefusedThenAccepted(RefusalsTest& t, const std::string& reason,
                               const std::function<void()>& lift) {
  const v1::CheckOutRequest request = t.CheckOutRequest(kCard1, kItem3);
  const std::string before = t.Snapshot();
  Outcome o = t.CheckOut(request);
  EXPECT_EQ(o.code, StatusCode::FAILED_PRECONDITION) << o.message;
  EXPECT_EQ(o.reason, reason) << o.message;
  EXPECT_EQ(t.Snapshot(), before);
  EXPECT_EQ(t.ItemStatus(kItem3), v1::ITEM_STATUS_AVAILABLE);
  lift();
  v1::CheckOutResponse response;
  o = t.CheckOut(request, &response);
  ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  EXPECT_EQ(response.loan().patron_id(), t.patron1_);
  EXPECT_EQ(t.ItemStatus(kItem3), v1::ITEM_STATUS_ON_LOAN);
  t.server_.ExpectCountersMatchRecount();
}

TEST_F(RefusalsTest, BlockedPatronIsRefusedUntilUnblocked) {
  SetBlocked(patron1_, true);
  EXPECT_EQ(Patron(kCard1).block_reason(), "unpaid damage");
  ExpectRefusedThenAccepted(*this, "PATRON_BLOCKED",
                            [&] { SetBlocked(patron1_, false); });
}

TEST_F(RefusalsTest, ExpiredPatronIsRefusedUntilRegistrationRenewed) {
  // Registered 2025-06-02 for 365 days: valid through 2026-06-02.
  EXPECT_EQ(Patron(kCard1).expires_on().ShortDebugString(),
            MakeDate(2026, 6, 2).ShortDebugString());
  server_.clock().Advance(366 * domain::kMicrosPerDay);
  ExpectRefusedThenAccepted(*this, "PATRON_EXPIRED", [&] {
    v1::RenewRegistrationRequest renew;
    renew.set_request_id(server_.NewRequestId());
    renew.set_patron_id(patron1_);
    v1::Patron patron;
    ASSERT_TRUE(Call(server_.patrons(), &Patrons::Stub::RenewRegistration,
                     renew, &patron)
                    .ok());
    EXPECT_EQ(patron.expires_on().year(), 2027);
  });
}

// A policy of at most two open loans for adults.
domain::Policy TwoLoansForAdults() {
  domain::Policy policy;
  policy.loan_limit_adult = 2;
  return policy;
}

class LoanLimitTest : public RefusalsTest {
 public:
  LoanLimitTest() : RefusalsTest(TwoLoansForAdults()) {}
};

TEST_F(LoanLimitTest, ThirdLoanIsRefusedUntilOneIsReturned) {
  Lend(kCard1, kItem1);
  Lend(kCard1, kItem2);
  ExpectRefusedThenAccepted(*this, "LOAN_LIMIT_REACHED",
                            [&] { Return(kItem1); });
  EXPECT_EQ(LoansOfPatron(patron1_, true).size(), 2u);
}

TEST_F(LoanLimitTest, LimitIsPerCategory) {
  Lend(kCard1, kItem1);
  Lend(kCard1, kItem2);
  // A student's limit is still the default 10.
  Lend(kCard2, kItem3);
  EXPECT_EQ(LoansOfPatron(patron2_, true).size(), 1u);
}

TEST_F(RefusalsTest, OversizedMessageIsRefusedByGrpc) {
  const std::string before = Snapshot();
  v1::CreatePatronRequest request = Valid<v1::CreatePatronRequest>(*this);
  request.mutable_patron()->set_full_name(std::string((1 << 20) + 1, 'a'));
  Outcome o = Send(*this, request);
  EXPECT_EQ(o.code, StatusCode::RESOURCE_EXHAUSTED) << o.message;
  EXPECT_EQ(Snapshot(), before);
  // The connection still serves requests of a normal size.
  request.mutable_patron()->set_full_name("Normal Name");
  EXPECT_TRUE(Send(*this, request).ok());
  server_.ExpectCountersMatchRecount();
}

TEST_F(RefusalsTest, OversizedPingPayloadIsRefused) {
  v1::PingRequest request;
  request.set_payload(std::string(1025, 'p'));
  Outcome o = Rpc(server_.diagnostics(), &v1::Diagnostics::Stub::Ping, request);
  EXPECT_EQ(o.code, StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(o.reason, "FIELD_TOO_LONG");
}

}  // namespace
}  // namespace kitap::test
