// Desk: one simulated circulation desk. It knows its readers and items and
// which of its items are on loan, picks the next action of a mix, and
// reserves what the action touches until Done(), so that actions in flight
// at the same time (open loop) never contradict each other.
#ifndef KITAP_BENCH_DESK_H_
#define KITAP_BENCH_DESK_H_

#include <array>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "bench/desk_world.h"

namespace kitap::bench {

enum class Kind { kPing, kLookup, kCheckOut, kCheckIn, kRenew, kVisit };
inline constexpr int kKinds = 6;
// "ping", "lookup", "check_out", "check_in", "renew", "visit".
const char* KindName(Kind kind);

// Relative weights of each Kind, indexed by Kind.
using Mix = std::array<int, kKinds>;
// The realistic desk mix: lookups 20, check-outs 30, check-ins 27,
// renewals 8, visits 15.
Mix DeskMix();
Mix Only(Kind kind);

struct Action {
  Kind kind = Kind::kPing;
  int patron = 0;       // index into the desk's cards
  std::string barcode;  // check-out, check-in, renew
  int renewals = 0;     // of the loan, for renew
};

// Thread-safe.
class Desk {
 public:
  // Every item starts available. `loan_limit` and `max_renewals` are the
  // server's policy for the desk's readers.
  Desk(DeskSetup setup, unsigned seed, int loan_limit = 20,
       int max_renewals = 2);

  // Picks an action by `mix` and reserves its item or loan. An action that
  // is not possible now (no free item, no loan) turns into the other of
  // check-out and check-in when `mix` has some of it. False when nothing
  // is possible.
  bool Next(const Mix& mix, Action* action);
  // Ends an action from Next(): its effect is kept when `ok`.
  void Done(const Action& action, bool ok);
  // Takes up to `n` available items out of the desk's hands (for the
  // journal benchmark); Give() hands them back.
  std::vector<std::string> Take(size_t n);
  void Give(const std::vector<std::string>& barcodes);

  const DeskSetup& setup() const { return setup_; }

 private:
  struct OpenLoan {
    std::string barcode;
    int patron;
    int renewals;
  };
  // REQUIRES: mutex_ held.
  bool CheckOut(Action* action);
  bool LoanAction(Kind kind, Action* action);
  int Random(int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng_);
  }

  const DeskSetup setup_;
  const int loan_limit_, max_renewals_;
  std::mutex mutex_;
  // State below is guarded by mutex_.
  std::mt19937 rng_;
  std::vector<std::string> free_;
  std::vector<OpenLoan> loans_;
  std::vector<int> loans_of_;  // open loans by patron, reserved included
};

}  // namespace kitap::bench

#endif  // KITAP_BENCH_DESK_H_
