#include "server/ops/patron_ops.h"

#include <algorithm>
#include <vector>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/civil_time.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/ops/field_mask.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"
#include "server/store/patron_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxName = 200;
constexpr size_t kMaxPhone = 32;
constexpr size_t kMaxEmail = 254;
constexpr size_t kMaxBlockReason = 500;
// A registration may cover at most this many years ahead.
constexpr int kMaxRegistrationYears = 10;

Status ValidateProfile(OpContext& ctx, const v1::Patron& p,
                       const domain::CivilDate& today) {
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("full_name", p.full_name(), kMaxName, true));
  domain::CivilDate birth = FromProto(p.birth_date());
  KITAP_RETURN_IF_ERROR(domain::ValidateDate("birth_date", birth));
  if (birth > today) {
    return Status::InvalidArgument("BIRTH_DATE_IN_FUTURE",
                                   "birth_date is after today");
  }
  if (!v1::PatronCategory_IsValid(p.category()) ||
      p.category() == v1::PATRON_CATEGORY_UNSPECIFIED) {
    return Status::InvalidArgument("CATEGORY_INVALID",
                                   "category must be adult, child, student "
                                   "or staff");
  }
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("phone", p.phone(), kMaxPhone, false));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("email", p.email(), kMaxEmail, false));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateId("home_library_id", p.home_library_id()));
  v1::Library home;
  return store::LoadLibrary(ctx.db, p.home_library_id(), &home);
}

Status ValidateRegistration(const domain::CivilDate& from,
                            const domain::CivilDate& until) {
  KITAP_RETURN_IF_ERROR(domain::ValidateDate("registered_on", from));
  KITAP_RETURN_IF_ERROR(domain::ValidateDate("expires_on", until));
  if (until < from) {
    return Status::InvalidArgument("EXPIRY_BEFORE_REGISTRATION",
                                   "expires_on is before registered_on");
  }
  if (until.year - from.year > kMaxRegistrationYears) {
    return Status::InvalidArgument("REGISTRATION_TOO_LONG",
                                   "a registration may cover at most " +
                                       std::to_string(kMaxRegistrationYears) +
                                       " years");
  }
  return Status::Ok();
}

// Counts the patron as registered in each year from `from` to `until` that
// is not counted yet; `first_year` is the year of a new registration (0 for
// a renewal).
Status CountYears(OpContext& ctx, const v1::Patron& p,
                  const domain::CivilDate& from, const domain::CivilDate& until,
                  int first_year) {
  domain::CivilDate birth = FromProto(p.birth_date());
  for (int year = from.year; year <= until.year; ++year) {
    domain::CivilDate counted_on =
        std::max(from, domain::CivilDate{year, 1, 1});
    store::PatronYear row{p.id(),
                          year,
                          p.home_library_id(),
                          domain::AgeInYears(birth, counted_on),
                          p.category(),
                          year == first_year};
    KITAP_RETURN_IF_ERROR(store::CountRegistration(ctx.db, row));
  }
  return Status::Ok();
}

// The local day of `at` at the patron's home library.
domain::CivilDate DayAtHome(OpContext& ctx, const v1::Patron& p,
                            domain::Micros at) {
  v1::Library home;
  home.set_time_zone("Asia/Almaty");
  store::LoadLibrary(ctx.db, p.home_library_id(), &home);
  return LocalDay(home, at);
}

domain::CivilDate Today(OpContext& ctx, const v1::Patron& p) {
  return DayAtHome(ctx, p, ctx.now);
}

Status DoCreatePatron(OpContext& ctx, const v1::CreatePatronRequest& request,
                      domain::Micros at, v1::Patron* p) {
  *p = request.patron();
  p->set_id(0);
  p->set_blocked(false);
  p->clear_block_reason();
  ToTimestamp(at, p->mutable_created_at());
  KITAP_RETURN_IF_ERROR(domain::ValidateCardNumber(p->card_number()));
  // The day it happened: desks replaying offline work send occurred_at.
  domain::CivilDate today = DayAtHome(ctx, *p, at);
  KITAP_RETURN_IF_ERROR(ValidateProfile(ctx, *p, today));
  if (IsUnset(p->registered_on())) ToProto(today, p->mutable_registered_on());
  domain::CivilDate from = FromProto(p->registered_on());
  if (IsUnset(p->expires_on()) && domain::IsValidDate(from)) {
    ToProto(domain::AddDays(from, ctx.policy.registration_days),
            p->mutable_expires_on());
  }
  domain::CivilDate until = FromProto(p->expires_on());
  KITAP_RETURN_IF_ERROR(ValidateRegistration(from, until));
  KITAP_RETURN_IF_ERROR(store::InsertPatron(ctx.db, p));
  return CountYears(ctx, *p, from, until, from.year);
}

// Loads the patron, lets `change` edit it, saves it.
template <class Change>
Status EditPatron(OpContext& ctx, int64_t id, v1::Patron* p, Change change) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("patron_id", id));
  KITAP_RETURN_IF_ERROR(store::LoadPatron(ctx.db, id, p));
  KITAP_RETURN_IF_ERROR(change());
  return store::UpdatePatron(ctx.db, *p);
}

Status LoadPatronByKey(OpContext& ctx, const v1::GetPatronRequest& request,
                       v1::Patron* response) {
  switch (request.key_case()) {
    case v1::GetPatronRequest::kId:
      KITAP_RETURN_IF_ERROR(domain::ValidateId("id", request.id()));
      return store::LoadPatron(ctx.db, request.id(), response);
    case v1::GetPatronRequest::kCardNumber:
      KITAP_RETURN_IF_ERROR(domain::ValidateCardNumber(request.card_number()));
      return store::LoadPatronByCard(ctx.db, request.card_number(), response);
    default:
      return Status::InvalidArgument("KEY_REQUIRED",
                                     "give the patron's id or card_number");
  }
}

// A desk (and periodicals staff) sees what circulation needs of a reader,
// not their contact details or birth date.
void LimitToDeskView(const OpContext& ctx, v1::Patron* p) {
  if (!ctx.principal || (ctx.principal->role != auth::Role::kDesk &&
                         ctx.principal->role != auth::Role::kPeriodicals)) {
    return;
  }
  p->clear_phone();
  p->clear_email();
  p->clear_birth_date();
  p->clear_created_at();
}

}  // namespace

Status CreatePatron(OpContext& ctx, const v1::CreatePatronRequest& request,
                    v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, &at));
  KITAP_RETURN_IF_ERROR(
      RunOnce(ctx, "CreatePatron", request.request_id(), request, response,
              [&] { return DoCreatePatron(ctx, request, at, response); }));
  LimitToDeskView(ctx, response);
  return Status::Ok();
}

Status GetPatron(OpContext& ctx, const v1::GetPatronRequest& request,
                 v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(LoadPatronByKey(ctx, request, response));
  LimitToDeskView(ctx, response);
  return Status::Ok();
}

Status UpdatePatron(OpContext& ctx, const v1::UpdatePatronRequest& request,
                    v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(RunOnce(
      ctx, "UpdatePatron", request.request_id(), request, response, [&] {
        return EditPatron(ctx, request.patron().id(), response, [&] {
          KITAP_RETURN_IF_ERROR(
              ApplyMask(request.update_mask(),
                        {"full_name", "birth_date", "category", "phone",
                         "email", "home_library_id"},
                        request.patron(), response));
          return ValidateProfile(ctx, *response, Today(ctx, *response));
        });
      }));
  LimitToDeskView(ctx, response);
  return Status::Ok();
}

Status BlockPatron(OpContext& ctx, const v1::BlockPatronRequest& request,
                   v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("reason", request.reason(), kMaxBlockReason, true));
  return RunOnce(ctx, "BlockPatron", request.request_id(), request, response,
                 [&] {
                   return EditPatron(ctx, request.patron_id(), response, [&] {
                     response->set_blocked(true);
                     response->set_block_reason(request.reason());
                     return Status::Ok();
                   });
                 });
}

Status UnblockPatron(OpContext& ctx, const v1::UnblockPatronRequest& request,
                     v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  return RunOnce(ctx, "UnblockPatron", request.request_id(), request, response,
                 [&] {
                   return EditPatron(ctx, request.patron_id(), response, [&] {
                     response->set_blocked(false);
                     response->clear_block_reason();
                     return Status::Ok();
                   });
                 });
}

Status RenewRegistration(OpContext& ctx,
                         const v1::RenewRegistrationRequest& request,
                         v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, &at));
  KITAP_RETURN_IF_ERROR(RunOnce(
      ctx, "RenewRegistration", request.request_id(), request, response, [&] {
        return EditPatron(ctx, request.patron_id(), response, [&] {
          v1::Library home;
          KITAP_RETURN_IF_ERROR(
              store::LoadLibrary(ctx.db, response->home_library_id(), &home));
          domain::CivilDate today = LocalDay(home, at);
          domain::CivilDate until =
              IsUnset(request.expires_on())
                  ? domain::AddDays(today, ctx.policy.registration_days)
                  : FromProto(request.expires_on());
          domain::CivilDate old_until = FromProto(response->expires_on());
          if (until <= old_until) {
            return Status::InvalidArgument(
                "EXPIRY_NOT_LATER",
                "the new expiry date must be after the current one (" +
                    domain::FormatDate(old_until) + ")");
          }
          KITAP_RETURN_IF_ERROR(ValidateRegistration(today, until));
          ToProto(until, response->mutable_expires_on());
          return CountYears(ctx, *response, today, until, 0);
        });
      }));
  LimitToDeskView(ctx, response);
  return Status::Ok();
}

Status SearchPatrons(OpContext& ctx, const v1::SearchPatronsRequest& request,
                     v1::SearchPatronsResponse* response) {
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("query", request.query(), kMaxName, true));
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Patron> patrons;
  KITAP_RETURN_IF_ERROR(
      store::SearchPatrons(ctx.db, request.query(), request.home_library_id(),
                           page.after_id, page.limit, &patrons));
  int64_t last = patrons.empty() ? 0 : patrons.back().id();
  response->set_next_page_token(NextPageToken(page, patrons.size(), last));
  for (auto& p : patrons) {
    LimitToDeskView(ctx, &p);
    *response->add_patrons() = std::move(p);
  }
  return Status::Ok();
}

}  // namespace kitap::ops
