// Deterministic pseudo-random numbers for kitap-gen. The same seed gives the
// same dataset on every machine and build, so nothing here uses the
// standard library's distributions (their output is implementation-defined).
#ifndef KITAP_BENCH_RNG_H_
#define KITAP_BENCH_RNG_H_

#include <cstdint>
#include <vector>

namespace kitap::gen {

// SplitMix64's finalizer: a well-mixed 64-bit hash of `x`.
constexpr uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A hash of (`stream`, `index`) under `seed`: the attributes of entity
// `index` of a kind (`stream`), computable in any order.
constexpr uint64_t Hash(uint64_t seed, uint64_t stream, uint64_t index) {
  return Mix(Mix(seed ^ Mix(stream + 0x9e3779b97f4a7c15ULL)) + index);
}

// Streams: one per kind of decision, so that changing one never shifts
// another.
enum Stream : uint64_t {
  kStreamLibrary = 1,
  kStreamRecord,
  kStreamItem,
  kStreamPatron,
  kStreamYear,
};

// A sequence of pseudo-random numbers (SplitMix64).
class Rng {
 public:
  Rng(uint64_t seed, uint64_t stream, uint64_t index = 0)
      : state_(Hash(seed, stream, index)) {}

  uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return Mix(state_);
  }
  // Uniform in [0, n); REQUIRES n > 0. (The modulo bias is below 2^-40 for
  // the counts used here.)
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [lo, hi]; REQUIRES lo <= hi.
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  // An index drawn in proportion to `cumulative` (running sums of weights,
  // the last one positive).
  int Pick(const std::vector<double>& cumulative);

 private:
  uint64_t state_;
};

// Running sums of `weights`, for Rng::Pick and Spread.
std::vector<double> Cumulative(const std::vector<double>& weights);

// Picks categories in proportion to weights with the golden-ratio (Weyl)
// sequence: over any n consecutive picks from one position, each category's
// count is within a few of n times its share. The table is shared; each
// caller keeps its own position in [0, 1).
class Spread {
 public:
  explicit Spread(const std::vector<double>& weights);
  // The next category, advancing *position.
  int Pick(double* position) const;

 private:
  std::vector<double> cumulative_;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_RNG_H_
