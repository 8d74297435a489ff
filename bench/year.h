// The year of events, day by day: each open library's loans, card scans and
// gate counts, periodical requests and events, plus the renewals and
// returns that earlier loans planned, emitted in the order they happened.
// Loans respect what the server checks: the item is free, loanable and
// already acquired; the reader is registered by then and under the loan
// limit; renewals come before the due date.
#ifndef KITAP_BENCH_YEAR_H_
#define KITAP_BENCH_YEAR_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "bench/apportion.h"
#include "bench/loan_plan.h"
#include "bench/records.h"
#include "bench/rng.h"
#include "bench/world.h"

namespace kitap::gen {

class YearSimulator {
 public:
  // `world` and the sinks must outlive the simulator.
  YearSimulator(const World& world, std::vector<Sink*> sinks);

  // Emits the whole year. `on_day(days_done, events_emitted)` runs after
  // each day.
  Status Run(const std::function<void(int, int64_t)>& on_day);

  int days() const { return last_day_ - first_day_ + 1; }
  // Loans, scans or requests that found no reader or item by the end of
  // the year (0 for any sane scale; reported, never hidden).
  int64_t unplaced() const { return unplaced_; }

 private:
  // Per library: how its yearly totals are dealt out over the days, and
  // where its subject and age-group sequences stand.
  struct Desk {
    Dealer loans, visits, gates, requests, events;
    double subject_position = 0;
    double group_position = 0;
  };
  struct PlannedLoan {
    When when;
    int64_t item = 0;
    int32_t patron = 0;
    int subject = 0;
    LoanPlan plan;
  };
  // A renewal (renewal >= 0) or return (renewal -1) due on a later day.
  struct Pending {
    When when;
    int64_t loan = 0;
    int64_t item = 0;
    int32_t patron = 0;
    int subject = 0;
    int renewal = -1;
    domain::Micros due_at = 0;
  };
  // Everything that happens on one day.
  struct Day {
    std::vector<PlannedLoan> loans;
    std::vector<Pending> pending;
    std::vector<Visit> visits;
    std::vector<IssueRequest> requests;
    std::vector<LibraryEvent> events;
  };

  void DealTotals();
  void Simulate(int32_t library, int32_t day, Day* out);
  void AddLoans(int32_t library, const When& day, int64_t n, Day* out);
  void AddVisits(int32_t library, const When& day, int64_t n, Day* out);
  void AddGateCount(int32_t library, const When& day, int64_t n, Day* out);
  void AddRequests(int32_t library, const When& day, int64_t n, Day* out);
  void AddEvents(int32_t library, const When& day, int64_t n, Day* out);
  Status Emit(Day& day, int64_t* events);
  Status EmitLoan(const PlannedLoan& loan);
  Status EmitPending(const Pending& pending);

  // A reader of `library` registered by `day`, drawn by activity; of age
  // `group` when >= 0 (else any); under the loan limit when `borrowing`.
  // -1 if there is none.
  int32_t PickPatron(int32_t library, int32_t day, int group, bool borrowing);
  // The reader comes at all and, when `borrowing`, is under the limit.
  bool Borrows(int32_t patron, bool borrowing) const;
  // A free, loanable item of `library` acquired by `day`, of `subject` if
  // any is; -1 if there is none.
  int64_t PickItem(int32_t library, int subject, int32_t day);
  bool Loanable(int64_t item, int32_t library, int32_t day) const;
  When At(int32_t library, int32_t day);

  const World& world_;
  std::vector<Sink*> sinks_;
  const int32_t first_day_;
  const int32_t last_day_;
  Rng rng_;
  Spread subjects_;
  std::vector<Spread> age_mixes_;  // by library
  std::vector<Desk> desks_;
  // First day (offset in the year) each item is free; kNever while out.
  std::vector<uint16_t> item_free_;
  std::vector<uint8_t> open_loans_;          // by reader
  std::vector<std::vector<Pending>> later_;  // by day offset
  int64_t next_loan_ = 0;
  int64_t next_visit_ = 0;
  int64_t next_request_ = 0;
  int64_t next_event_ = 0;
  int64_t unplaced_ = 0;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_YEAR_H_
