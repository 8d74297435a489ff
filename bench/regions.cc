#include "bench/regions.h"

#include "absl/strings/str_split.h"

namespace kitap::gen {
namespace {

std::vector<Region> Parse(const char* tsv) {
  std::vector<Region> regions;
  bool header = true;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    if (header || line.empty()) {
      header = false;
      continue;
    }
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != 5) continue;
    regions.push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return regions;
}

}  // namespace

const std::vector<Region>& Regions() {
  static const std::vector<Region> kRegions = Parse(kRegionsTsv);
  return kRegions;
}

int RegionIndex(const std::string& code) {
  const auto& regions = Regions();
  for (size_t i = 0; i < regions.size(); ++i) {
    if (regions[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace kitap::gen
