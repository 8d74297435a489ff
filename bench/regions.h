// The 17 regions and 3 cities of national significance, from
// data/regions.tsv (compiled in), in the file's order.
#ifndef KITAP_BENCH_REGIONS_H_
#define KITAP_BENCH_REGIONS_H_

#include <string>
#include <vector>

namespace kitap::gen {

struct Region {
  std::string code;  // ISO 3166-2:KZ, e.g. "KZ-75"
  std::string kind;  // "region" or "city"
  std::string name_kk;
  std::string name_ru;
  std::string name_en;
};

const std::vector<Region>& Regions();
// The index of `code` in Regions(), or -1.
int RegionIndex(const std::string& code);

// The text of data/regions.tsv (header line first), embedded at build time.
extern const char kRegionsTsv[];

}  // namespace kitap::gen

#endif  // KITAP_BENCH_REGIONS_H_
