// kitap-gen as a library: builds the dataset of (scale, seed, year),
// streams it into a new database file or a running server, and returns the
// manifest of what it generated.
#ifndef KITAP_BENCH_GENERATE_H_
#define KITAP_BENCH_GENERATE_H_

#include <string>

#include "bench/grpc_sink.h"
#include "bench/progress.h"
#include "bench/world.h"
#include "db/status.h"
#include "kitap/bench/manifest.pb.h"

namespace kitap::gen {

struct GenerateOptions {
  Options world;
  std::string db_path;        // bulk load into this new file, or
  std::string server;         // load through the API at host:port
  std::string manifest_path;  // where to write the manifest (optional)
  GrpcOptions grpc;           // run_tag is set from `world`
};

Status Generate(const GenerateOptions& options, Progress& progress,
                bench::Manifest* manifest);

// The manifest as JSON (protobuf's mapping: 64-bit numbers are strings).
Status WriteManifest(const bench::Manifest& manifest, const std::string& path);
Status ReadManifest(const std::string& path, bench::Manifest* manifest);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_GENERATE_H_
