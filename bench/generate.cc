#include "bench/generate.h"

#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "bench/bulk_sink.h"
#include "bench/population.h"
#include "bench/tally.h"
#include "bench/year.h"

namespace kitap::gen {
namespace {

Status OpenSink(const GenerateOptions& options, Progress& progress,
                std::unique_ptr<Sink>* sink) {
  if (!options.db_path.empty()) {
    std::unique_ptr<BulkSink> bulk;
    KITAP_RETURN_IF_ERROR(BulkSink::Open(options.db_path, &progress, &bulk));
    *sink = std::move(bulk);
    return Status::Ok();
  }
  GrpcOptions grpc = options.grpc;
  const Options& w = options.world;
  grpc.run_tag = RunTag(w.seed, w.year, w.scale);
  auto channel =
      grpc::CreateChannel(options.server, grpc::InsecureChannelCredentials());
  *sink = std::make_unique<GrpcSink>(channel, grpc);
  return Status::Ok();
}

Status RunYear(const World& world, const std::vector<Sink*>& sinks,
               Progress& progress, int64_t* unplaced) {
  YearSimulator year(world, sinks);
  progress.Begin("year " + std::to_string(world.options().year), year.days(),
                 "events");
  KITAP_RETURN_IF_ERROR(year.Run(
      [&](int days, int64_t events) { progress.Update(days, events); }));
  progress.End();
  *unplaced = year.unplaced();
  return Status::Ok();
}

}  // namespace

Status Generate(const GenerateOptions& options, Progress& progress,
                bench::Manifest* manifest) {
  World world = progress.Run("plan", [&] { return World(options.world); });
  std::unique_ptr<Sink> sink;
  KITAP_RETURN_IF_ERROR(OpenSink(options, progress, &sink));
  Tally tally(options.world.year);
  std::vector<Sink*> sinks = {&tally, sink.get()};
  KITAP_RETURN_IF_ERROR(EmitPopulation(world, sinks, progress));
  int64_t unplaced = 0;
  KITAP_RETURN_IF_ERROR(RunYear(world, sinks, progress, &unplaced));
  KITAP_RETURN_IF_ERROR(sink->Finish());
  *manifest = tally.Manifest();
  manifest->set_scale(options.world.scale);
  manifest->set_seed(options.world.seed);
  manifest->set_unplaced(unplaced);
  if (options.manifest_path.empty()) return Status::Ok();
  return WriteManifest(*manifest, options.manifest_path);
}

Status WriteManifest(const bench::Manifest& manifest, const std::string& path) {
  google::protobuf::util::JsonPrintOptions json_options;
  json_options.add_whitespace = true;
  json_options.always_print_primitive_fields = true;
  std::string json;
  auto status = google::protobuf::util::MessageToJsonString(manifest, &json,
                                                            json_options);
  if (!status.ok()) {
    return Status::Internal("MANIFEST_JSON", std::string(status.message()));
  }
  std::ofstream out(path, std::ios::trunc);
  out << json;
  out.close();
  if (!out)
    return Status::Unavailable("MANIFEST_WRITE", "cannot write " + path);
  return Status::Ok();
}

Status ReadManifest(const std::string& path, bench::Manifest* manifest) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("MANIFEST_MISSING", "cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  auto status =
      google::protobuf::util::JsonStringToMessage(text.str(), manifest);
  if (!status.ok()) {
    return Status::InvalidArgument("MANIFEST_JSON",
                                   std::string(status.message()));
  }
  return Status::Ok();
}

}  // namespace kitap::gen
