#include "bench/bench_args.h"

#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "bench/parse_number.h"

namespace kitap::bench {
namespace {

using gen::ParseDouble;
using gen::ParseInt;

std::vector<std::string> Split(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  for (std::string part; std::getline(in, part, ',');) out.push_back(part);
  return out;
}

std::string Check(BenchOptions* o) {
  if (o->spawn.empty() == o->server.empty()) {
    return "give exactly one of --spawn KITAPD and --server ADDR";
  }
  if (!o->server.empty() && (o->bulk_scale > 0 || !o->db_path.empty())) {
    return "--db and --bulk-scale go with --spawn";
  }
  if (o->mode != "closed" && o->mode != "open") {
    return "--mode is closed or open";
  }
  if (o->phases.empty()) {
    o->phases = o->mode == "closed"
                    ? std::vector<std::string>{"ping", "mix", "checkout"}
                    : std::vector<std::string>{"ping", "mix"};
  }
  static const std::set<std::string> kPhases = {"ping", "mix", "checkout",
                                                "journal", "report"};
  for (const auto& p : o->phases) {
    if (!kPhases.count(p)) return "unknown phase: " + p;
  }
  const WorldOptions& w = o->world;
  if (w.desks < 1 || w.desks_per_library < 1 || w.patrons_per_desk < 1 ||
      w.items_per_desk < 2 || o->channels < 1 || o->seconds <= 0 ||
      o->rate <= 0 || o->journal_entries < 1 || o->journal_entries > 10000 ||
      o->report_count < 1 || o->bulk_scale < 0 || o->bulk_scale > 1) {
    return "a number is out of range (see --help)";
  }
  return "";
}

}  // namespace

const char kBenchUsage[] =
    "usage: kitap-bench (--spawn KITAPD | --server ADDR [--token T])\n"
    "                   [--mode closed|open] [--desks N] [--duration S]\n"
    "                   [--rate R] [--phases LIST] [--json FILE]\n"
    "                   [--append-md FILE] [more options below]\n"
    "\n"
    "Simulates circulation desks against kitapd over real gRPC (each desk\n"
    "its own desk credential) and measures throughput and latency by RPC\n"
    "kind, errors by code, and the journal replay and annual report.\n"
    "See bench/README.md.\n"
    "\n"
    "  --spawn KITAPD     run this kitapd binary (port 0, no rate limit) and\n"
    "                     read its peak RSS; stopped at the end\n"
    "  --db PATH          with --spawn: its database (default: a temp file)\n"
    "  --bulk-scale S     with --spawn: first bulk-load kitap-gen's dataset\n"
    "                     of scale S (seed 1) into --db, timed\n"
    "  --kitapd-flag F    one more flag for the spawned kitapd (repeatable)\n"
    "  --server ADDR      a running kitapd (started with --rate-limit 0)\n"
    "  --token T          its national admin token (default $KITAP_TOKEN)\n"
    "  --mode M           closed: each desk one action at a time, to\n"
    "                     saturation; open: --rate actions/s in total\n"
    "                     (default closed)\n"
    "  --phases LIST      in order, of ping,mix,checkout,journal,report\n"
    "                     (default closed: ping,mix,checkout; open: ping,mix)\n"
    "  --desks N          simulated desks (default 16)\n"
    "  --desks-per-library N  (default 2)\n"
    "  --channels N       gRPC channels the desks share (default 4)\n"
    "  --duration S       seconds per load phase (default 10)\n"
    "  --rate R           open loop: total actions per second (default 2000)\n"
    "  --patrons-per-desk N, --items-per-desk N  (default 100, 1000)\n"
    "  --journal-entries N  per desk's journal stream, <= 10000 (default "
    "5000)\n"
    "  --report-year Y, --report-count N  (default 2025, 20)\n"
    "  --json FILE        write the results as JSON\n"
    "  --append-md FILE   append a row to FILE (docs/BENCHMARKS.md)\n";

BenchArgs ParseBenchArgs(const std::vector<std::string>& args, BenchOptions* o,
                         std::string* error) {
  using Setter = std::function<bool(const std::string&)>;
  auto text = [](std::string* out) {
    return Setter([out](const std::string& v) { return *out = v, true; });
  };
  auto integer = [](int* out) {
    return Setter([out](const std::string& v) { return ParseInt(v, out); });
  };
  auto number = [](double* out) {
    return Setter([out](const std::string& v) { return ParseDouble(v, out); });
  };
  const std::map<std::string, Setter> flags = {
      {"--spawn", text(&o->spawn)},
      {"--server", text(&o->server)},
      {"--token", text(&o->token)},
      {"--db", text(&o->db_path)},
      {"--bulk-scale", number(&o->bulk_scale)},
      {"--kitapd-flag",
       [o](const std::string& v) {
         return o->kitapd_flags.push_back(v), true;
       }},
      {"--mode", text(&o->mode)},
      {"--phases",
       [o](const std::string& v) { return o->phases = Split(v), true; }},
      {"--desks", integer(&o->world.desks)},
      {"--desks-per-library", integer(&o->world.desks_per_library)},
      {"--channels", integer(&o->channels)},
      {"--duration", number(&o->seconds)},
      {"--rate", number(&o->rate)},
      {"--patrons-per-desk", integer(&o->world.patrons_per_desk)},
      {"--items-per-desk", integer(&o->world.items_per_desk)},
      {"--journal-entries", integer(&o->journal_entries)},
      {"--report-year", integer(&o->report_year)},
      {"--report-count", integer(&o->report_count)},
      {"--json", text(&o->json_path)},
      {"--append-md", text(&o->markdown_path)},
  };
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") return BenchArgs::kHelp;
    auto flag = flags.find(args[i]);
    if (flag == flags.end() || i + 1 >= args.size()) {
      *error = "unknown flag or missing value: " + args[i];
      return BenchArgs::kError;
    }
    if (!flag->second(args[++i])) {
      *error = "bad value for " + args[i - 1] + ": " + args[i];
      return BenchArgs::kError;
    }
  }
  *error = Check(o);
  return error->empty() ? BenchArgs::kRun : BenchArgs::kError;
}

}  // namespace kitap::bench
