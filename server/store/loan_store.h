// Loans and renewals.
#ifndef KITAP_SERVER_STORE_LOAN_STORE_H_
#define KITAP_SERVER_STORE_LOAN_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/circulation.pb.h"
#include "server/domain/types.h"

namespace kitap::store {

// A new loan row with the statistical dimensions it is counted under.
struct NewLoan {
  int64_t item_id = 0;
  int64_t patron_id = 0;
  int64_t library_id = 0;
  domain::Micros loaned_at = 0;
  domain::Micros due_at = 0;
  std::optional<domain::Micros> returned_at;  // set for a closed loan
  std::optional<int64_t> return_library_id;
  int year = 0;
  int age = 0;
  int category = 0;
  int subject = 0;
  std::string note;
};

// The open loan of an item, as the API shows it; *found says whether there
// is one.
Status LoadOpenLoan(db::Database& db, int64_t item_id, v1::Loan* out,
                    bool* found);
Status LoadLoan(db::Database& db, int64_t loan_id, v1::Loan* out);
// The latest moment any loan of the item began or ended (nullopt: never
// lent).
Status LastLoanActivity(db::Database& db, int64_t item_id,
                        std::optional<domain::Micros>* at);
// The start of the item's first loan that began after `after`, if any.
Status NextLoanStart(db::Database& db, int64_t item_id, domain::Micros after,
                     std::optional<domain::Micros>* start);
Status InsertLoan(db::Database& db, const NewLoan& loan, int64_t* id);
Status CloseLoan(db::Database& db, int64_t loan_id, domain::Micros returned_at,
                 int64_t return_library_id, const std::string& note);

struct NewRenewal {
  int64_t loan_id = 0;
  int64_t library_id = 0;
  domain::Micros occurred_at = 0;
  domain::Micros due_at = 0;
  int year = 0;
  int age = 0;
  int category = 0;
  int subject = 0;
};
// Records the renewal and moves the loan's due date.
Status InsertRenewal(db::Database& db, const NewRenewal& renewal);
// The statistical dimensions of a loan (to count its renewals alike).
Status LoadLoanDims(db::Database& db, int64_t loan_id, int* subject);

enum class LoanFilter { kPatron, kItem, kOverdueAtLibrary };
// Loans in id order (newest first for patron and item), after `after_id`
// (0: from the start). `now` decides "overdue".
Status ListLoans(db::Database& db, LoanFilter filter, int64_t key_id,
                 const std::string& key_text, bool open_only,
                 domain::Micros now, int64_t after_id, int limit,
                 std::vector<v1::Loan>* out);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_LOAN_STORE_H_
