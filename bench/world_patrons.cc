// The readers of a dataset. Each region's readers of the year (continuing
// and new) and of the year before (continuing and lapsed) are split among
// its libraries by kind; a reader's age group, category and activity
// follow the mix of their home library.
#include <algorithm>

#include "bench/apportion.h"
#include "bench/days.h"
#include "bench/regions.h"
#include "bench/rng.h"
#include "bench/world.h"

namespace kitap::gen {
namespace {

// Readers of each cohort per library.
struct Counts {
  std::vector<int64_t> continuing, fresh, lapsed;
};

Counts SplitCohorts(const Targets& t, const std::vector<Library>& libraries) {
  const auto& regions = Regions();
  std::vector<double> region_weights;
  for (const Region& r : regions)
    region_weights.push_back(ReaderWeight(r.code));
  auto c = Apportion(t.continuing(), region_weights);
  auto n = Apportion(t.new_registrations, region_weights);
  auto l = Apportion(t.lapsed(), region_weights);
  Counts counts;
  counts.continuing.assign(libraries.size(), 0);
  counts.fresh.assign(libraries.size(), 0);
  counts.lapsed.assign(libraries.size(), 0);
  for (size_t r = 0; r < regions.size(); ++r) {
    std::vector<int32_t> members;
    std::vector<double> weights;
    for (const Library& lib : libraries) {
      if (lib.region_code != regions[r].code) continue;
      members.push_back(lib.index);
      weights.push_back(ModelOf(lib.type).readers);
    }
    auto cs = Apportion(c[r], weights);
    auto ns = Apportion(n[r], weights);
    auto ls = Apportion(l[r], weights);
    for (size_t k = 0; k < members.size(); ++k) {
      counts.continuing[members[k]] = cs[k];
      counts.fresh[members[k]] = ns[k];
      counts.lapsed[members[k]] = ls[k];
    }
  }
  return counts;
}

std::vector<int32_t> OpenDays(const Library& library, int year) {
  std::vector<int32_t> days;
  for (int32_t d = FirstDay(year); d <= LastDay(year); ++d) {
    if (library.calendar.IsOpen(FromDayNumber(d))) days.push_back(d);
  }
  return days;
}

int32_t RandomDayOf(int year, Rng& rng) {
  return FirstDay(year) +
         static_cast<int32_t>(rng.Below(LastDay(year) - FirstDay(year) + 1));
}

// A reader of `library`; `serial` keys its random draws.
PatronCore MakeCore(const Library& library, Cohort cohort, int64_t serial,
                    const std::vector<double>& age_mix,
                    const std::vector<int32_t>& open_days,
                    const Options& options) {
  Rng rng(options.seed, kStreamPatron, static_cast<uint64_t>(serial));
  const int year = options.year;
  PatronCore p;
  p.library = library.index;
  p.cohort = cohort;
  p.group = static_cast<uint8_t>(rng.Pick(age_mix));
  const AgeGroup& group = kAgeGroupsOnJan1[p.group];
  // Born after 1 January of `birth_year`: that age all of 1 January.
  int birth_year =
      year - 1 - static_cast<int>(rng.Between(group.min_age, group.max_age));
  p.birth = FirstDay(birth_year) +
            static_cast<int32_t>(
                rng.Between(1, LastDay(birth_year) - FirstDay(birth_year)));
  p.category = static_cast<uint8_t>(CategoryOf(p.group, rng.Unit()));
  p.activity = static_cast<uint8_t>(ActivityLevel(rng.Unit()));
  if (cohort == Cohort::kNew) {
    p.registered = open_days[rng.Below(open_days.size())];
    return p;
  }
  static const std::vector<double> kYearsBefore = Cumulative(
      {kRegisteredYearsBefore.begin(), kRegisteredYearsBefore.end()});
  int registered_year = year - 1 - rng.Pick(kYearsBefore);
  if (registered_year < birth_year + 3) registered_year = year - 1;
  p.registered = RandomDayOf(registered_year, rng);
  return p;
}

}  // namespace

std::vector<PatronCore> MakePatrons(const Targets& targets,
                                    const std::vector<Library>& libraries,
                                    const Options& options,
                                    std::vector<LibrarySlice>* slices) {
  Counts counts = SplitCohorts(targets, libraries);
  std::vector<PatronCore> patrons;
  patrons.reserve(targets.continuing() + targets.new_registrations +
                  targets.lapsed());
  for (const Library& library : libraries) {
    LibrarySlice& slice = (*slices)[library.index];
    slice.first_patron = static_cast<int32_t>(patrons.size());
    auto age_mix = Cumulative(AgeMix(library.type));
    auto open_days = OpenDays(library, options.year);
    auto add = [&](Cohort cohort, int64_t n) {
      for (int64_t k = 0; k < n; ++k) {
        patrons.push_back(MakeCore(library, cohort, patrons.size(), age_mix,
                                   open_days, options));
      }
    };
    add(Cohort::kContinuing, counts.continuing[library.index]);
    add(Cohort::kNew, counts.fresh[library.index]);
    auto fresh_begin = patrons.end() - counts.fresh[library.index];
    std::stable_sort(fresh_begin, patrons.end(),
                     [](const PatronCore& a, const PatronCore& b) {
                       return a.registered < b.registered;
                     });
    add(Cohort::kLapsed, counts.lapsed[library.index]);
    slice.continuing = static_cast<int32_t>(counts.continuing[library.index]);
    slice.fresh = static_cast<int32_t>(counts.fresh[library.index]);
    int32_t active_end = slice.first_patron + slice.continuing + slice.fresh;
    for (int32_t i = slice.first_patron; i < active_end; ++i) {
      if (patrons[i].cohort == Cohort::kNew) {
        slice.fresh_days.push_back(patrons[i].registered);
      }
      slice.by_group[patrons[i].group].push_back(i);
    }
  }
  return patrons;
}

}  // namespace kitap::gen
