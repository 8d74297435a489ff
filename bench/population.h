// Streams a World's population to sinks: libraries, records, items,
// readers, periodical titles, each kind in index order, with progress.
#ifndef KITAP_BENCH_POPULATION_H_
#define KITAP_BENCH_POPULATION_H_

#include <vector>

#include "bench/progress.h"
#include "bench/records.h"
#include "bench/world.h"

namespace kitap::gen {

Status EmitPopulation(const World& world, const std::vector<Sink*>& sinks,
                      Progress& progress);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_POPULATION_H_
