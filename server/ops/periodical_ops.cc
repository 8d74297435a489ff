#include "server/ops/periodical_ops.h"

#include <vector>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/circulation_rules.h"
#include "server/domain/civil_time.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/store/activity_store.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"
#include "server/store/patron_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxTitle = 500;
constexpr size_t kMaxIssue = 100;
constexpr size_t kMaxRoom = 100;

bool CanMove(v1::IssueRequestState from, v1::IssueRequestState to) {
  switch (from) {
    case v1::ISSUE_REQUEST_STATE_REQUESTED:
      return to == v1::ISSUE_REQUEST_STATE_DELIVERED ||
             to == v1::ISSUE_REQUEST_STATE_CANCELLED;
    case v1::ISSUE_REQUEST_STATE_DELIVERED:
      return to == v1::ISSUE_REQUEST_STATE_RETURNED;
    default:
      return false;
  }
}

Status DoRequestIssue(OpContext& ctx, const v1::RequestIssueRequest& request,
                      domain::Micros at, v1::IssueRequest* response) {
  v1::Library library;
  KITAP_RETURN_IF_ERROR(
      store::LoadLibrary(ctx.db, request.library_id(), &library));
  v1::PeriodicalTitle title;
  KITAP_RETURN_IF_ERROR(
      store::LoadPeriodicalTitle(ctx.db, request.title_id(), &title));
  if (title.library_id() != request.library_id()) {
    return Status::FailedPrecondition("TITLE_NOT_AT_LIBRARY",
                                      "library " +
                                          std::to_string(request.library_id()) +
                                          " does not hold " + title.title());
  }
  v1::Patron patron;
  KITAP_RETURN_IF_ERROR(
      store::LoadPatronByCard(ctx.db, request.card_number(), &patron));
  domain::CivilDate day = LocalDay(library, at);
  KITAP_RETURN_IF_ERROR(
      domain::CheckPatronInGoodStanding(PatronStateOf(patron, 0), day));
  response->set_title_id(title.id());
  response->set_title(title.title());
  response->set_issue(request.issue());
  response->set_patron_id(patron.id());
  response->set_library_id(library.id());
  response->set_reading_room(request.reading_room());
  response->set_state(v1::ISSUE_REQUEST_STATE_REQUESTED);
  ToTimestamp(at, response->mutable_requested_at());
  ToTimestamp(at, response->mutable_updated_at());
  store::RequestDims dims{
      day.year, domain::AgeInYears(FromProto(patron.birth_date()), day),
      patron.category()};
  KITAP_RETURN_IF_ERROR(store::InsertIssueRequest(ctx.db, response, dims));
  KITAP_RETURN_IF_ERROR(
      store::Count(ctx.db, {dims.year, library.id(), store::kPeriodicalRequests,
                            dims.age, dims.category}));
  return store::CountActivity(ctx.db, patron.id(), day.year);
}

}  // namespace

Status CreatePeriodicalTitle(OpContext& ctx,
                             const v1::CreatePeriodicalTitleRequest& request,
                             v1::PeriodicalTitle* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  const v1::PeriodicalTitle& t = request.title();
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("title", t.title(), kMaxTitle, true));
  KITAP_RETURN_IF_ERROR(domain::ValidateIssn(t.issn()));
  KITAP_RETURN_IF_ERROR(domain::ValidateLanguage(t.language()));
  if (!v1::PeriodicalKind_IsValid(t.kind()) ||
      t.kind() == v1::PERIODICAL_KIND_UNSPECIFIED) {
    return Status::InvalidArgument("PERIODICAL_KIND_INVALID",
                                   "kind must be newspaper or magazine");
  }
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", t.library_id()));
  return RunOnce(ctx, "CreatePeriodicalTitle", request.request_id(), request,
                 response, [&] {
                   v1::Library library;
                   KITAP_RETURN_IF_ERROR(
                       store::LoadLibrary(ctx.db, t.library_id(), &library));
                   *response = t;
                   response->set_id(0);
                   return store::InsertPeriodicalTitle(ctx.db, response);
                 });
}

Status ListPeriodicalTitles(OpContext& ctx,
                            const v1::ListPeriodicalTitlesRequest& request,
                            v1::ListPeriodicalTitlesResponse* response) {
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::PeriodicalTitle> titles;
  KITAP_RETURN_IF_ERROR(store::ListPeriodicalTitles(
      ctx.db, request.library_id(), page.after_id, page.limit, &titles));
  int64_t last = titles.empty() ? 0 : titles.back().id();
  response->set_next_page_token(NextPageToken(page, titles.size(), last));
  for (auto& t : titles) *response->add_titles() = std::move(t);
  return Status::Ok();
}

Status RequestIssue(OpContext& ctx, const v1::RequestIssueRequest& request,
                    v1::IssueRequest* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", request.library_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("title_id", request.title_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateCardNumber(request.card_number()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("issue", request.issue(), kMaxIssue, true));
  KITAP_RETURN_IF_ERROR(domain::ValidateText(
      "reading_room", request.reading_room(), kMaxRoom, false));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, &at));
  return RunOnce(ctx, "RequestIssue", request.request_id(), request, response,
                 [&] { return DoRequestIssue(ctx, request, at, response); });
}

Status UpdateIssueRequest(OpContext& ctx,
                          const v1::UpdateIssueRequestRequest& request,
                          v1::IssueRequest* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateId("issue_request_id", request.issue_request_id()));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, &at));
  return RunOnce(ctx, "UpdateIssueRequest", request.request_id(), request,
                 response, [&] {
                   KITAP_RETURN_IF_ERROR(store::LoadIssueRequest(
                       ctx.db, request.issue_request_id(), response));
                   if (request.library_id() != 0 &&
                       response->library_id() != request.library_id()) {
                     return Status::FailedPrecondition(
                         "ISSUE_REQUEST_NOT_AT_LIBRARY",
                         "issue request " + std::to_string(response->id()) +
                             " belongs to library " +
                             std::to_string(response->library_id()));
                   }
                   if (!CanMove(response->state(), request.state())) {
                     return Status::FailedPrecondition(
                         "INVALID_STATE_TRANSITION",
                         "a request that is " +
                             v1::IssueRequestState_Name(response->state()) +
                             " cannot become " +
                             v1::IssueRequestState_Name(request.state()));
                   }
                   response->set_state(request.state());
                   ToTimestamp(at, response->mutable_updated_at());
                   return store::SaveIssueRequestState(ctx.db, response->id(),
                                                       request.state(), at);
                 });
}

Status ListIssueRequests(OpContext& ctx,
                         const v1::ListIssueRequestsRequest& request,
                         v1::ListIssueRequestsResponse* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", request.library_id()));
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::IssueRequest> requests;
  KITAP_RETURN_IF_ERROR(store::ListIssueRequests(
      ctx.db, request.library_id(), request.open_only(), page.after_id,
      page.limit, &requests));
  int64_t last = requests.empty() ? 0 : requests.back().id();
  response->set_next_page_token(NextPageToken(page, requests.size(), last));
  for (auto& r : requests) *response->add_requests() = std::move(r);
  return Status::Ok();
}

}  // namespace kitap::ops
