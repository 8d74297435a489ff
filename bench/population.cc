#include "bench/population.h"

namespace kitap::gen {
namespace {

constexpr int64_t kUpdateEvery = 4096;

// Emits `make(i)` for i in [0, n) as one progress phase.
template <class Make>
Status EmitAll(const std::vector<Sink*>& sinks, Progress& progress,
               const char* phase, int64_t n, Make make) {
  progress.Begin(phase, n, "records");
  for (int64_t i = 0; i < n; ++i) {
    KITAP_RETURN_IF_ERROR(PutAll(sinks, make(i)));
    if (i % kUpdateEvery == 0) progress.Update(i, i);
  }
  progress.Update(n, n);
  progress.End();
  return Status::Ok();
}

Status EmitItems(const World& world, const std::vector<Sink*>& sinks,
                 Progress& progress) {
  progress.Begin("items", world.item_count(), "records");
  for (const Library& l : world.libraries()) {
    const LibrarySlice& slice = world.slice(l.index);
    for (int s = 0; s < kSubjects; ++s) {
      for (int64_t i = slice.subject_start[s]; i < slice.subject_start[s + 1];
           ++i) {
        KITAP_RETURN_IF_ERROR(PutAll(sinks, world.ItemAt(i, l.index, s)));
        if (i % kUpdateEvery == 0) progress.Update(i, i);
      }
    }
  }
  progress.Update(world.item_count(), world.item_count());
  progress.End();
  return Status::Ok();
}

}  // namespace

Status EmitPopulation(const World& world, const std::vector<Sink*>& sinks,
                      Progress& progress) {
  const auto& libraries = world.libraries();
  KITAP_RETURN_IF_ERROR(
      EmitAll(sinks, progress, "libraries", libraries.size(),
              [&](int64_t i) -> const Library& { return libraries[i]; }));
  KITAP_RETURN_IF_ERROR(EmitAll(sinks, progress, "records",
                                world.record_count(),
                                [&](int64_t i) { return world.RecordAt(i); }));
  KITAP_RETURN_IF_ERROR(EmitItems(world, sinks, progress));
  KITAP_RETURN_IF_ERROR(EmitAll(sinks, progress, "readers",
                                world.patron_count(),
                                [&](int64_t i) { return world.PatronAt(i); }));
  const auto& titles = world.titles();
  return EmitAll(
      sinks, progress, "periodicals", titles.size(),
      [&](int64_t i) -> const PeriodicalTitle& { return titles[i]; });
}

}  // namespace kitap::gen
