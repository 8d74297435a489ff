// kitap-gen: the national dataset generator. See bench/gen_args.cc.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "bench/gen_args.h"

int main(int argc, char** argv) {
  using namespace kitap::gen;
  GenerateOptions options;
  if (const char* token = std::getenv("KITAP_TOKEN")) {
    options.grpc.token = token;
  }
  std::string error;
  switch (ParseArgs({argv + 1, argv + argc}, &options, &error)) {
    case ArgsResult::kHelp:
      std::fputs(kUsage, stdout);
      return 0;
    case ArgsResult::kError:
      std::fprintf(stderr, "kitap-gen: %s\n\n%s", error.c_str(), kUsage);
      return 2;
    case ArgsResult::kRun:
      break;
  }
  Progress progress(stderr, isatty(STDERR_FILENO));
  kitap::bench::Manifest manifest;
  kitap::Status status = Generate(options, progress, &manifest);
  if (!status.ok()) {
    std::fprintf(stderr, "kitap-gen: %s\n", status.ToString().c_str());
    return 1;
  }
  if (manifest.unplaced() > 0) {
    std::fprintf(stderr,
                 "kitap-gen: warning: %lld loans, visits or requests found no "
                 "reader or item; the manifest has the real totals\n",
                 static_cast<long long>(manifest.unplaced()));
  }
  return 0;
}
