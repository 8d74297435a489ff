// The circulation rules as pure functions. Each returns OK or a refusal
// Status with the stable reason of docs/errors.md.
#ifndef KITAP_SERVER_DOMAIN_CIRCULATION_RULES_H_
#define KITAP_SERVER_DOMAIN_CIRCULATION_RULES_H_

#include <cstdint>

#include "db/status.h"
#include "server/domain/policy.h"
#include "server/domain/types.h"

namespace kitap::domain {

// May `patron` borrow at all on `today`? Refusals (FAILED_PRECONDITION):
// PATRON_BLOCKED, PATRON_EXPIRED.
Status CheckPatronInGoodStanding(const PatronState& patron,
                                 const CivilDate& today);

// May `patron` take `item` home on `today`? Checks, in order: the item's
// status (ITEM_ALREADY_ON_LOAN, ITEM_IN_TRANSIT, ITEM_LOST, ITEM_WITHDRAWN),
// its loan type (ITEM_READING_ROOM_ONLY), the patron's standing
// (PATRON_BLOCKED, PATRON_EXPIRED) and the loan limit (LOAN_LIMIT_REACHED).
// An item whose status or loan type is kUnspecified (or out of range) is
// INTERNAL / ITEM_STATE_INVALID: storage holds something it never should.
Status CheckOutAllowed(const Policy& policy, const PatronState& patron,
                       const ItemState& item, const CivilDate& today);

// The due date of a loan that starts on `loan_day`: the loan period later,
// moved forward to the next day `calendar` is open (searching at most a
// year; if the library is never open, the unmoved date).
CivilDate DueDate(const Policy& policy, const Calendar& calendar, LoanType type,
                  const CivilDate& loan_day);

// May `loan` be renewed on `today` (`now` is the current instant)?
// Refusals: RENEWAL_LIMIT_REACHED, LOAN_OVERDUE, PATRON_BLOCKED,
// PATRON_EXPIRED.
Status RenewAllowed(const Policy& policy, const PatronState& patron,
                    const OpenLoan& loan, Micros now, const CivilDate& today);

// Where an item goes when it is returned at `return_library_id`: AVAILABLE
// at its owner, IN_TRANSIT back to the owner anywhere else.
ItemStatus StatusAfterReturn(const ItemState& item, int64_t return_library_id);

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_CIRCULATION_RULES_H_
