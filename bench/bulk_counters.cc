#include "bench/bulk_counters.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace kitap::gen {

void BulkCounters::Add(const store::Counted& event, int64_t n) {
  const store::MetricSpec* spec = store::FindMetric(event.metric);
  const auto metric = static_cast<uint8_t>(spec - store::Metrics().data());
  store::ForEachDim(*spec, event, [&](store::Dim dim, int key) {
    values_[Key{event.library_id, event.year, key, metric,
                static_cast<uint8_t>(dim)}] += n;
  });
}

// In the order of the table's key (dim, library_id, year, metric, key), the
// rows append to its B-tree instead of landing all over it.
Status BulkCounters::Write(db::Database& db) {
  std::vector<std::pair<Key, int64_t>> rows(values_.begin(), values_.end());
  values_ = {};
  const auto& metrics = store::Metrics();
  auto order = [&metrics](const Key& k) {
    return std::make_tuple(k.dim, k.library_id, k.year,
                           std::string_view(metrics[k.metric].name), k.key);
  };
  std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
    return order(a.first) < order(b.first);
  });
  for (const auto& [k, value] : rows) {
    if (value == 0) continue;
    KITAP_RETURN_IF_ERROR(
        db.Prepare("INSERT INTO counter (year, metric, dim, library_id, key, "
                   "value) VALUES (?, ?, ?, ?, ?, ?)")
            .Bind(1, k.year)
            .Bind(2, metrics[k.metric].name)
            .Bind(3, static_cast<int>(k.dim))
            .Bind(4, k.library_id)
            .Bind(5, k.key)
            .Bind(6, value)
            .Run());
  }
  return Status::Ok();
}

}  // namespace kitap::gen
