#include "bench/bench_output.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

namespace kitap::bench {
namespace {

std::string Fixed(double v, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.*f", digits, v);
  return buffer;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof(buffer), "\\u%04x", c);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// The first line of `command`'s output, or "".
std::string FirstLine(const std::string& command) {
  std::string out;
  if (std::FILE* p = popen(command.c_str(), "r")) {
    char buffer[256];
    if (std::fgets(buffer, sizeof(buffer), p)) out = buffer;
    pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) {
    out.pop_back();
  }
  return out;
}

// The value after "key:" in /proc/`file`'s first line starting with key.
std::string ProcField(const std::string& file, const std::string& key) {
  std::ifstream in("/proc/" + file);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key, 0) != 0) continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t start = line.find_first_not_of(" \t", colon + 1);
    return start == std::string::npos ? "" : line.substr(start);
  }
  return "";
}

std::string Errors(const std::map<std::string, int64_t>& errors) {
  std::string out = "{";
  for (const auto& [what, n] : errors) {
    if (out.size() > 1) out += ", ";
    out += Quote(what) + ": " + std::to_string(n);
  }
  return out + "}";
}

std::string KindJson(const KindSummary& k) {
  return "{\"calls\": " + std::to_string(k.calls) +
         ", \"ok\": " + std::to_string(k.ok) +
         ", \"per_second\": " + Fixed(k.per_second, 1) +
         ", \"p50_ms\": " + Fixed(k.p50, 3) +
         ", \"p95_ms\": " + Fixed(k.p95, 3) +
         ", \"p99_ms\": " + Fixed(k.p99, 3) +
         ", \"max_ms\": " + Fixed(k.max, 3) +
         ", \"errors\": " + Errors(k.errors) + "}";
}

std::string PhaseJson(const PhaseSummary& p) {
  std::string kinds;
  for (const auto& [name, k] : p.kinds) {
    kinds += (kinds.empty() ? "" : ", ") + Quote(name) + ": " + KindJson(k);
  }
  return "{\"name\": " + Quote(p.name) + ", \"mode\": " + Quote(p.mode) +
         ", \"desks\": " + std::to_string(p.desks) +
         ", \"seconds\": " + Fixed(p.seconds, 3) +
         ", \"offered_rate\": " + Fixed(p.offered_rate, 1) +
         ", \"total_ok\": " + std::to_string(p.total_ok) +
         ", \"total_errors\": " + std::to_string(p.total_errors) +
         ", \"total_per_second\": " + Fixed(p.total_per_second, 1) +
         ", \"server_cpu_seconds\": " + Fixed(p.server_cpu_seconds, 3) +
         ", \"server_cpu_us_per_call\": " + Fixed(p.server_cpu_us_per_call, 1) +
         ", \"kinds\": {" + kinds + "}}";
}

std::string JournalJson(const JournalSummary& j) {
  return "{\"streams\": " + std::to_string(j.streams) +
         ", \"entries\": " + std::to_string(j.entries) +
         ", \"applied\": " + std::to_string(j.applied) +
         ", \"seconds\": " + Fixed(j.seconds, 3) +
         ", \"per_second\": " + Fixed(j.per_second, 1) +
         ", \"errors\": " + Errors(j.errors) + "}";
}

std::string BulkJson(const BulkSummary& b) {
  return "{\"scale\": " + Fixed(b.scale, 6) +
         ", \"seconds\": " + Fixed(b.seconds, 1) +
         ", \"cpu_seconds\": " + Fixed(b.cpu_seconds, 1) +
         ", \"items\": " + std::to_string(b.items) +
         ", \"patrons\": " + std::to_string(b.patrons) +
         ", \"loans\": " + std::to_string(b.loans) +
         ", \"visits\": " + std::to_string(b.visits) +
         ", \"rows_per_second\": " + Fixed(b.rows_per_second, 0) + "}";
}

const PhaseSummary* Phase(const RunResult& r, const std::string& name) {
  for (const auto& p : r.phases) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const KindSummary* KindOf(const PhaseSummary* p, const std::string& kind) {
  if (p == nullptr) return nullptr;
  auto it = p->kinds.find(kind);
  return it == p->kinds.end() ? nullptr : &it->second;
}

}  // namespace

void Describe(int argc, char** argv, RunResult* r) {
  for (int i = 0; i < argc; ++i) {
    r->command += (i ? " " : "") + std::string(argv[i]);
  }
  // Dirty means changed sources: the results table itself does not count.
  const std::string git = "git -C '" KITAP_SOURCE_DIR "' ";
  r->revision = FirstLine(git + "rev-parse --short HEAD 2>/dev/null");
  if (!FirstLine(git + "status --porcelain --untracked-files=no -- . "
                       "':(exclude)docs/BENCHMARKS.md' 2>/dev/null")
           .empty()) {
    r->revision += "-dirty";
  }
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof(date), "%Y-%m-%d %H:%M", std::gmtime(&now));
  r->date = date;
  r->machine.cores = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
  r->machine.memory_bytes =
      std::atoll(ProcField("meminfo", "MemTotal").c_str()) * 1024;
  r->machine.load_average = std::atof(FirstLine("cat /proc/loadavg").c_str());
  r->machine.cpu = ProcField("cpuinfo", "model name");
}

double CheckOutsPerPing(const RunResult& r) {
  const KindSummary* out = KindOf(Phase(r, "checkout"), "check_out");
  const KindSummary* ping = KindOf(Phase(r, "ping"), "ping");
  if (out == nullptr || ping == nullptr || ping->per_second == 0) return 0;
  return out->per_second / ping->per_second;
}

void PrintText(const RunResult& r, std::FILE* out) {
  for (const auto& p : r.phases) {
    std::fprintf(out,
                 "%s (%s, %d desks, %.1f s): %.0f ok/s, %lld errors, kitapd "
                 "CPU %.0f us/call\n",
                 p.name.c_str(), p.mode.c_str(), p.desks, p.seconds,
                 p.total_per_second, static_cast<long long>(p.total_errors),
                 p.server_cpu_us_per_call);
    for (const auto& [name, k] : p.kinds) {
      std::fprintf(out,
                   "  %-13s %8lld calls %9.1f/s  p50 %7.3f  p95 %7.3f  p99 "
                   "%7.3f  max %8.3f ms  errors %s\n",
                   name.c_str(), static_cast<long long>(k.calls), k.per_second,
                   k.p50, k.p95, k.p99, k.max, Errors(k.errors).c_str());
    }
  }
  if (r.journal) {
    std::fprintf(out,
                 "journal: %lld entries in %d streams, %.0f applied/s, %s\n",
                 static_cast<long long>(r.journal->entries), r.journal->streams,
                 r.journal->per_second, Errors(r.journal->errors).c_str());
  }
  if (r.bulk) {
    std::fprintf(out, "bulk load: scale %g in %.1f s (%.0f rows/s)\n",
                 r.bulk->scale, r.bulk->seconds, r.bulk->rows_per_second);
  }
  if (double ratio = CheckOutsPerPing(r); ratio > 0) {
    std::fprintf(out, "check-outs/s over Ping/s: %.2f\n", ratio);
  }
  if (r.kitapd_peak_rss >= 0) {
    std::fprintf(out, "kitapd peak RSS: %.1f MB\n", r.kitapd_peak_rss / 1e6);
  }
}

std::string ToJson(const RunResult& r) {
  std::string phases;
  for (const auto& p : r.phases) {
    phases += (phases.empty() ? "\n    " : ",\n    ") + PhaseJson(p);
  }
  std::string out =
      "{\n  \"command\": " + Quote(r.command) +
      ",\n  \"revision\": " + Quote(r.revision) +
      ",\n  \"date\": " + Quote(r.date) +
      ",\n  \"machine\": {\"cores\": " + std::to_string(r.machine.cores) +
      ", \"memory_bytes\": " + std::to_string(r.machine.memory_bytes) +
      ", \"load_average\": " + Fixed(r.machine.load_average, 2) +
      ", \"cpu\": " + Quote(r.machine.cpu) + "}" + ",\n  \"phases\": [" +
      phases + "\n  ]";
  if (r.journal) out += ",\n  \"journal\": " + JournalJson(*r.journal);
  if (r.bulk) out += ",\n  \"bulk\": " + BulkJson(*r.bulk);
  out += ",\n  \"check_outs_per_ping\": " + Fixed(CheckOutsPerPing(r), 3);
  out +=
      ",\n  \"kitapd_peak_rss_bytes\": " + std::to_string(r.kitapd_peak_rss) +
      "\n}\n";
  return out;
}

Status WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return Status::Internal("WRITE_FAILED", "cannot write " + path);
  return Status::Ok();
}

Status AppendMarkdownRow(const RunResult& r, const std::string& path) {
  auto cell = [](const KindSummary* k, auto value) {
    return k == nullptr ? std::string("–") : value(*k);
  };
  const KindSummary* ping = KindOf(Phase(r, "ping"), "ping");
  const KindSummary* out = KindOf(Phase(r, "checkout"), "check_out");
  const PhaseSummary* mix = Phase(r, "mix");
  const KindSummary* mix_out = KindOf(mix, "check_out");
  const KindSummary* report = KindOf(Phase(r, "report"), "annual_report");
  double mix_p99 = 0;
  int64_t errors = 0;
  for (const auto& p : r.phases) errors += p.total_errors;
  if (mix) {
    for (const auto& [n, k] : mix->kinds) mix_p99 = std::max(mix_p99, k.p99);
  }
  std::ostringstream row;
  row << "| " << r.date << " | " << r.revision << " | " << r.machine.cores
      << " cores, " << r.machine.memory_bytes / (1 << 30) << " GiB, load "
      << Fixed(r.machine.load_average, 1) << " | `" << r.command << "` | "
      << cell(ping, [](auto& k) { return Fixed(k.per_second, 0); }) << " | "
      << cell(out,
              [&](auto& k) {
                return Fixed(k.per_second, 0) + " (" +
                       Fixed(CheckOutsPerPing(r), 2) + "×)";
              })
      << " | "
      << (mix ? Fixed(mix->total_per_second, 0) + " / " + Fixed(mix_p99, 2) +
                    " (" +
                    cell(mix_out, [](auto& k) { return Fixed(k.p99, 2); }) + ")"
              : "–")
      << " | " << errors << " | "
      << (r.journal ? Fixed(r.journal->per_second, 0) : "–") << " | "
      << cell(report,
              [](auto& k) { return Fixed(k.p50, 1) + " / " + Fixed(k.p99, 1); })
      << " | "
      << (r.bulk ? "scale " + Fixed(r.bulk->scale, 3) + ": " +
                       Fixed(r.bulk->seconds, 0) + " s"
                 : "–")
      << " | "
      << (r.kitapd_peak_rss >= 0 ? Fixed(r.kitapd_peak_rss / 1e6, 0) : "–")
      << " |\n";
  std::ofstream file(path, std::ios::app);
  file << row.str();
  file.close();
  if (!file)
    return Status::Internal("WRITE_FAILED", "cannot append to " + path);
  return Status::Ok();
}

}  // namespace kitap::bench
