// Exact splitting of counts: every total the generator promises is met to
// the unit, however it is divided among regions, libraries and days.
#ifndef KITAP_BENCH_APPORTION_H_
#define KITAP_BENCH_APPORTION_H_

#include <cstdint>
#include <vector>

namespace kitap::gen {

// Splits `total` (>= 0) into whole parts proportional to `weights` (>= 0) by
// largest remainders, ties going to the lower index. The parts sum to
// `total` exactly; a zero weight gets 0. REQUIRES some weight > 0 unless
// `total` is 0.
std::vector<int64_t> Apportion(int64_t total,
                               const std::vector<double>& weights);

// `value` times `scale`, rounded to the nearest whole number.
int64_t Scaled(int64_t value, double scale);

// Spreads a total over a sequence of steps by cumulative rounding: after the
// step that brings the running weight to w, floor(total * w / total_weight)
// units have been handed out, so the last step ends exactly at `total`.
class Dealer {
 public:
  Dealer() = default;
  Dealer(int64_t total, double total_weight)
      : total_(total), total_weight_(total_weight) {}

  // The units of a step of `weight`, plus any units given back with
  // Defer() before it.
  int64_t Next(double weight);
  // Gives back `units` not placed in this step; the next step gets them.
  void Defer(int64_t units) { deferred_ += units; }
  int64_t deferred() const { return deferred_; }

 private:
  int64_t total_ = 0;
  double total_weight_ = 0;
  double running_ = 0;
  int64_t dealt_ = 0;
  int64_t deferred_ = 0;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_APPORTION_H_
