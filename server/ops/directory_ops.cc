#include "server/ops/directory_ops.h"

#include <vector>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/civil_time.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/ops/field_mask.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxName = 300;
constexpr char kDefaultTimeZone[] = "Asia/Almaty";

Status ValidateLibrary(OpContext& ctx, const v1::Library& l) {
  KITAP_RETURN_IF_ERROR(domain::ValidateText("name_kk", l.name_kk(), kMaxName,
                                             /*required=*/true));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("name_ru", l.name_ru(), kMaxName, true));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("name_en", l.name_en(), kMaxName, true));
  v1::Region region;
  KITAP_RETURN_IF_ERROR(store::LoadRegion(ctx.db, l.region_code(), &region));
  if (!v1::LibraryType_IsValid(l.type()) ||
      l.type() == v1::LIBRARY_TYPE_UNSPECIFIED) {
    return Status::InvalidArgument("LIBRARY_TYPE_INVALID",
                                   "type must name a kind of library");
  }
  if (l.parent_id() != 0) {
    v1::Library parent;
    KITAP_RETURN_IF_ERROR(store::LoadLibrary(ctx.db, l.parent_id(), &parent));
  }
  if (!domain::IsKnownTimeZone(l.time_zone())) {
    return Status::InvalidArgument("TIME_ZONE_UNKNOWN",
                                   "unknown time zone '" + l.time_zone() + "'");
  }
  KITAP_RETURN_IF_ERROR(
      domain::ValidateDate("opened_on", FromProto(l.opened_on())));
  if (l.has_closed_on() && !IsUnset(l.closed_on())) {
    KITAP_RETURN_IF_ERROR(
        domain::ValidateDate("closed_on", FromProto(l.closed_on())));
  }
  return Status::Ok();
}

Status ToCalendar(const v1::LibraryCalendar& in, domain::Calendar* out) {
  for (int weekday : in.closed_weekdays()) {
    if (weekday < 1 || weekday > 7) {
      return Status::InvalidArgument("WEEKDAY_INVALID",
                                     "closed_weekdays must be 1..7");
    }
    out->closed_weekdays.insert(weekday);
  }
  for (const v1::Date& date : in.closed_dates()) {
    KITAP_RETURN_IF_ERROR(
        domain::ValidateDate("closed_dates", FromProto(date)));
    out->closed_dates.insert(FromProto(date));
  }
  return Status::Ok();
}

void ToProtoCalendar(int64_t library_id, const domain::Calendar& in,
                     v1::LibraryCalendar* out) {
  out->set_library_id(library_id);
  for (int weekday : in.closed_weekdays) out->add_closed_weekdays(weekday);
  for (const auto& date : in.closed_dates) {
    ToProto(date, out->add_closed_dates());
  }
}

}  // namespace

Status ListRegions(OpContext& ctx, const v1::ListRegionsRequest&,
                   v1::ListRegionsResponse* response) {
  std::vector<v1::Region> regions;
  KITAP_RETURN_IF_ERROR(store::ListRegions(ctx.db, &regions));
  for (auto& r : regions) *response->add_regions() = std::move(r);
  return Status::Ok();
}

Status CreateLibrary(OpContext& ctx, const v1::CreateLibraryRequest& request,
                     v1::Library* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  return RunOnce(
      ctx, "CreateLibrary", request.request_id(), request, response, [&] {
        *response = request.library();
        response->set_id(0);
        if (response->time_zone().empty()) {
          response->set_time_zone(kDefaultTimeZone);
        }
        if (IsUnset(response->opened_on())) {
          ToProto(LocalDay(*response, ctx.now), response->mutable_opened_on());
        }
        KITAP_RETURN_IF_ERROR(ValidateLibrary(ctx, *response));
        return store::InsertLibrary(ctx.db, response);
      });
}

Status GetLibrary(OpContext& ctx, const v1::GetLibraryRequest& request,
                  v1::Library* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("id", request.id()));
  return store::LoadLibrary(ctx.db, request.id(), response);
}

Status ListLibraries(OpContext& ctx, const v1::ListLibrariesRequest& request,
                     v1::ListLibrariesResponse* response) {
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Library> libraries;
  KITAP_RETURN_IF_ERROR(store::ListLibraries(ctx.db, request.region_code(),
                                             request.type(), page.after_id,
                                             page.limit, &libraries));
  int64_t last = libraries.empty() ? 0 : libraries.back().id();
  response->set_next_page_token(NextPageToken(page, libraries.size(), last));
  for (auto& l : libraries) *response->add_libraries() = std::move(l);
  return Status::Ok();
}

Status UpdateLibrary(OpContext& ctx, const v1::UpdateLibraryRequest& request,
                     v1::Library* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateId("library.id", request.library().id()));
  return RunOnce(
      ctx, "UpdateLibrary", request.request_id(), request, response, [&] {
        KITAP_RETURN_IF_ERROR(
            store::LoadLibrary(ctx.db, request.library().id(), response));
        KITAP_RETURN_IF_ERROR(
            ApplyMask(request.update_mask(),
                      {"name_kk", "name_ru", "name_en", "region_code", "type",
                       "parent_id", "time_zone", "closed_on"},
                      request.library(), response));
        if (response->parent_id() == response->id()) {
          return Status::InvalidArgument("PARENT_IS_SELF",
                                         "a library cannot be its own parent");
        }
        KITAP_RETURN_IF_ERROR(ValidateLibrary(ctx, *response));
        store::RollupKeys before;
        KITAP_RETURN_IF_ERROR(
            store::LoadRollupKeys(ctx.db, response->id(), &before));
        KITAP_RETURN_IF_ERROR(store::UpdateLibrary(ctx.db, *response));
        return store::MoveRollups(ctx.db, response->id(), before);
      });
}

Status GetLibraryCalendar(OpContext& ctx,
                          const v1::GetLibraryCalendarRequest& request,
                          v1::LibraryCalendar* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", request.library_id()));
  v1::Library library;
  KITAP_RETURN_IF_ERROR(
      store::LoadLibrary(ctx.db, request.library_id(), &library));
  domain::Calendar calendar;
  KITAP_RETURN_IF_ERROR(
      store::LoadCalendar(ctx.db, request.library_id(), &calendar));
  ToProtoCalendar(request.library_id(), calendar, response);
  return Status::Ok();
}

Status UpdateLibraryCalendar(OpContext& ctx,
                             const v1::UpdateLibraryCalendarRequest& request,
                             v1::LibraryCalendar* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  int64_t id = request.calendar().library_id();
  KITAP_RETURN_IF_ERROR(domain::ValidateId("calendar.library_id", id));
  constexpr int kMaxClosedDates = 1000;
  if (request.calendar().closed_dates_size() > kMaxClosedDates) {
    return Status::InvalidArgument("TOO_MANY_CLOSED_DATES",
                                   "at most 1000 closed dates");
  }
  return RunOnce(
      ctx, "UpdateLibraryCalendar", request.request_id(), request, response,
      [&] {
        v1::Library library;
        KITAP_RETURN_IF_ERROR(store::LoadLibrary(ctx.db, id, &library));
        domain::Calendar calendar;
        KITAP_RETURN_IF_ERROR(ToCalendar(request.calendar(), &calendar));
        KITAP_RETURN_IF_ERROR(store::SaveCalendar(ctx.db, id, calendar));
        ToProtoCalendar(id, calendar, response);
        return Status::Ok();
      });
}

}  // namespace kitap::ops
