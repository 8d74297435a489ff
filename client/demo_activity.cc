// The other steps of the demo: visits, a periodical request, events, and
// the year's statistics with their recount.
#include <iterator>
#include <string>

#include "absl/strings/str_cat.h"
#include "client/demo_runner.h"
#include "client/report_labels.h"
#include "client/report_text.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

// "delivered" for ISSUE_REQUEST_STATE_DELIVERED.
std::string StateWord(v1::IssueRequestState state) {
  return EnumWords(v1::IssueRequestState_Name(state), "ISSUE_REQUEST_STATE_");
}

}  // namespace

RpcStatus DemoRunner::RecordVisits() {
  out_ << "Visits\n";
  for (size_t i = 0; i < std::size(kDemoVisits); ++i) {
    const VisitSpec& visit = kDemoVisits[i];
    v1::RecordVisitRequest request;
    request.set_request_id(StepId(absl::StrCat("visit-", i + 1)));
    request.set_library_id(library_ids_[visit.library]);
    if (visit.patron >= 0) {
      request.set_card_number(
          DemoCardNumber(clock_.year(), static_cast<DemoPatron>(visit.patron)));
    } else {
      request.set_count(visit.count);
    }
    StampOccurredAt(clock_, kVisitMoment, &request);
    v1::RecordVisitResponse response;
    KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
        *stubs_.circulation, &v1::Circulation::Stub::RecordVisit, request,
        &response));
    out_ << "  "
         << (visit.patron >= 0
                 ? std::string(kDemoPatrons[visit.patron].full_name)
                 : absl::StrCat("gate count of ", visit.count))
         << " at " << LibraryName(visit.library) << '\n';
  }
  return RpcStatus();
}

RpcStatus DemoRunner::CreatePeriodicalTitle() {
  const PeriodicalSpec& spec = kDemoPeriodical;
  v1::CreatePeriodicalTitleRequest request;
  request.set_request_id(StepId("periodical-title-1"));
  v1::PeriodicalTitle* title = request.mutable_title();
  title->set_title(std::string(spec.title));
  title->set_kind(spec.kind);
  title->set_language(std::string(spec.language));
  title->set_library_id(library_ids_[spec.library]);
  v1::PeriodicalTitle created;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.periodicals, &v1::Periodicals::Stub::CreatePeriodicalTitle,
      request, &created));
  periodical_title_id_ = created.id();
  out_ << "Periodicals\n  «" << created.title() << "» ("
       << EnumWords(v1::PeriodicalKind_Name(created.kind()), "PERIODICAL_KIND_")
       << ") at " << LibraryName(spec.library) << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::RequestPeriodical() {
  const PeriodicalSpec& spec = kDemoPeriodical;
  v1::RequestIssueRequest request;
  request.set_request_id(StepId("periodical-request-1"));
  request.set_library_id(library_ids_[spec.library]);
  request.set_card_number(DemoCardNumber(clock_.year(), spec.reader));
  request.set_title_id(periodical_title_id_);
  request.set_issue(FormatDay(clock_.Day(spec.issue.month, spec.issue.day)));
  request.set_reading_room(std::string(spec.reading_room));
  StampOccurredAt(clock_, kIssueRequestedMoment, &request);
  v1::IssueRequest issue;
  KITAP_CLIENT_RETURN_IF_ERROR(
      connection_.Call(*stubs_.periodicals,
                       &v1::Periodicals::Stub::RequestIssue, request, &issue));
  out_ << "  issue " << issue.issue() << " for "
       << kDemoPatrons[spec.reader].full_name << " in " << issue.reading_room()
       << ": " << StateWord(issue.state());
  KITAP_CLIENT_RETURN_IF_ERROR(MoveIssueRequest(
      issue.id(), v1::ISSUE_REQUEST_STATE_DELIVERED, kIssueDeliveredMoment));
  KITAP_CLIENT_RETURN_IF_ERROR(MoveIssueRequest(
      issue.id(), v1::ISSUE_REQUEST_STATE_RETURNED, kIssueReturnedMoment));
  out_ << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::MoveIssueRequest(int64_t issue_request_id,
                                       v1::IssueRequestState state,
                                       DemoMoment moment) {
  v1::UpdateIssueRequestRequest request;
  request.set_request_id(StepId(absl::StrCat("periodical-", StateWord(state))));
  request.set_issue_request_id(issue_request_id);
  request.set_state(state);
  StampOccurredAt(clock_, moment, &request);
  v1::IssueRequest issue;
  RpcStatus status = connection_.Call(
      *stubs_.periodicals, &v1::Periodicals::Stub::UpdateIssueRequest, request,
      &issue);
  if (!status.ok()) {
    out_ << '\n';
    return status;
  }
  out_ << " -> " << StateWord(issue.state());
  return RpcStatus();
}

RpcStatus DemoRunner::RecordEvents() {
  out_ << "Events\n";
  for (size_t i = 0; i < kDemoEvents.size(); ++i) {
    const EventSpec& spec = kDemoEvents[i];
    v1::RecordEventRequest request;
    request.set_request_id(StepId(absl::StrCat("event-", i + 1)));
    v1::Event* event = request.mutable_event();
    event->set_library_id(library_ids_[spec.library]);
    event->set_title(std::string(spec.title));
    event->set_kind(spec.kind);
    event->set_attendance(spec.attendance);
    StampOccurredAt(clock_, kEventMoment, event);
    v1::Event recorded;
    KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
        *stubs_.events, &v1::Events::Stub::RecordEvent, request, &recorded));
    out_ << "  «" << recorded.title() << "» ("
         << EnumWords(v1::EventKind_Name(recorded.kind()), "EVENT_KIND_")
         << ") at " << LibraryName(spec.library) << ": "
         << recorded.attendance() << " attended\n";
  }
  return RpcStatus();
}

RpcStatus DemoRunner::ShowNationalFigures() {
  v1::GetAnnualReportRequest request;
  request.set_year(clock_.year());
  v1::AnnualReport report;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.statistics, &v1::Statistics::Stub::GetAnnualReport, request,
      &report));
  out_ << "National figures " << report.year()
       << " (Statistics.GetAnnualReport)\n";
  WriteTotals(report, Language::kEnglish, out_);
  return RpcStatus();
}

RpcStatus DemoRunner::Recount() {
  v1::RecountRequest request;
  request.set_year(clock_.year());
  v1::RecountResponse response;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.statistics, &v1::Statistics::Stub::Recount, request, &response));
  out_ << "Recount " << clock_.year()
       << " (Statistics.Recount): " << response.counters_checked()
       << " counters checked, ";
  if (response.differences().empty()) {
    out_ << "no differences\n";
    return RpcStatus();
  }
  out_ << response.differences_size() << " differences\n";
  for (const v1::CounterDifference& d : response.differences()) {
    out_ << "  library " << d.library_id() << ' ' << d.metric() << ' '
         << d.dimension() << ' ' << d.key() << ": counter " << d.counted()
         << ", rows " << d.recounted() << '\n';
  }
  return RpcStatus(grpc::StatusCode::INTERNAL, "RECOUNT_DIFFERENCES",
                   "the stored counters differ from the rows");
}

}  // namespace kitap::client
