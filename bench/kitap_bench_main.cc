// kitap-bench: the load generator and benchmark suite. See
// bench/bench_args.cc and bench/README.md.
#include <cstdio>
#include <cstdlib>

#include "bench/bench_run.h"

int main(int argc, char** argv) {
  using namespace kitap::bench;
  BenchOptions options;
  if (const char* token = std::getenv("KITAP_TOKEN")) options.token = token;
  std::string error;
  switch (ParseBenchArgs({argv + 1, argv + argc}, &options, &error)) {
    case BenchArgs::kHelp:
      std::fputs(kBenchUsage, stdout);
      return 0;
    case BenchArgs::kError:
      std::fprintf(stderr, "kitap-bench: %s\n\n%s", error.c_str(), kBenchUsage);
      return 2;
    case BenchArgs::kRun:
      break;
  }
  RunResult result;
  Describe(argc, argv, &result);
  kitap::Status status = RunBench(options, &result);
  if (!status.ok()) {
    std::fprintf(stderr, "kitap-bench: %s\n", status.ToString().c_str());
    return 1;
  }
  PrintText(result, stdout);
  if (!options.json_path.empty()) {
    status = WriteFile(options.json_path, ToJson(result));
  }
  if (status.ok() && !options.markdown_path.empty()) {
    status = AppendMarkdownRow(result, options.markdown_path);
  }
  if (!status.ok()) {
    std::fprintf(stderr, "kitap-bench: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}
