// Progress of a long run on stderr: on a terminal, a bar redrawn in place
// (percent, rate, time left); otherwise one line per finished phase, so
// logs stay readable. Each phase's line also gives the processor time it
// took, which benchmarks on a busy machine can trust more than the clock.
#ifndef KITAP_BENCH_PROGRESS_H_
#define KITAP_BENCH_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>

namespace kitap::gen {

class Progress {
 public:
  // Writes to `out` (not owned); `terminal` picks the bar. A null `out`
  // shows nothing.
  Progress(std::FILE* out, bool terminal) : out_(out), terminal_(terminal) {}

  // Starts a phase of `total` steps whose rate is counted in `unit`s.
  void Begin(const std::string& phase, int64_t total, const std::string& unit);
  // `done` steps of the phase are done and `count` units emitted.
  void Update(int64_t done, int64_t count);
  // Ends the phase with its line.
  void End();
  // A phase of one step: Begin, then End when `step` returns.
  template <class Step>
  auto Run(const std::string& phase, Step step) {
    Begin(phase, 1, "steps");
    auto result = step();
    Update(1, 1);
    End();
    return result;
  }
  // Seconds since the phase began.
  double Elapsed() const;

 private:
  void Draw();

  std::FILE* out_;
  bool terminal_;
  std::string phase_;
  std::string unit_;
  int64_t total_ = 0;
  int64_t done_ = 0;
  int64_t count_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::clock_t cpu_start_ = 0;  // processor time of the whole process
  std::chrono::steady_clock::time_point drawn_;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_PROGRESS_H_
