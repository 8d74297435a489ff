// BulkCounters: the annual counters of a bulk load, summed in memory as the
// rows are written. Each counted event adds to the counters store::Count()
// would bump at its library; the roll-ups (national, region, library
// type) are derived from those afterwards (stats::FillRollups), so the file
// ends up with the counters the server would hold, which a recount finds
// equal.
#ifndef KITAP_BENCH_BULK_COUNTERS_H_
#define KITAP_BENCH_BULK_COUNTERS_H_

#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "db/database.h"
#include "server/store/counters.h"

namespace kitap::gen {

class BulkCounters {
 public:
  // Adds `n` to each counter of `event`'s library that `event` touches.
  // REQUIRES: event.metric is one of store::Metrics().
  void Add(const store::Counted& event, int64_t n = 1);

  // Inserts each counter whose sum is not 0 (the server stores none but an
  // event's zero attendance) into the counter table, in the table's key
  // order, and forgets them. REQUIRES: the table holds none of them.
  Status Write(db::Database& db);

 private:
  struct Key {
    int64_t library_id;
    int32_t year;
    int32_t key;
    uint8_t metric;  // index in store::Metrics()
    uint8_t dim;
    bool operator==(const Key& o) const {
      return library_id == o.library_id && year == o.year && key == o.key &&
             metric == o.metric && dim == o.dim;
    }
    template <typename H>
    friend H AbslHashValue(H h, const Key& k) {
      return H::combine(std::move(h), k.library_id, k.year, k.key, k.metric,
                        k.dim);
    }
  };

  absl::flat_hash_map<Key, int64_t> values_;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_BULK_COUNTERS_H_
