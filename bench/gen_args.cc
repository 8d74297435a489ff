#include "bench/gen_args.h"

#include "bench/parse_number.h"

namespace kitap::gen {
namespace {

std::string Check(const GenerateOptions& o) {
  if (!(o.world.scale > 0 && o.world.scale <= 1)) {
    return "--scale must be more than 0 and at most 1";
  }
  if (o.world.year < 2004 || o.world.year > 2199) {
    return "--year must be between 2004 and 2199";
  }
  if (o.db_path.empty() == o.server.empty()) {
    return "give exactly one of --db PATH and --server ADDR";
  }
  if (o.grpc.in_flight < 1 || o.grpc.lanes < 1 || o.grpc.journal_batch < 1 ||
      o.grpc.journal_batch > 10000) {
    return "--in-flight and --lanes must be at least 1, --batch 1..10000";
  }
  return "";
}

}  // namespace

const char kUsage[] =
    "usage: kitap-gen --scale S --year Y --seed N (--db PATH | --server ADDR)\n"
    "                 [--token T] [--manifest FILE] [--in-flight N]"
    " [--lanes N] [--batch N]\n"
    "\n"
    "Generates the national dataset of one year: libraries in all 20\n"
    "regions, readers, catalogue and holdings, and year Y's loans,\n"
    "renewals, returns, visits, periodical requests and events, plus the\n"
    "registered readers of Y-1. At --scale 1 the totals are the reference\n"
    "table's; smaller scales shrink them in proportion. The same seed gives\n"
    "the same dataset.\n"
    "\n"
    "  --scale S       0 < S <= 1 (e.g. 0.001)\n"
    "  --year Y        the year of events (default 2025)\n"
    "  --seed N        seed of every random choice (default 1)\n"
    "  --db PATH       write a new kitapd database file directly (fast)\n"
    "  --server ADDR   load through kitapd's API at host:port, as a national\n"
    "                  admin, into a server with the default circulation\n"
    "                  policy and no rate limit (kitapd --rate-limit 0);\n"
    "                  after a failure run the same command again: requests\n"
    "                  are exactly-once\n"
    "  --token T       the admin's bearer token (default: $KITAP_TOKEN)\n"
    "  --manifest FILE write the exact generated totals as JSON\n"
    "  --in-flight N   concurrent API calls (default 64)\n"
    "  --lanes N       journal streams side by side (default 4)\n"
    "  --batch N       entries per journal stream, at most 10000 (default\n"
    "                  10000)\n";

ArgsResult ParseArgs(const std::vector<std::string>& args, GenerateOptions* o,
                     std::string* error) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (flag == "--help" || flag == "-h") return ArgsResult::kHelp;
    if (i + 1 >= args.size()) {
      *error = "unknown flag or missing value: " + flag;
      return ArgsResult::kError;
    }
    const std::string& value = args[++i];
    bool ok = true;
    if (flag == "--scale") {
      ok = ParseDouble(value, &o->world.scale);
    } else if (flag == "--year") {
      ok = ParseInt(value, &o->world.year);
    } else if (flag == "--seed") {
      ok = ParseInt(value, &o->world.seed);
    } else if (flag == "--db") {
      o->db_path = value;
    } else if (flag == "--server") {
      o->server = value;
    } else if (flag == "--token") {
      o->grpc.token = value;
    } else if (flag == "--manifest") {
      o->manifest_path = value;
    } else if (flag == "--in-flight") {
      ok = ParseInt(value, &o->grpc.in_flight);
    } else if (flag == "--lanes") {
      ok = ParseInt(value, &o->grpc.lanes);
    } else if (flag == "--batch") {
      ok = ParseInt(value, &o->grpc.journal_batch);
    } else {
      *error = "unknown flag: " + flag;
      return ArgsResult::kError;
    }
    if (!ok) {
      *error = "bad value for " + flag + ": " + value;
      return ArgsResult::kError;
    }
  }
  *error = Check(*o);
  return error->empty() ? ArgsResult::kRun : ArgsResult::kError;
}

}  // namespace kitap::gen
