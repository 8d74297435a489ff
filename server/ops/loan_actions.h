// The building blocks of circulation, shared by the live RPCs and the
// offline journal: each changes the rows, the item and the counters of one
// action together. Rules are checked by the callers (the live RPCs refuse,
// the journal settles conflicts); these only carry out.
#ifndef KITAP_SERVER_OPS_LOAN_ACTIONS_H_
#define KITAP_SERVER_OPS_LOAN_ACTIONS_H_

#include <optional>
#include <string>

#include "kitap/v1/circulation.pb.h"
#include "kitap/v1/directory.pb.h"
#include "kitap/v1/patrons.pb.h"
#include "server/core/engine.h"
#include "server/domain/policy.h"
#include "server/store/catalog_store.h"

namespace kitap::ops {

// The library where an action happens, with its calendar.
struct Desk {
  v1::Library library;
  domain::Calendar calendar;
};
Status LoadDesk(db::Database& db, int64_t library_id, Desk* desk);
// Refuses (FAILED_PRECONDITION/LIBRARY_CLOSED) live actions at a library
// whose closed_on date is before `day`: it is no longer in operation.
Status RequireInOperation(const Desk& desk, const domain::CivilDate& day);

// Opens a loan of `item` to `patron` at `at`, due per policy and the desk's
// calendar, and counts it (loans, active user). With `closed_at` the loan
// is recorded as already returned then and the item is left as it is.
Status OpenLoan(OpContext& ctx, const Desk& desk, const v1::Patron& patron,
                const store::ItemRow& item, domain::Micros at,
                std::optional<domain::Micros> closed_at,
                const std::string& note, v1::Loan* out);

// Closes `loan` of `item` at `at` at the desk; the item becomes available
// there or goes in transit to its owner.
Status ReturnLoan(OpContext& ctx, const Desk& desk, const store::ItemRow& item,
                  const v1::Loan& loan, domain::Micros at,
                  const std::string& note, v1::CheckInResponse* out);

// Renews `loan` of `patron` at `at` and counts the renewal.
Status RenewLoan(OpContext& ctx, const Desk& desk, const v1::Patron& patron,
                 const v1::Loan& loan, domain::Micros at, v1::Loan* out);

// Records a visit: of `patron`, or (nullptr) an anonymous count.
Status CountVisit(OpContext& ctx, const Desk& desk, const v1::Patron* patron,
                  int count, domain::Micros at, v1::RecordVisitResponse* out);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_LOAN_ACTIONS_H_
