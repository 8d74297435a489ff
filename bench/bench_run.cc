#include "bench/bench_run.h"

#include <grpcpp/grpcpp.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

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

// The phases against a reachable kitapd at `address`.
Status RunPhases(const BenchOptions& o, const std::string& address,
                 const std::string& token, RunResult* r) {
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
  for (const std::string& phase : o.phases) {
    if (phase == "ping") {
      r->phases.push_back(
          driver.Run({phase, Only(Kind::kPing), o.seconds, rate}));
    } else if (phase == "mix") {
      r->phases.push_back(driver.Run({phase, DeskMix(), o.seconds, rate}));
    } else if (phase == "checkout") {
      r->phases.push_back(
          driver.Run({phase, Only(Kind::kCheckOut), o.seconds, rate}));
    } else if (phase == "journal") {
      r->journal = RunJournal(channels, &desks, o.journal_entries, world.tag);
    } else if (phase == "report") {
      r->phases.push_back(
          RunReport(admin, token, o.report_year, o.report_count));
    }
  }
  return Status::Ok();
}

}  // namespace

Status RunBench(const BenchOptions& o, RunResult* r) {
  if (o.spawn.empty()) return RunPhases(o, o.server, o.token, r);
  ScratchDir scratch;
  std::string db = o.db_path.empty() ? scratch.path() + "/kitap.db" : o.db_path;
  if (o.bulk_scale > 0) {
    BulkSummary bulk;
    KITAP_RETURN_IF_ERROR(RunBulk(o.bulk_scale, o.report_year, db, &bulk));
    r->bulk = bulk;
  }
  std::string token;
  KITAP_RETURN_IF_ERROR(BootstrapAdmin(o.spawn, db, &token));
  KitapdProcess kitapd;
  KITAP_RETURN_IF_ERROR(kitapd.Start(o.spawn, db, o.kitapd_flags));
  Status status = RunPhases(o, kitapd.address(), token, r);
  r->kitapd_peak_rss = kitapd.PeakRss();
  int wait = kitapd.Stop();
  if (status.ok() && !(WIFEXITED(wait) && WEXITSTATUS(wait) == 0)) {
    return Status::Internal("KITAPD_FAILED",
                            "kitapd did not stop cleanly:\n" + kitapd.log());
  }
  return status;
}

}  // namespace kitap::bench
