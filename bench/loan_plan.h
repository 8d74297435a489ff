// The life of one loan, decided when it starts: renewals on open days
// before it falls due, then a return on time or late, or none yet at the
// end of the year. Plans keep the server's default policy (domain::Policy):
// a renewal comes while the loan is not overdue and at most twice.
#ifndef KITAP_BENCH_LOAN_PLAN_H_
#define KITAP_BENCH_LOAN_PLAN_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "bench/rng.h"
#include "kitap/v1/common.pb.h"
#include "server/domain/policy.h"

namespace kitap::gen {

struct PlannedRenewal {
  int32_t day = 0;      // day number, an open day of the library
  int32_t due_day = 0;  // the due date it sets
};

struct LoanPlan {
  int32_t due_day = 0;  // the due date of the check-out
  std::vector<PlannedRenewal> renewals;
  std::optional<int32_t> return_day;  // nullopt: out past `last_day`
};

// Plans a loan of an item of `type` (normal or short) that starts on open
// day `day` at a library with `calendar`. Nothing is planned after
// `last_day`; every planned day is after the one before it.
LoanPlan PlanLoan(const domain::Calendar& calendar, v1::LoanType type,
                  int32_t day, int32_t last_day, Rng& rng);

// The due date of a loan or renewal on `day`, as the server computes it.
int32_t DueDay(const domain::Calendar& calendar, v1::LoanType type,
               int32_t day);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_LOAN_PLAN_H_
