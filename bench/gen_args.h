// The command line of kitap-gen.
#ifndef KITAP_BENCH_GEN_ARGS_H_
#define KITAP_BENCH_GEN_ARGS_H_

#include <string>
#include <vector>

#include "bench/generate.h"

namespace kitap::gen {

extern const char kUsage[];

enum class ArgsResult { kRun, kHelp, kError };

// Parses `args` (without the program name) into `options`; on kError,
// `error` says what is wrong.
ArgsResult ParseArgs(const std::vector<std::string>& args,
                     GenerateOptions* options, std::string* error);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_GEN_ARGS_H_
