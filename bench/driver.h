// Driver: runs simulated desks against kitapd. Each action is one unary
// RPC through gRPC's callback API, with the desk's own token and a fresh
// request_id, over a shared set of channels (desk i uses channel
// i % channels, as desks of one branch share a link).
//
// Closed loop: every desk does one action at a time, the next as soon as
// the last is answered, for the phase's duration: the saturation
// throughput. Open loop: actions go out at a fixed total rate, desk after
// desk, whether or not earlier ones were answered, and each latency counts
// from the action's intended send time, so a server (or client) that falls
// behind shows as queueing instead of a slower offered rate.
#ifndef KITAP_BENCH_DRIVER_H_
#define KITAP_BENCH_DRIVER_H_

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bench/desk.h"
#include "bench/latency.h"
#include "kitap/v1/circulation.grpc.pb.h"
#include "kitap/v1/diagnostics.grpc.pb.h"
#include "kitap/v1/patrons.grpc.pb.h"

namespace kitap::bench {

struct PhaseSpec {
  std::string name;
  Mix mix{};
  double seconds = 1;
  double rate = 0;  // total actions per second: open loop when > 0
};

class Driver {
 public:
  using Clock = std::chrono::steady_clock;

  // `desks` is not owned and must outlive the driver. REQUIRES channels
  // and desks non-empty.
  Driver(const std::vector<std::shared_ptr<grpc::Channel>>& channels,
         std::vector<std::unique_ptr<Desk>>* desks, std::string tag);

  // Runs one phase and waits for every call it started.
  PhaseSummary Run(const PhaseSpec& spec);

 private:
  struct Stubs {
    std::unique_ptr<v1::Circulation::Stub> circulation;
    std::unique_ptr<v1::Patrons::Stub> patrons;
    std::unique_ptr<v1::Diagnostics::Stub> diagnostics;
  };
  // Calls still running, and what a closed-loop phase needs.
  struct Flight;

  void RunClosed(const PhaseSpec& spec, const std::shared_ptr<Flight>& f);
  void RunOpen(const PhaseSpec& spec, const std::shared_ptr<Flight>& f);
  // The closed loop of desk `d`: its next action, until the phase ends.
  void Loop(int d, const std::shared_ptr<Flight>& f);
  // Starts `action` of desk `d`; when it ends records its latency since
  // `intended`, tells the desk, then runs `then` (on a gRPC thread).
  void Issue(int d, const Action& action, Clock::time_point intended,
             Recorder* recorder, std::function<void()> then);

  std::vector<Stubs> stubs_;
  std::vector<std::unique_ptr<Desk>>* desks_;
  const std::string tag_;
  std::atomic<int64_t> next_request_{0};
};

}  // namespace kitap::bench

#endif  // KITAP_BENCH_DRIVER_H_
