// The libraries of a dataset: the two national libraries, one regional
// library per region, then district, city, children's and rural libraries
// spread over the regions. Heads of library systems come before their
// members, so a parent always has a smaller index.
#include "bench/apportion.h"
#include "bench/days.h"
#include "bench/names.h"
#include "bench/regions.h"
#include "bench/rng.h"
#include "bench/world.h"

namespace kitap::gen {
namespace {

Library Make(int32_t index, const Names& names, const std::string& region,
             v1::LibraryType type, int32_t parent, int year) {
  Library l;
  l.index = index;
  l.name_kk = names.kk;
  l.name_ru = names.ru;
  l.name_en = names.en;
  l.region_code = region;
  l.type = type;
  l.parent = parent;
  l.calendar = CalendarFor(type, year);
  return l;
}

// Opening dates: the National Library on 31 December 1931, the National
// Academic Library in 2004, the others some day between 1935 and 2015.
void SetOpened(Library* l, uint64_t seed) {
  if (l->type == v1::LIBRARY_TYPE_NATIONAL) {
    l->opened_on = {1931, 12, 31};
  } else if (l->type == v1::LIBRARY_TYPE_ACADEMIC) {
    l->opened_on = {2004, 3, 1};
  } else {
    Rng rng(seed, kStreamLibrary, l->index);
    int year = static_cast<int>(rng.Between(1935, 2015));
    l->opened_on = FromDayNumber(FirstDay(year) +
                                 static_cast<int32_t>(rng.Between(0, 364)));
  }
}

std::vector<double> RegionWeights(v1::LibraryType type) {
  bool rural =
      type == v1::LIBRARY_TYPE_DISTRICT || type == v1::LIBRARY_TYPE_RURAL;
  std::vector<double> weights;
  for (const Region& r : Regions()) {
    weights.push_back(rural ? RuralWeight(r.code) : ReaderWeight(r.code));
  }
  return weights;
}

// The head of a new library of `type` in region `r`: rural libraries join
// the district systems of their region in turn; the others, and rural
// libraries of a region without districts, join the regional library.
int32_t ParentOf(v1::LibraryType type, int r, int ordinal,
                 const std::vector<std::vector<int32_t>>& districts) {
  const auto& mine = districts[r];
  if (type == v1::LIBRARY_TYPE_RURAL && !mine.empty()) {
    return mine[(ordinal - 1) % mine.size()];
  }
  return 2 + r;  // the regional libraries follow the two national ones
}

}  // namespace

std::vector<Library> MakeLibraries(const Targets& targets, uint64_t seed,
                                   int year) {
  const auto& regions = Regions();
  std::vector<Library> out;
  out.push_back(Make(0, NationalLibraryName(), "KZ-75",
                     v1::LIBRARY_TYPE_NATIONAL, -1, year));
  out.push_back(Make(1, NationalAcademicLibraryName(), "KZ-71",
                     v1::LIBRARY_TYPE_ACADEMIC, -1, year));
  for (const Region& r : regions) {
    out.push_back(Make(static_cast<int32_t>(out.size()), RegionalLibraryName(r),
                       r.code, v1::LIBRARY_TYPE_REGIONAL, -1, year));
  }
  std::vector<double> type_weights;
  for (v1::LibraryType type : OtherTypes()) {
    type_weights.push_back(static_cast<double>(ModelOf(type).count));
  }
  auto per_type = Apportion(targets.libraries - kCoreLibraries, type_weights);
  std::vector<std::vector<int32_t>> districts(regions.size());
  for (size_t t = 0; t < OtherTypes().size(); ++t) {
    v1::LibraryType type = OtherTypes()[t];
    auto per_region = Apportion(per_type[t], RegionWeights(type));
    for (size_t r = 0; r < regions.size(); ++r) {
      for (int k = 1; k <= per_region[r]; ++k) {
        auto index = static_cast<int32_t>(out.size());
        int32_t parent = ParentOf(type, static_cast<int>(r), k, districts);
        out.push_back(Make(index, LocalLibraryName(regions[r], type, k),
                           regions[r].code, type, parent, year));
        if (type == v1::LIBRARY_TYPE_DISTRICT) districts[r].push_back(index);
      }
    }
  }
  for (Library& l : out) SetOpened(&l, seed);
  return out;
}

}  // namespace kitap::gen
