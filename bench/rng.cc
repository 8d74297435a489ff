#include "bench/rng.h"

#include <algorithm>
#include <cstddef>

namespace kitap::gen {
namespace {

// The category whose running sum first passes `x`.
int IndexOf(const std::vector<double>& cumulative, double x) {
  auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
  std::ptrdiff_t last = static_cast<std::ptrdiff_t>(cumulative.size()) - 1;
  return static_cast<int>(std::min(it - cumulative.begin(), last));
}

}  // namespace

int Rng::Pick(const std::vector<double>& cumulative) {
  return IndexOf(cumulative, Unit() * cumulative.back());
}

std::vector<double> Cumulative(const std::vector<double>& weights) {
  std::vector<double> sums;
  double sum = 0;
  for (double w : weights) sums.push_back(sum += w);
  return sums;
}

Spread::Spread(const std::vector<double>& weights)
    : cumulative_(Cumulative(weights)) {}

int Spread::Pick(double* position) const {
  constexpr double kGolden = 0.6180339887498949;
  *position += kGolden;
  if (*position >= 1.0) *position -= 1.0;
  return IndexOf(cumulative_, *position * cumulative_.back());
}

}  // namespace kitap::gen
