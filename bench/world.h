// The population of a dataset: libraries, the layout of the catalogue and
// the holdings, readers and periodical titles, built deterministically from
// (scale, seed, year). Compact where it counts: at scale 1 items are only
// index ranges (their attributes are hashes of the index) and a reader
// takes 16 bytes.
#ifndef KITAP_BENCH_WORLD_H_
#define KITAP_BENCH_WORLD_H_

#include <array>
#include <cstdint>
#include <vector>

#include "bench/model.h"
#include "bench/records.h"

namespace kitap::gen {

struct Options {
  double scale = 1;  // 0 < scale <= 1
  uint64_t seed = 1;
  int year = 2025;  // the year of events; the year before gets readers
};

// Readers who were registered in both years, registered for the first
// time in the year, or only in the year before.
enum class Cohort : uint8_t { kContinuing, kNew, kLapsed };

struct PatronCore {
  int32_t birth = 0;       // day number
  int32_t registered = 0;  // day number
  int32_t library = 0;
  uint8_t category = 0;  // v1::PatronCategory
  uint8_t group = 0;     // index into kAgeGroupsOnJan1
  Cohort cohort = Cohort::kContinuing;
  uint8_t activity = 0;  // ActivityLevel
};

// A library's part of the population, as index ranges. Its readers start
// at first_patron: the continuing, then the new ones by registration day
// (so those registered by a day are a prefix), then the lapsed.
struct LibrarySlice {
  // Items of subject s are [subject_start[s], subject_start[s + 1]).
  std::array<int64_t, kSubjects + 1> subject_start{};
  int32_t first_patron = 0;
  int32_t continuing = 0;
  int32_t fresh = 0;
  std::vector<int32_t> fresh_days;  // registration day of each new reader
  // Continuing and new readers by age group.
  std::array<std::vector<int32_t>, kAgeGroups> by_group;
  int64_t first_title = 0;
  int64_t titles = 0;
};

class World {
 public:
  explicit World(const Options& options);

  const Options& options() const { return options_; }
  const Targets& targets() const { return targets_; }
  const std::vector<Library>& libraries() const { return libraries_; }
  const LibrarySlice& slice(int32_t library) const { return slices_[library]; }

  int64_t record_count() const { return record_start_.back(); }
  Record RecordAt(int64_t index) const;

  int64_t item_count() const;
  Item ItemAt(int64_t index, int32_t library, int subject) const;
  v1::LoanType ItemLoanType(int64_t index, int32_t library) const;
  int32_t ItemAcquiredDay(int64_t index) const;

  int64_t patron_count() const { return patrons_.size(); }
  const PatronCore& patron(int64_t index) const { return patrons_[index]; }
  Patron PatronAt(int64_t index) const;

  const std::vector<PeriodicalTitle>& titles() const { return titles_; }

  // Continuing and new readers of `library` registered by `day`: a prefix
  // of its readers.
  int32_t EligibleCount(int32_t library, int32_t day) const;

 private:
  void LayOutItems();
  void AddTitles();

  Options options_;
  Targets targets_;
  std::vector<Library> libraries_;
  std::vector<LibrarySlice> slices_;
  // Records of subject s are [record_start_[s], record_start_[s + 1]).
  std::array<int64_t, kSubjects + 1> record_start_{};
  std::vector<PatronCore> patrons_;
  std::vector<PeriodicalTitle> titles_;
};

// Building blocks of World, in their own files.
std::vector<Library> MakeLibraries(const Targets& targets, uint64_t seed,
                                   int year);
// Fills the patron ranges of `slices` and returns the readers.
std::vector<PatronCore> MakePatrons(const Targets& targets,
                                    const std::vector<Library>& libraries,
                                    const Options& options,
                                    std::vector<LibrarySlice>* slices);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_WORLD_H_
