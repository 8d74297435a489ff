// YearSimulator: drawing readers and items that the server will accept.
#include <algorithm>

#include "bench/year.h"
#include "server/domain/policy.h"

namespace kitap::gen {
namespace {

constexpr int kTries = 32;
// How far a scan looks past random draws before trying another subject.
constexpr int64_t kScanLimit = 4096;

int LoanLimit(uint8_t category) {
  static const domain::Policy kPolicy;
  return kPolicy.LoanLimit(static_cast<domain::PatronCategory>(category));
}

}  // namespace

bool YearSimulator::Borrows(int32_t patron, bool borrowing) const {
  const PatronCore& p = world_.patron(patron);
  if (p.activity == 0) return false;
  if (borrowing && open_loans_[patron] >= LoanLimit(p.category)) return false;
  return true;
}

int32_t YearSimulator::PickPatron(int32_t library, int32_t day, int group,
                                  bool borrowing) {
  const LibrarySlice& slice = world_.slice(library);
  if (group >= 0 && !slice.by_group[group].empty()) {
    const auto& pool = slice.by_group[group];
    for (int t = 0; t < kTries; ++t) {
      int32_t p = pool[rng_.Below(pool.size())];
      const PatronCore& core = world_.patron(p);
      bool registered = core.cohort != Cohort::kNew || core.registered <= day;
      if (registered && rng_.Below(kMaxActivity) < core.activity &&
          Borrows(p, borrowing)) {
        return p;
      }
    }
  }
  int32_t n = world_.EligibleCount(library, day);
  if (n == 0) return -1;
  for (int t = 0; t < kTries; ++t) {
    int32_t p = slice.first_patron + static_cast<int32_t>(rng_.Below(n));
    if (rng_.Below(kMaxActivity) < world_.patron(p).activity &&
        Borrows(p, borrowing)) {
      return p;
    }
  }
  auto start = static_cast<int32_t>(rng_.Below(n));
  for (int32_t k = 0; k < n; ++k) {
    int32_t p = slice.first_patron + (start + k) % n;
    if (Borrows(p, borrowing)) return p;
  }
  return -1;
}

bool YearSimulator::Loanable(int64_t item, int32_t library, int32_t day) const {
  return item_free_[item] <= day - first_day_ &&
         world_.ItemLoanType(item, library) != v1::LOAN_TYPE_READING_ROOM &&
         world_.ItemAcquiredDay(item) <= day;
}

int64_t YearSimulator::PickItem(int32_t library, int subject, int32_t day) {
  const LibrarySlice& slice = world_.slice(library);
  for (int k = 0; k < kSubjects; ++k) {
    int s = (subject + k) % kSubjects;
    int64_t begin = slice.subject_start[s];
    int64_t n = slice.subject_start[s + 1] - begin;
    if (n <= 0) continue;
    for (int t = 0; t < kTries; ++t) {
      int64_t item = begin + static_cast<int64_t>(rng_.Below(n));
      if (Loanable(item, library, day)) return item;
    }
    int64_t start = static_cast<int64_t>(rng_.Below(n));
    for (int64_t j = 0; j < std::min(n, kScanLimit); ++j) {
      int64_t item = begin + (start + j) % n;
      if (Loanable(item, library, day)) return item;
    }
  }
  return -1;
}

}  // namespace kitap::gen
