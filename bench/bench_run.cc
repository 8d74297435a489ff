#include "bench/bench_run.h"

#include <grpc/grpc.h>
#include <grpcpp/grpcpp.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>

#include "bench/driver.h"
#include "bench/journal_bench.h"
#include "bench/kitapd_process.h"
#include "bench/store_bench.h"

namespace kitap::bench {
namespace {

// A temp directory removed with everything in it when it goes.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kitap-bench-XXXXXX")
            .string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// `count` channels to `address` that do not share a connection.
std::vector<std::shared_ptr<grpc::Channel>> Channels(const std::string& address,
                                                     int count) {
  std::vector<std::shared_ptr<grpc::Channel>> out;
  for (int i = 0; i < count; ++i) {
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    args.SetInt("kitap.bench.channel", i);
    out.push_back(grpc::CreateCustomChannel(
        address, grpc::InsecureChannelCredentials(), args));
  }
  return out;
}

bool NeedsDesks(const std::vector<std::string>& phases) {
  return std::any_of(phases.begin(), phases.end(),
                     [](const std::string& p) { return p != "report"; });
}

// Runs `phase` and, when `server_cpu` is given, notes the server's
// processor time during it.
PhaseSummary Measure(const std::function<double()>& server_cpu,
                     const std::function<PhaseSummary()>& phase) {
  double before = server_cpu ? server_cpu() : -1;
  PhaseSummary summary = phase();
  if (before >= 0) {
    summary.server_cpu_seconds = server_cpu() - before;
    int64_t calls = summary.total_ok + summary.total_errors;
    if (calls > 0) {
      summary.server_cpu_us_per_call = summary.server_cpu_seconds * 1e6 / calls;
    }
  }
  return summary;
}

// The phases against a reachable kitapd at `address`; `server_cpu` (may
// be empty) reads its processor time.
Status RunPhases(const BenchOptions& o, const std::string& address,
                 const std::string& token,
                 const std::function<double()>& server_cpu, RunResult* r) {
  auto admin = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  auto channels = Channels(address, o.channels);
  WorldOptions world = o.world;
  world.tag = FreshTag();
  std::vector<std::unique_ptr<Desk>> desks;
  if (NeedsDesks(o.phases)) {
    std::vector<DeskSetup> setups;
    KITAP_RETURN_IF_ERROR(PrepareWorld(admin, token, world, &setups));
    for (size_t d = 0; d < setups.size(); ++d) {
      desks.push_back(std::make_unique<Desk>(std::move(setups[d]),
                                             static_cast<unsigned>(d + 1)));
    }
  }
  Driver driver(channels, &desks, world.tag);
  double rate = o.mode == "open" ? o.rate : 0;
  const std::map<std::string, Mix> mixes = {
      {"ping", Only(Kind::kPing)},
      {"mix", DeskMix()},
      {"checkout", Only(Kind::kCheckOut)}};
  for (const std::string& phase : o.phases) {
    if (auto mix = mixes.find(phase); mix != mixes.end()) {
      r->phases.push_back(Measure(server_cpu, [&] {
        return driver.Run({phase, mix->second, o.seconds, rate});
      }));
    } else if (phase == "journal") {
      r->journal = RunJournal(channels, &desks, o.journal_entries, world.tag);
    } else if (phase == "report") {
      r->phases.push_back(Measure(server_cpu, [&] {
        return RunReport(admin, token, o.report_year, o.report_count);
      }));
    }
  }
  return Status::Ok();
}

}  // namespace

Status RunBench(const BenchOptions& o, RunResult* r) {
  // gRPC shuts itself down when its last channel goes; a callback thread
  // still finishing the last calls then frees a completion queue twice
  // (gRPC 1.51). Keeping gRPC initialized for the life of the process
  // (never shut down) avoids that teardown race.
  static const bool kGrpcKept = (grpc_init(), true);
  (void)kGrpcKept;
  if (o.spawn.empty()) return RunPhases(o, o.server, o.token, nullptr, r);
  ScratchDir scratch;
  std::string db = o.db_path.empty() ? scratch.path() + "/kitap.db" : o.db_path;
  if (o.bulk_scale > 0) {
    BulkSummary bulk;
    KITAP_RETURN_IF_ERROR(RunBulk(o.bulk_scale, o.report_year, db, &bulk));
    r->bulk = bulk;
  }
  std::string token;
  KITAP_RETURN_IF_ERROR(BootstrapAdmin(o.spawn, db, "kitap-bench", &token));
  KitapdProcess kitapd;
  KITAP_RETURN_IF_ERROR(kitapd.Start(o.spawn, db, o.kitapd_flags));
  Status status = RunPhases(
      o, kitapd.address(), token, [&kitapd] { return kitapd.CpuSeconds(); }, r);
  r->kitapd_peak_rss = kitapd.PeakRss();
  int wait = kitapd.Stop();
  if (status.ok() && !(WIFEXITED(wait) && WEXITSTATUS(wait) == 0)) {
    return Status::Internal("KITAPD_FAILED",
                            "kitapd did not stop cleanly:\n" + kitapd.log());
  }
  return status;
}

}  // namespace kitap::bench
