#include "server/ops/circulation_ops.h"

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/circulation_rules.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/ops/loan_actions.h"
#include "server/store/loan_store.h"
#include "server/store/patron_store.h"

namespace kitap::ops {
namespace {

constexpr int kMaxGateCount = 100000;

Status ItemNotOnLoan(const std::string& barcode) {
  return Status::FailedPrecondition("ITEM_NOT_ON_LOAN",
                                    "item " + barcode + " is not on loan");
}

// Live actions happen in time order: nothing may be dated before the loan
// it acts on began.
Status RequireAfterLoanStart(const v1::Loan& loan, domain::Micros at) {
  if (at >= FromTimestamp(loan.loaned_at())) return Status::Ok();
  return Status::FailedPrecondition(
      "OCCURRED_BEFORE_LOAN",
      "occurred_at is before the loan of " + loan.item_barcode() + " began");
}

// A check-out may not be dated before the item's last loan began or ended:
// loans of one item never overlap.
Status RequireAfterItemHistory(OpContext& ctx, const store::ItemRow& item,
                               domain::Micros at) {
  std::optional<domain::Micros> last;
  KITAP_RETURN_IF_ERROR(store::LastLoanActivity(ctx.db, item.item.id(), &last));
  if (!last || at >= *last) return Status::Ok();
  return Status::FailedPrecondition("OCCURRED_BEFORE_LAST_LOAN",
                                    "occurred_at is before the last loan of " +
                                        item.item.barcode() + " ended");
}

// Loads the item's open loan, or refuses with ITEM_NOT_ON_LOAN.
Status LoadOpenLoanOf(OpContext& ctx, const store::ItemRow& item,
                      v1::Loan* loan) {
  bool found = false;
  KITAP_RETURN_IF_ERROR(
      store::LoadOpenLoan(ctx.db, item.item.id(), loan, &found));
  return found ? Status::Ok() : ItemNotOnLoan(item.item.barcode());
}

Status DoCheckOut(OpContext& ctx, const v1::CheckOutRequest& request,
                  domain::Micros at, v1::CheckOutResponse* response) {
  Desk desk;
  KITAP_RETURN_IF_ERROR(LoadDesk(ctx.db, request.library_id(), &desk));
  v1::Patron patron;
  KITAP_RETURN_IF_ERROR(
      store::LoadPatronByCard(ctx.db, request.card_number(), &patron));
  store::ItemRow item;
  KITAP_RETURN_IF_ERROR(
      store::LoadItemByBarcode(ctx.db, request.item_barcode(), &item));
  KITAP_RETURN_IF_ERROR(RequireInOperation(desk, LocalDay(desk.library, at)));
  int open_loans = 0;
  KITAP_RETURN_IF_ERROR(
      store::CountOpenLoans(ctx.db, patron.id(), &open_loans));
  KITAP_RETURN_IF_ERROR(domain::CheckOutAllowed(
      ctx.policy, PatronStateOf(patron, open_loans), ItemStateOf(item.item),
      LocalDay(desk.library, at)));
  KITAP_RETURN_IF_ERROR(RequireAfterItemHistory(ctx, item, at));
  return OpenLoan(ctx, desk, patron, item, at, std::nullopt, "",
                  response->mutable_loan());
}

// What a check-in or renewal acts on: the desk, the item and its open loan,
// which must have begun by `at`.
struct LoanAtDesk {
  Desk desk;
  store::ItemRow item;
  v1::Loan loan;
};

template <class Request>
Status LoadLoanAtDesk(OpContext& ctx, const Request& request, domain::Micros at,
                      LoanAtDesk* out) {
  KITAP_RETURN_IF_ERROR(LoadDesk(ctx.db, request.library_id(), &out->desk));
  KITAP_RETURN_IF_ERROR(
      store::LoadItemByBarcode(ctx.db, request.item_barcode(), &out->item));
  KITAP_RETURN_IF_ERROR(LoadOpenLoanOf(ctx, out->item, &out->loan));
  return RequireAfterLoanStart(out->loan, at);
}

Status DoCheckIn(OpContext& ctx, const v1::CheckInRequest& request,
                 domain::Micros at, v1::CheckInResponse* response) {
  LoanAtDesk l;
  KITAP_RETURN_IF_ERROR(LoadLoanAtDesk(ctx, request, at, &l));
  return ReturnLoan(ctx, l.desk, l.item, l.loan, at, "", response);
}

Status DoRenew(OpContext& ctx, const v1::RenewRequest& request,
               domain::Micros at, v1::RenewResponse* response) {
  LoanAtDesk l;
  KITAP_RETURN_IF_ERROR(LoadLoanAtDesk(ctx, request, at, &l));
  const Desk& desk = l.desk;
  const v1::Loan& loan = l.loan;
  v1::Patron patron;
  KITAP_RETURN_IF_ERROR(store::LoadPatron(ctx.db, loan.patron_id(), &patron));
  KITAP_RETURN_IF_ERROR(RequireInOperation(desk, LocalDay(desk.library, at)));
  domain::OpenLoan open{loan.id(), loan.patron_id(),
                        FromTimestamp(loan.loaned_at()),
                        FromTimestamp(loan.due_at()), loan.renewals()};
  KITAP_RETURN_IF_ERROR(domain::RenewAllowed(ctx.policy,
                                             PatronStateOf(patron, 0), open, at,
                                             LocalDay(desk.library, at)));
  return RenewLoan(ctx, desk, patron, loan, at, response->mutable_loan());
}

Status DoRecordVisit(OpContext& ctx, const v1::RecordVisitRequest& request,
                     domain::Micros at, v1::RecordVisitResponse* response) {
  Desk desk;
  KITAP_RETURN_IF_ERROR(LoadDesk(ctx.db, request.library_id(), &desk));
  KITAP_RETURN_IF_ERROR(RequireInOperation(desk, LocalDay(desk.library, at)));
  if (request.card_number().empty()) {
    int count = request.count() == 0 ? 1 : request.count();
    return CountVisit(ctx, desk, nullptr, count, at, response);
  }
  v1::Patron patron;
  KITAP_RETURN_IF_ERROR(
      store::LoadPatronByCard(ctx.db, request.card_number(), &patron));
  return CountVisit(ctx, desk, &patron, 1, at, response);
}

// Validation, the time of the event, then the action once per request_id.
template <class Request, class Response, class Action>
Status RunCirculation(OpContext& ctx, const char* method,
                      const Request& request, Response* response,
                      Status (*validate)(const Request&), Action action) {
  KITAP_RETURN_IF_ERROR(validate(request));
  domain::Micros at = 0;
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, &at));
  return RunOnce(ctx, method, request.request_id(), request, response,
                 [&] { return action(ctx, request, at, response); });
}

}  // namespace

Status ValidateCheckOut(const v1::CheckOutRequest& r) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(r.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", r.library_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateCardNumber(r.card_number()));
  return domain::ValidateBarcode(r.item_barcode());
}

Status ValidateCheckIn(const v1::CheckInRequest& r) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(r.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", r.library_id()));
  return domain::ValidateBarcode(r.item_barcode());
}

Status ValidateRenew(const v1::RenewRequest& r) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(r.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", r.library_id()));
  return domain::ValidateBarcode(r.item_barcode());
}

Status ValidateRecordVisit(const v1::RecordVisitRequest& r) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(r.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", r.library_id()));
  if (!r.card_number().empty()) {
    KITAP_RETURN_IF_ERROR(domain::ValidateCardNumber(r.card_number()));
    if (r.count() > 1) {
      return Status::InvalidArgument("VISIT_COUNT_WITH_CARD",
                                     "a patron scan counts one visit; send "
                                     "count only for anonymous gate counts");
    }
  }
  if (r.count() < 0 || r.count() > kMaxGateCount) {
    return Status::InvalidArgument(
        "VISIT_COUNT_INVALID",
        "count must be between 1 and " + std::to_string(kMaxGateCount));
  }
  return Status::Ok();
}

Status CheckOut(OpContext& ctx, const v1::CheckOutRequest& request,
                v1::CheckOutResponse* response) {
  return RunCirculation(ctx, "CheckOut", request, response, &ValidateCheckOut,
                        DoCheckOut);
}

Status CheckIn(OpContext& ctx, const v1::CheckInRequest& request,
               v1::CheckInResponse* response) {
  return RunCirculation(ctx, "CheckIn", request, response, &ValidateCheckIn,
                        DoCheckIn);
}

Status Renew(OpContext& ctx, const v1::RenewRequest& request,
             v1::RenewResponse* response) {
  return RunCirculation(ctx, "Renew", request, response, &ValidateRenew,
                        DoRenew);
}

Status RecordVisit(OpContext& ctx, const v1::RecordVisitRequest& request,
                   v1::RecordVisitResponse* response) {
  return RunCirculation(ctx, "RecordVisit", request, response,
                        &ValidateRecordVisit, DoRecordVisit);
}

Status ListLoans(OpContext& ctx, const v1::ListLoansRequest& request,
                 v1::ListLoansResponse* response) {
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  store::LoanFilter filter;
  int64_t key_id = 0;
  switch (request.filter_case()) {
    case v1::ListLoansRequest::kPatronId:
      filter = store::LoanFilter::kPatron;
      key_id = request.patron_id();
      break;
    case v1::ListLoansRequest::kItemBarcode:
      filter = store::LoanFilter::kItem;
      KITAP_RETURN_IF_ERROR(domain::ValidateBarcode(request.item_barcode()));
      break;
    case v1::ListLoansRequest::kOverdueAtLibrary:
      filter = store::LoanFilter::kOverdueAtLibrary;
      key_id = request.overdue_at_library();
      break;
    default:
      return Status::InvalidArgument(
          "FILTER_REQUIRED",
          "give patron_id, item_barcode or overdue_at_library");
  }
  if (filter != store::LoanFilter::kItem) {
    KITAP_RETURN_IF_ERROR(domain::ValidateId("filter id", key_id));
  }
  std::vector<v1::Loan> loans;
  KITAP_RETURN_IF_ERROR(store::ListLoans(
      ctx.db, filter, key_id, request.item_barcode(), request.open_only(),
      ctx.now, page.after_id, page.limit, &loans));
  for (auto& loan : loans) *response->add_loans() = std::move(loan);
  int64_t last = loans.empty() ? 0 : response->loans().rbegin()->id();
  response->set_next_page_token(NextPageToken(page, loans.size(), last));
  return Status::Ok();
}

}  // namespace kitap::ops
