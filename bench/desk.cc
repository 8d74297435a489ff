#include "bench/desk.h"

#include <numeric>
#include <utility>

namespace kitap::bench {

const char* KindName(Kind kind) {
  static constexpr const char* kNames[kKinds] = {
      "ping", "lookup", "check_out", "check_in", "renew", "visit"};
  return kNames[static_cast<int>(kind)];
}

Mix DeskMix() { return {0, 20, 30, 27, 8, 15}; }

Mix Only(Kind kind) {
  Mix mix{};
  mix[static_cast<int>(kind)] = 1;
  return mix;
}

Desk::Desk(DeskSetup setup, unsigned seed, int loan_limit, int max_renewals)
    : setup_(std::move(setup)),
      loan_limit_(loan_limit),
      max_renewals_(max_renewals),
      rng_(seed),
      free_(setup_.barcodes),
      loans_of_(setup_.cards.size(), 0) {}

bool Desk::Next(const Mix& mix, Action* action) {
  std::lock_guard lock(mutex_);
  int pick = Random(std::accumulate(mix.begin(), mix.end(), 0));
  int k = 0;
  while (pick >= mix[k]) pick -= mix[k++];
  *action = Action{static_cast<Kind>(k),
                   Random(static_cast<int>(setup_.cards.size())), "", 0};
  switch (action->kind) {
    case Kind::kCheckOut:
      return CheckOut(action) || (mix[static_cast<int>(Kind::kCheckIn)] > 0 &&
                                  LoanAction(Kind::kCheckIn, action));
    case Kind::kCheckIn:
    case Kind::kRenew:
      return LoanAction(action->kind, action) ||
             (mix[static_cast<int>(Kind::kCheckOut)] > 0 && CheckOut(action));
    default:
      return true;
  }
}

bool Desk::CheckOut(Action* action) {
  if (free_.empty()) return false;
  // A few tries at a reader under the loan limit.
  for (int tries = 0; tries < 8; ++tries) {
    int p = Random(static_cast<int>(loans_of_.size()));
    if (loans_of_[p] >= loan_limit_) continue;
    int i = Random(static_cast<int>(free_.size()));
    std::swap(free_[i], free_.back());
    *action = Action{Kind::kCheckOut, p, std::move(free_.back())};
    free_.pop_back();
    ++loans_of_[p];
    return true;
  }
  return false;
}

bool Desk::LoanAction(Kind kind, Action* action) {
  if (loans_.empty()) return false;
  int i = Random(static_cast<int>(loans_.size()));
  std::swap(loans_[i], loans_.back());
  OpenLoan loan = std::move(loans_.back());
  loans_.pop_back();
  // A loan at its renewal limit is returned instead.
  if (kind == Kind::kRenew && loan.renewals >= max_renewals_) {
    kind = Kind::kCheckIn;
  }
  *action = Action{kind, loan.patron, std::move(loan.barcode), loan.renewals};
  return true;
}

void Desk::Done(const Action& action, bool ok) {
  std::lock_guard lock(mutex_);
  switch (action.kind) {
    case Kind::kCheckOut:
      if (ok) {
        loans_.push_back({action.barcode, action.patron, 0});
      } else {
        free_.push_back(action.barcode);
        --loans_of_[action.patron];
      }
      break;
    case Kind::kCheckIn:
      if (ok) {
        free_.push_back(action.barcode);
        --loans_of_[action.patron];
      } else {
        loans_.push_back({action.barcode, action.patron, action.renewals});
      }
      break;
    case Kind::kRenew:
      loans_.push_back(
          {action.barcode, action.patron, action.renewals + (ok ? 1 : 0)});
      break;
    default:
      break;
  }
}

std::vector<std::string> Desk::Take(size_t n) {
  std::lock_guard lock(mutex_);
  n = std::min(n, free_.size());
  std::vector<std::string> taken(free_.end() - n, free_.end());
  free_.resize(free_.size() - n);
  return taken;
}

void Desk::Give(const std::vector<std::string>& barcodes) {
  std::lock_guard lock(mutex_);
  free_.insert(free_.end(), barcodes.begin(), barcodes.end());
}

}  // namespace kitap::bench
