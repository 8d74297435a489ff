#include "bench/progress.h"

#include <algorithm>

namespace kitap::gen {
namespace {

using Clock = std::chrono::steady_clock;

std::string Duration(double seconds) {
  auto s = static_cast<int64_t>(seconds + 0.5);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld",
                static_cast<long long>(s / 3600),
                static_cast<long long>(s / 60 % 60),
                static_cast<long long>(s % 60));
  return buffer;
}

}  // namespace

void Progress::Begin(const std::string& phase, int64_t total,
                     const std::string& unit) {
  phase_ = phase;
  unit_ = unit;
  total_ = std::max<int64_t>(total, 1);
  done_ = 0;
  count_ = 0;
  start_ = Clock::now();
  cpu_start_ = std::clock();
  drawn_ = start_;
  if (terminal_ && out_) Draw();
}

void Progress::Update(int64_t done, int64_t count) {
  done_ = done;
  count_ = count;
  if (!terminal_ || !out_) return;
  auto now = Clock::now();
  if (now - drawn_ < std::chrono::milliseconds(100) && done_ < total_) return;
  drawn_ = now;
  Draw();
}

double Progress::Elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::Draw() {
  constexpr int kWidth = 30;
  double fraction = static_cast<double>(done_) / static_cast<double>(total_);
  int filled = static_cast<int>(fraction * kWidth);
  double elapsed = Elapsed();
  double rate = elapsed > 0 ? static_cast<double>(count_) / elapsed : 0;
  std::string left =
      fraction > 0 ? Duration(elapsed * (1 - fraction) / fraction) : "?";
  std::fprintf(out_, "\r[%s%s] %3d%% %-14s %10.0f %s/s  left %s   ",
               std::string(filled, '#').c_str(),
               std::string(kWidth - filled, '.').c_str(),
               static_cast<int>(fraction * 100), phase_.c_str(), rate,
               unit_.c_str(), left.c_str());
  std::fflush(out_);
}

void Progress::End() {
  if (!out_) return;
  double elapsed = Elapsed();
  double rate = elapsed > 0 ? static_cast<double>(count_) / elapsed : 0;
  double cpu = static_cast<double>(std::clock() - cpu_start_) / CLOCKS_PER_SEC;
  std::fprintf(out_, "%skitap-gen: %s: %lld %s in %s, cpu %.1f s (%.0f/s)\n",
               terminal_ ? "\r\033[K" : "", phase_.c_str(),
               static_cast<long long>(count_), unit_.c_str(),
               Duration(elapsed).c_str(), cpu, rate);
  std::fflush(out_);
}

}  // namespace kitap::gen
