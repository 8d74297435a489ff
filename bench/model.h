// What the generator draws: the reference figures of one year for the whole
// country (shared/reference/national-figures-2025.md) and the shape of the
// network behind them: how readers, holdings and activity divide among
// regions, kinds of library, subjects and ages. Smaller scales shrink every
// count in proportion.
#ifndef KITAP_BENCH_MODEL_H_
#define KITAP_BENCH_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "kitap/v1/common.pb.h"

namespace kitap::gen {

// The reference table at --scale 1. Where it says "more than", the figure
// is the stated one, except the National Library's periodical requests,
// which must pass the million.
inline constexpr int64_t kRefLibraries = 3'887;
inline constexpr int64_t kRefHoldings = 72'500'000;
inline constexpr int64_t kRefLoans = 88'000'000;
inline constexpr int64_t kRefRegisteredUsers = 5'539'969;
// +4.1% against the year before: 5,539,969 / 1.041, rounded.
inline constexpr int64_t kRefRegisteredUsersBefore = 5'321'776;
inline constexpr int64_t kRefVisits = 57'000'000;
inline constexpr int64_t kRefNationalLibraryRequests = 1'040'000;
inline constexpr int64_t kRefOtherRequests = 160'000;  // regional, academic
inline constexpr int64_t kRefEvents = 258'000;

// The libraries every scale keeps: the National Library (Almaty), the
// National Academic Library (Astana) and one regional library per region.
inline constexpr int kCoreLibraries = 22;

// The counts of a dataset at some scale.
struct Targets {
  int64_t libraries = 0;
  int64_t items = 0;  // holdings at the end of the year
  int64_t records = 0;
  int64_t loans = 0;
  int64_t registered = 0;         // registered users in the year
  int64_t registered_before = 0;  // in the year before
  int64_t new_registrations = 0;  // first registered in the year
  int64_t patron_visits = 0;      // card scans at the entrance
  int64_t gate_visits = 0;        // anonymous gate counts
  int64_t national_library_requests = 0;
  int64_t other_requests = 0;
  int64_t events = 0;

  // Readers registered in both years, and those who did not come back.
  int64_t continuing() const { return registered - new_registrations; }
  int64_t lapsed() const { return registered_before - continuing(); }
};
// REQUIRES 0 < scale <= 1.
Targets TargetsFor(double scale);

// How a kind of library weighs in its region.
struct TypeModel {
  v1::LibraryType type;
  int64_t count;        // libraries of this kind at scale 1 (others: core)
  double readers;       // share of its region's readers, relative
  double holdings;      // size of its collection, relative
  double loans;         // loans per reader, relative
  double visits;        // visits per reader, relative
  double events;        // events held, relative
  double reading_room;  // share of items that never leave the library
  double short_loan;    // share of items lent for a week
};
const TypeModel& ModelOf(v1::LibraryType type);
// The kinds of library beyond the core, in the order they are made
// (districts first: rural libraries belong to a district's system).
const std::vector<v1::LibraryType>& OtherTypes();

// Relative number of readers in a region: Turkistan, Jambyl and Pavlodar
// lead (reference table). `rural` weighs only the 17 regions, which alone
// have district and rural libraries.
double ReaderWeight(const std::string& region_code);
double RuralWeight(const std::string& region_code);

// Age groups of readers, by whole years of age on 1 January of the year.
// Over the year a reader is that age or one more, so each group stays
// inside the report's default bands 0-11, 12-18, 17-25, 26-40, 41-60, 61+.
struct AgeGroup {
  int min_age;
  int max_age;
};
inline constexpr int kAgeGroups = 7;
inline constexpr std::array<AgeGroup, kAgeGroups> kAgeGroupsOnJan1 = {
    {{4, 10}, {12, 15}, {17, 17}, {19, 24}, {26, 39}, {41, 59}, {61, 84}}};
// The mix of age groups among readers of a library of `type`: at the
// National Library students lead (17-25), then schoolchildren (12-18).
std::vector<double> AgeMix(v1::LibraryType type);
// The category of a reader of `group`, from a uniform draw `u` in [0, 1).
v1::PatronCategory CategoryOf(int group, double u);

// Weights by subject (index = v1::Subject; index 0 unused).
// Loans: fiction, history and ethnography, popular science, psychology,
// medicine, technology lead, in that order (reference table).
const std::vector<double>& SubjectLoanWeights();
const std::vector<double>& SubjectHoldingWeights();
inline constexpr int kSubjects = 14;  // v1::Subject values 0..13

// Behaviour of readers and loans.
inline constexpr double kNewRegistrationShare = 0.15;
// When readers of the year before first registered: 1, 2, ... 6 years
// before the year, so about as many were new then as in the year.
inline constexpr std::array<double, 6> kRegisteredYearsBefore = {16, 16, 16,
                                                                 16, 16, 20};
inline constexpr double kPatronVisitShare = 0.4;  // of visits; rest gates
inline constexpr int64_t kCopiesPerRecord = 20;
inline constexpr double kAcquiredInYear = 0.03;  // of holdings
inline constexpr double kRenewedOnce = 0.10;
inline constexpr double kRenewedTwice = 0.03;
inline constexpr double kReturnedLate = 0.12;
// A reader's activity level 0 (never comes), 1, 2 or 4, from `u`.
int ActivityLevel(double u);
inline constexpr int kMaxActivity = 4;

}  // namespace kitap::gen

#endif  // KITAP_BENCH_MODEL_H_
