#include "server/ops/loan_actions.h"

#include <algorithm>

#include "server/core/convert.h"
#include "server/domain/circulation_rules.h"
#include "server/domain/civil_time.h"
#include "server/ops/common.h"
#include "server/store/activity_store.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"
#include "server/store/loan_store.h"

namespace kitap::ops {
namespace {

int AgeOn(const v1::Patron& patron, const domain::CivilDate& day) {
  return domain::AgeInYears(FromProto(patron.birth_date()), day);
}

domain::Micros DueAt(OpContext& ctx, const Desk& desk, domain::LoanType type,
                     const domain::CivilDate& from) {
  domain::CivilDate due =
      domain::DueDate(ctx.policy, desk.calendar, type, from);
  return domain::EndOfLocalDay(due, desk.library.time_zone());
}

}  // namespace

Status LoadDesk(db::Database& db, int64_t library_id, Desk* desk) {
  KITAP_RETURN_IF_ERROR(store::LoadLibrary(db, library_id, &desk->library));
  return store::LoadCalendar(db, library_id, &desk->calendar);
}

Status RequireInOperation(const Desk& desk, const domain::CivilDate& day) {
  const v1::Library& l = desk.library;
  if (!l.has_closed_on() || IsUnset(l.closed_on()) ||
      day <= FromProto(l.closed_on())) {
    return Status::Ok();
  }
  return Status::FailedPrecondition(
      "LIBRARY_CLOSED", "library " + std::to_string(l.id()) + " closed on " +
                            domain::FormatDate(FromProto(l.closed_on())));
}

Status OpenLoan(OpContext& ctx, const Desk& desk, const v1::Patron& patron,
                const store::ItemRow& item, domain::Micros at,
                std::optional<domain::Micros> closed_at,
                const std::string& note, v1::Loan* out) {
  domain::CivilDate day = LocalDay(desk.library, at);
  auto type = static_cast<domain::LoanType>(item.item.loan_type());
  store::NewLoan loan;
  loan.item_id = item.item.id();
  loan.patron_id = patron.id();
  loan.library_id = desk.library.id();
  loan.loaned_at = at;
  loan.due_at = DueAt(ctx, desk, type, day);
  loan.returned_at = closed_at;
  if (closed_at) loan.return_library_id = desk.library.id();
  loan.year = day.year;
  loan.age = AgeOn(patron, day);
  loan.category = patron.category();
  loan.subject = item.subject;
  loan.note = note;
  int64_t id = 0;
  KITAP_RETURN_IF_ERROR(store::InsertLoan(ctx.db, loan, &id));
  if (!closed_at) {
    // A lost or withdrawn item that is lent again (an offline journal can
    // record that) is back in the collection.
    if (item.removed_year) {
      KITAP_RETURN_IF_ERROR(store::Count(
          ctx.db,
          {*item.removed_year, item.item.library_id(), store::kHoldingsOut,
           store::kUnknownAge, 0, item.subject},
          -1));
    }
    KITAP_RETURN_IF_ERROR(
        store::SaveItemState(ctx.db, item.item.id(), v1::ITEM_STATUS_ON_LOAN,
                             desk.library.id(), std::nullopt));
  }
  KITAP_RETURN_IF_ERROR(
      store::Count(ctx.db, {loan.year, loan.library_id, store::kLoans, loan.age,
                            loan.category, loan.subject}));
  KITAP_RETURN_IF_ERROR(store::CountActivity(ctx.db, patron.id(), day.year));
  return store::LoadLoan(ctx.db, id, out);
}

Status ReturnLoan(OpContext& ctx, const Desk& desk, const store::ItemRow& item,
                  const v1::Loan& loan, domain::Micros at,
                  const std::string& note, v1::CheckInResponse* out) {
  KITAP_RETURN_IF_ERROR(
      store::CloseLoan(ctx.db, loan.id(), at, desk.library.id(), note));
  domain::ItemStatus status =
      domain::StatusAfterReturn(ItemStateOf(item.item), desk.library.id());
  KITAP_RETURN_IF_ERROR(store::SaveItemState(
      ctx.db, item.item.id(), static_cast<v1::ItemStatus>(status),
      desk.library.id(), item.removed_year));
  out->set_item_status(static_cast<v1::ItemStatus>(status));
  if (status == domain::ItemStatus::kInTransit) {
    out->set_transit_to_library_id(item.item.library_id());
  }
  return store::LoadLoan(ctx.db, loan.id(), out->mutable_loan());
}

Status RenewLoan(OpContext& ctx, const Desk& desk, const v1::Patron& patron,
                 const v1::Loan& loan, domain::Micros at, v1::Loan* out) {
  store::ItemRow item;
  KITAP_RETURN_IF_ERROR(store::LoadItem(ctx.db, loan.item_id(), &item));
  domain::CivilDate day = LocalDay(desk.library, at);
  auto type = static_cast<domain::LoanType>(item.item.loan_type());
  store::NewRenewal renewal;
  renewal.loan_id = loan.id();
  renewal.library_id = desk.library.id();
  renewal.occurred_at = at;
  // A renewal never shortens a loan.
  renewal.due_at =
      std::max(DueAt(ctx, desk, type, day), FromTimestamp(loan.due_at()));
  renewal.year = day.year;
  renewal.age = AgeOn(patron, day);
  renewal.category = patron.category();
  KITAP_RETURN_IF_ERROR(
      store::LoadLoanDims(ctx.db, loan.id(), &renewal.subject));
  KITAP_RETURN_IF_ERROR(store::InsertRenewal(ctx.db, renewal));
  KITAP_RETURN_IF_ERROR(
      store::Count(ctx.db, {renewal.year, renewal.library_id, store::kRenewals,
                            renewal.age, renewal.category, renewal.subject}));
  KITAP_RETURN_IF_ERROR(store::CountActivity(ctx.db, patron.id(), day.year));
  return store::LoadLoan(ctx.db, loan.id(), out);
}

Status CountVisit(OpContext& ctx, const Desk& desk, const v1::Patron* patron,
                  int count, domain::Micros at, v1::RecordVisitResponse* out) {
  domain::CivilDate day = LocalDay(desk.library, at);
  store::NewVisit visit;
  visit.library_id = desk.library.id();
  visit.occurred_at = at;
  visit.year = day.year;
  visit.count = count;
  if (patron) {
    visit.patron_id = patron->id();
    visit.age = AgeOn(*patron, day);
    visit.category = patron->category();
  }
  int64_t id = 0;
  KITAP_RETURN_IF_ERROR(store::InsertVisit(ctx.db, visit, &id));
  KITAP_RETURN_IF_ERROR(store::Count(
      ctx.db,
      {visit.year, visit.library_id, store::kVisits, visit.age, visit.category},
      count));
  out->set_visit_id(id);
  if (!patron) return Status::Ok();
  out->set_patron_id(patron->id());
  return store::CountActivity(ctx.db, patron->id(), day.year);
}

}  // namespace kitap::ops
