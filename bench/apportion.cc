#include "bench/apportion.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kitap::gen {

std::vector<int64_t> Apportion(int64_t total,
                               const std::vector<double>& weights) {
  std::vector<int64_t> parts(weights.size(), 0);
  double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (total <= 0 || sum <= 0) return parts;
  std::vector<double> remainder(weights.size());
  int64_t given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    double exact = static_cast<double>(total) * weights[i] / sum;
    parts[i] = static_cast<int64_t>(std::floor(exact));
    remainder[i] = exact - static_cast<double>(parts[i]);
    given += parts[i];
  }
  std::vector<size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return remainder[a] > remainder[b];
  });
  for (size_t k = 0; given < total; ++k, ++given) {
    ++parts[order[k % order.size()]];
  }
  // Floating error can overshoot by a unit: take it back from the parts
  // with the smallest remainders.
  for (size_t i = order.size(); given > total && i-- > 0;) {
    if (parts[order[i]] > 0) {
      --parts[order[i]];
      --given;
    }
  }
  return parts;
}

int64_t Scaled(int64_t value, double scale) {
  return std::llround(static_cast<double>(value) * scale);
}

int64_t Dealer::Next(double weight) {
  running_ += weight;
  int64_t target =
      running_ >= total_weight_
          ? total_
          : static_cast<int64_t>(std::floor(static_cast<double>(total_) *
                                            running_ / total_weight_));
  target = std::min(target, total_);
  int64_t units = std::max<int64_t>(target - dealt_, 0);
  dealt_ += units;
  units += deferred_;
  deferred_ = 0;
  return units;
}

}  // namespace kitap::gen
