#include "server/ops/catalog_ops.h"

#include <vector>

#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/civil_time.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/ops/field_mask.h"
#include "server/ops/loan_actions.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"
#include "server/store/loan_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxTitle = 1000;
constexpr size_t kMaxAuthor = 300;
constexpr int kMaxAuthors = 50;

Status ValidateRecord(const v1::Record& r, int this_year) {
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("title", r.title(), kMaxTitle, true));
  if (r.authors_size() > kMaxAuthors) {
    return Status::InvalidArgument("TOO_MANY_AUTHORS", "at most 50 authors");
  }
  for (const std::string& author : r.authors()) {
    KITAP_RETURN_IF_ERROR(
        domain::ValidateText("authors", author, kMaxAuthor, true));
  }
  KITAP_RETURN_IF_ERROR(domain::ValidateIsbn(r.isbn()));
  KITAP_RETURN_IF_ERROR(domain::ValidateIssn(r.issn()));
  KITAP_RETURN_IF_ERROR(domain::ValidateLanguage(r.language()));
  if (r.year() != 0 && (r.year() < 1000 || r.year() > this_year + 1)) {
    return Status::InvalidArgument("YEAR_INVALID",
                                   "publication year is out of range");
  }
  if (!v1::Subject_IsValid(r.subject()) ||
      r.subject() == v1::SUBJECT_UNSPECIFIED) {
    return Status::InvalidArgument("SUBJECT_INVALID",
                                   "subject must be one of the fixed list");
  }
  return Status::Ok();
}

int ThisYear(OpContext& ctx) {
  return domain::LocalDate(ctx.now, "Asia/Almaty").year;
}

Status LoadItemFor(OpContext& ctx, const v1::ItemActionRequest& request,
                   Desk* desk, store::ItemRow* item, domain::Micros* at) {
  KITAP_RETURN_IF_ERROR(domain::ValidateBarcode(request.barcode()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", request.library_id()));
  KITAP_RETURN_IF_ERROR(OccurredAt(request.has_occurred_at(),
                                   request.occurred_at(), ctx.now, at));
  KITAP_RETURN_IF_ERROR(LoadDesk(ctx.db, request.library_id(), desk));
  return store::LoadItemByBarcode(ctx.db, request.barcode(), item);
}

Status RequireOwner(const store::ItemRow& item, int64_t library_id) {
  if (item.item.library_id() == library_id) return Status::Ok();
  return Status::FailedPrecondition(
      "ITEM_NOT_OWNED", "item " + item.item.barcode() + " belongs to library " +
                            std::to_string(item.item.library_id()));
}

// Takes the item out of the holdings in the local year of `at` (once: an
// item that already left them stays out).
Status LeaveHoldings(OpContext& ctx, const Desk& desk, store::ItemRow* item,
                     domain::Micros at) {
  if (item->removed_year) return Status::Ok();
  int year = LocalDay(desk.library, at).year;
  item->removed_year = year;
  return store::Count(ctx.db,
                      {year, item->item.library_id(), store::kHoldingsOut,
                       store::kUnknownAge, 0, item->subject});
}

// Runs an item action once per request_id and answers with the item.
template <class Action>
Status RunItemAction(OpContext& ctx, const char* method,
                     const v1::ItemActionRequest& request, v1::Item* response,
                     Action action) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  return RunOnce(ctx, method, request.request_id(), request, response, [&] {
    Desk desk;
    store::ItemRow item;
    domain::Micros at = 0;
    KITAP_RETURN_IF_ERROR(LoadItemFor(ctx, request, &desk, &item, &at));
    KITAP_RETURN_IF_ERROR(action(desk, item, at));
    store::ItemRow saved;
    KITAP_RETURN_IF_ERROR(store::LoadItem(ctx.db, item.item.id(), &saved));
    *response = saved.item;
    return Status::Ok();
  });
}

Status StatusRefusal(const store::ItemRow& item) {
  switch (item.item.status()) {
    case v1::ITEM_STATUS_ON_LOAN:
      return Status::FailedPrecondition(
          "ITEM_ON_LOAN", "item " + item.item.barcode() + " is on loan");
    case v1::ITEM_STATUS_WITHDRAWN:
      return Status::FailedPrecondition(
          "ITEM_WITHDRAWN", "item " + item.item.barcode() + " is withdrawn");
    case v1::ITEM_STATUS_LOST:
      return Status::FailedPrecondition(
          "ITEM_LOST", "item " + item.item.barcode() + " is marked lost");
    default:
      return Status::FailedPrecondition(
          "ITEM_NOT_IN_TRANSIT",
          "item " + item.item.barcode() + " is not in transit");
  }
}

}  // namespace

Status CreateRecord(OpContext& ctx, const v1::CreateRecordRequest& request,
                    v1::Record* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  return RunOnce(
      ctx, "CreateRecord", request.request_id(), request, response, [&] {
        *response = request.record();
        response->set_id(0);
        KITAP_RETURN_IF_ERROR(ValidateRecord(*response, ThisYear(ctx)));
        return store::InsertRecord(ctx.db, response);
      });
}

Status GetRecord(OpContext& ctx, const v1::GetRecordRequest& request,
                 v1::Record* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("id", request.id()));
  return store::LoadRecord(ctx.db, request.id(), response);
}

Status ListRecords(OpContext& ctx, const v1::ListRecordsRequest& request,
                   v1::ListRecordsResponse* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateText(
      "title_prefix", request.title_prefix(), kMaxTitle, false));
  KITAP_RETURN_IF_ERROR(domain::ValidateIsbn(request.isbn()));
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Record> records;
  KITAP_RETURN_IF_ERROR(store::ListRecords(
      ctx.db, request.title_prefix(), request.isbn(), request.subject(),
      page.after_id, page.limit, &records));
  int64_t last = records.empty() ? 0 : records.back().id();
  response->set_next_page_token(NextPageToken(page, records.size(), last));
  for (auto& r : records) *response->add_records() = std::move(r);
  return Status::Ok();
}

Status UpdateRecord(OpContext& ctx, const v1::UpdateRecordRequest& request,
                    v1::Record* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("record.id", request.record().id()));
  return RunOnce(
      ctx, "UpdateRecord", request.request_id(), request, response, [&] {
        KITAP_RETURN_IF_ERROR(
            store::LoadRecord(ctx.db, request.record().id(), response));
        v1::Subject old_subject = response->subject();
        KITAP_RETURN_IF_ERROR(ApplyMask(
            request.update_mask(),
            {"title", "authors", "isbn", "issn", "language", "year", "subject"},
            request.record(), response));
        KITAP_RETURN_IF_ERROR(ValidateRecord(*response, ThisYear(ctx)));
        int items = 0;
        KITAP_RETURN_IF_ERROR(
            store::CountItemsOfRecord(ctx.db, response->id(), &items));
        // Holdings and loans were counted under the subject; keep them true.
        if (response->subject() != old_subject && items > 0) {
          return Status::FailedPrecondition(
              "SUBJECT_FIXED",
              "the subject of a record with items cannot change");
        }
        return store::UpdateRecord(ctx.db, *response);
      });
}

Status CreateItem(OpContext& ctx, const v1::CreateItemRequest& request,
                  v1::Item* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  const v1::Item& in = request.item();
  KITAP_RETURN_IF_ERROR(domain::ValidateBarcode(in.barcode()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("record_id", in.record_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("library_id", in.library_id()));
  if (!v1::LoanType_IsValid(in.loan_type()) ||
      in.loan_type() == v1::LOAN_TYPE_UNSPECIFIED) {
    return Status::InvalidArgument("LOAN_TYPE_INVALID",
                                   "loan_type must be normal, short or "
                                   "reading room");
  }
  return RunOnce(
      ctx, "CreateItem", request.request_id(), request, response, [&] {
        v1::Record record;
        KITAP_RETURN_IF_ERROR(
            store::LoadRecord(ctx.db, in.record_id(), &record));
        v1::Library library;
        KITAP_RETURN_IF_ERROR(
            store::LoadLibrary(ctx.db, in.library_id(), &library));
        *response = in;
        response->set_id(0);
        response->set_status(v1::ITEM_STATUS_AVAILABLE);
        response->set_location_library_id(in.library_id());
        if (IsUnset(in.acquired_on())) {
          ToProto(LocalDay(library, ctx.now), response->mutable_acquired_on());
        }
        domain::CivilDate acquired = FromProto(response->acquired_on());
        KITAP_RETURN_IF_ERROR(domain::ValidateDate("acquired_on", acquired));
        KITAP_RETURN_IF_ERROR(
            store::InsertItem(ctx.db, response, acquired.year));
        return store::Count(ctx.db,
                            {acquired.year, in.library_id(), store::kHoldingsIn,
                             store::kUnknownAge, 0, record.subject()});
      });
}

Status GetItem(OpContext& ctx, const v1::GetItemRequest& request,
               v1::Item* response) {
  store::ItemRow row;
  switch (request.key_case()) {
    case v1::GetItemRequest::kId:
      KITAP_RETURN_IF_ERROR(domain::ValidateId("id", request.id()));
      KITAP_RETURN_IF_ERROR(store::LoadItem(ctx.db, request.id(), &row));
      break;
    case v1::GetItemRequest::kBarcode:
      KITAP_RETURN_IF_ERROR(domain::ValidateBarcode(request.barcode()));
      KITAP_RETURN_IF_ERROR(
          store::LoadItemByBarcode(ctx.db, request.barcode(), &row));
      break;
    default:
      return Status::InvalidArgument("KEY_REQUIRED",
                                     "give the item's id or barcode");
  }
  *response = row.item;
  return Status::Ok();
}

Status ListItems(OpContext& ctx, const v1::ListItemsRequest& request,
                 v1::ListItemsResponse* response) {
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Item> items;
  KITAP_RETURN_IF_ERROR(store::ListItems(ctx.db, request.record_id(),
                                         request.library_id(), request.status(),
                                         page.after_id, page.limit, &items));
  int64_t last = items.empty() ? 0 : items.back().id();
  response->set_next_page_token(NextPageToken(page, items.size(), last));
  for (auto& i : items) *response->add_items() = std::move(i);
  return Status::Ok();
}

Status WithdrawItem(OpContext& ctx, const v1::ItemActionRequest& request,
                    v1::Item* response) {
  return RunItemAction(
      ctx, "WithdrawItem", request, response,
      [&](const Desk& desk, store::ItemRow& item, domain::Micros at) {
        KITAP_RETURN_IF_ERROR(RequireOwner(item, desk.library.id()));
        auto status = item.item.status();
        if (status == v1::ITEM_STATUS_ON_LOAN ||
            status == v1::ITEM_STATUS_WITHDRAWN) {
          return StatusRefusal(item);
        }
        KITAP_RETURN_IF_ERROR(LeaveHoldings(ctx, desk, &item, at));
        return store::SaveItemState(
            ctx.db, item.item.id(), v1::ITEM_STATUS_WITHDRAWN,
            item.item.location_library_id(), item.removed_year);
      });
}

Status MarkItemLost(OpContext& ctx, const v1::ItemActionRequest& request,
                    v1::Item* response) {
  return RunItemAction(
      ctx, "MarkItemLost", request, response,
      [&](const Desk& desk, store::ItemRow& item, domain::Micros at) {
        KITAP_RETURN_IF_ERROR(RequireOwner(item, desk.library.id()));
        auto status = item.item.status();
        if (status == v1::ITEM_STATUS_LOST ||
            status == v1::ITEM_STATUS_WITHDRAWN) {
          return StatusRefusal(item);
        }
        v1::Loan loan;
        bool on_loan = false;
        KITAP_RETURN_IF_ERROR(
            store::LoadOpenLoan(ctx.db, item.item.id(), &loan, &on_loan));
        if (on_loan) {  // the reader lost it: the loan ends here
          KITAP_RETURN_IF_ERROR(store::CloseLoan(ctx.db, loan.id(), at,
                                                 desk.library.id(), "LOST"));
        }
        KITAP_RETURN_IF_ERROR(LeaveHoldings(ctx, desk, &item, at));
        return store::SaveItemState(
            ctx.db, item.item.id(), v1::ITEM_STATUS_LOST,
            item.item.location_library_id(), item.removed_year);
      });
}

Status ReceiveItem(OpContext& ctx, const v1::ItemActionRequest& request,
                   v1::Item* response) {
  return RunItemAction(
      ctx, "ReceiveItem", request, response,
      [&](const Desk& desk, store::ItemRow& item, domain::Micros) {
        if (item.item.status() != v1::ITEM_STATUS_IN_TRANSIT) {
          return StatusRefusal(item);
        }
        KITAP_RETURN_IF_ERROR(RequireOwner(item, desk.library.id()));
        return store::SaveItemState(ctx.db, item.item.id(),
                                    v1::ITEM_STATUS_AVAILABLE,
                                    desk.library.id(), item.removed_year);
      });
}

}  // namespace kitap::ops
