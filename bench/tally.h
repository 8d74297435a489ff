// Tally: a sink that counts what the stream holds the way the server's
// counters do (by local year, home library, region, subject and age at the
// event) and makes the manifest the report is checked against.
#ifndef KITAP_BENCH_TALLY_H_
#define KITAP_BENCH_TALLY_H_

#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "bench/records.h"
#include "kitap/bench/manifest.pb.h"

namespace kitap::gen {

class Tally final : public Sink {
 public:
  // Counts figures of `year` (value) and the year before (previous).
  explicit Tally(int year) : year_(year) {}

  Status Put(const Library& library) override;
  Status Put(const Record& record) override;
  Status Put(const Item& item) override;
  Status Put(const Patron& patron) override;
  Status Put(const PeriodicalTitle& title) override;
  Status Put(const Loan& loan) override;
  Status Put(const Renewal& renewal) override;
  Status Put(const Return& ret) override;
  Status Put(const Visit& visit) override;
  Status Put(const IssueRequest& request) override;
  Status Put(const LibraryEvent& event) override;
  Status Finish() override { return Status::Ok(); }

  // The manifest of everything counted so far (year and figures; the
  // caller sets scale, seed and unplaced).
  bench::Manifest Manifest() const;

  // The figures of the report, in the order of v1::Figures.
  enum Figure {
    kLibraries,
    kHoldings,
    kLoans,
    kRenewals,
    kRegistered,
    kActive,
    kNewRegistrations,
    kVisits,
    kRequests,
    kEvents,
    kAttendance,
    kFigureCount
  };
  // value ([0]) and previous ([1]) of each figure.
  using Figures = std::array<std::array<int64_t, 2>, kFigureCount>;

 private:
  struct Reader {
    int32_t library = 0;
    int32_t birth = 0;  // day number
    int16_t first_year = 0;
    int16_t last_year = 0;
    uint8_t active = 0;  // bit k: active in year_ - k
  };
  // Adds `n` to `figure` of `library` when `year` is counted.
  void Add(int32_t library, Figure figure, int year, int64_t n = 1);
  // Counts the reader active in `year` once, if registered then.
  void Activity(int64_t patron, int year);

  const int year_;
  std::vector<Figures> libraries_;
  std::vector<Library> directory_;  // without calendars
  std::vector<uint8_t> record_subjects_;
  std::vector<Reader> readers_;
  // By subject: loans, renewals and holdings.
  std::map<int, std::array<std::array<int64_t, 2>, 3>> subjects_;
  // Visits at the National Library by age in whole years.
  std::map<int, int64_t> national_visits_by_age_;
  int32_t national_library_ = -1;
};

}  // namespace kitap::gen

#endif  // KITAP_BENCH_TALLY_H_
