#include "server/ops/event_ops.h"

#include <vector>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/store/activity_store.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxTitle = 500;
constexpr int kMaxAttendance = 1000000;

Status ValidateEvent(const v1::Event& e) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", e.library_id()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("title", e.title(), kMaxTitle, true));
  if (!v1::EventKind_IsValid(e.kind()) ||
      e.kind() == v1::EVENT_KIND_UNSPECIFIED) {
    return Status::InvalidArgument("EVENT_KIND_INVALID",
                                   "kind must be cultural or educational");
  }
  if (e.attendance() < 0 || e.attendance() > kMaxAttendance) {
    return Status::InvalidArgument("ATTENDANCE_INVALID",
                                   "attendance must be 0..1000000");
  }
  return Status::Ok();
}

}  // namespace

Status RecordEvent(OpContext& ctx, const v1::RecordEventRequest& request,
                   v1::Event* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(ValidateEvent(request.event()));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.event().has_occurred_at(),
                                   request.event().occurred_at(), ctx.now,
                                   &at));
  return RunOnce(
      ctx, "RecordEvent", request.request_id(), request, response, [&] {
        v1::Library library;
        KITAP_RETURN_IF_ERROR(
            store::LoadLibrary(ctx.db, request.event().library_id(), &library));
        *response = request.event();
        response->set_id(0);
        ToTimestamp(at, response->mutable_occurred_at());
        int year = LocalDay(library, at).year;
        KITAP_RETURN_IF_ERROR(store::InsertEvent(ctx.db, response, year));
        KITAP_RETURN_IF_ERROR(
            store::Count(ctx.db, {year, library.id(), store::kEvents}));
        return store::Count(ctx.db,
                            {year, library.id(), store::kEventAttendance},
                            response->attendance());
      });
}

Status ListEvents(OpContext& ctx, const v1::ListEventsRequest& request,
                  v1::ListEventsResponse* response) {
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Event> events;
  KITAP_RETURN_IF_ERROR(store::ListEvents(ctx.db, request.library_id(),
                                          request.year(), page.after_id,
                                          page.limit, &events));
  int64_t last = events.empty() ? 0 : events.back().id();
  response->set_next_page_token(NextPageToken(page, events.size(), last));
  for (auto& e : events) *response->add_events() = std::move(e);
  return Status::Ok();
}

}  // namespace kitap::ops
