// kitap-gen's deterministic parts: exact splitting, the targets of a scale,
// the population, identifiers the server accepts, loan plans, and the
// year's totals, without a database or a server.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <numeric>
#include <set>

#include "bench/apportion.h"
#include "bench/days.h"
#include "bench/gen_args.h"
#include "bench/loan_plan.h"
#include "bench/names.h"
#include "bench/population.h"
#include "bench/regions.h"
#include "bench/tally.h"
#include "bench/world.h"
#include "bench/year.h"
#include "server/domain/validate.h"

namespace kitap::gen {
namespace {

constexpr double kSmall = 0.0002;

int64_t Sum(const std::vector<int64_t>& parts) {
  return std::accumulate(parts.begin(), parts.end(), int64_t{0});
}

TEST(Apportion, PartsSumExactlyAndFollowTheWeights) {
  auto parts = Apportion(1000, {1, 2, 0, 7});
  EXPECT_EQ(parts, (std::vector<int64_t>{100, 200, 0, 700}));
  EXPECT_EQ(Sum(Apportion(5539969, {560, 470, 420, 3, 0.5})), 5539969);
  EXPECT_EQ(Apportion(2, {1, 1, 1}), (std::vector<int64_t>{1, 1, 0}));
  EXPECT_EQ(Sum(Apportion(0, {0, 0})), 0);
}

TEST(Dealer, DealsTheTotalOverStepsAndCarriesDeferredUnits) {
  Dealer dealer(100, 10.0);
  int64_t dealt = 0;
  for (int step = 0; step < 10; ++step) {
    int64_t units = dealer.Next(1.0);
    if (step == 3) {
      dealer.Defer(units);
      continue;
    }
    dealt += units;
  }
  EXPECT_EQ(dealt, 100);
}

TEST(Targets, ScaleOneIsTheReferenceTable) {
  Targets t = TargetsFor(1);
  EXPECT_EQ(t.libraries, 3887);
  EXPECT_EQ(t.items, 72'500'000);
  EXPECT_EQ(t.loans, 88'000'000);
  EXPECT_EQ(t.registered, 5'539'969);
  EXPECT_EQ(t.registered_before, 5'321'776);
  EXPECT_NEAR(100.0 * (t.registered - t.registered_before) /
                  static_cast<double>(t.registered_before),
              4.1, 0.05);
  EXPECT_EQ(t.patron_visits + t.gate_visits, 57'000'000);
  EXPECT_GT(t.national_library_requests, 1'000'000);
  EXPECT_EQ(t.events, 258'000);
  EXPECT_EQ(t.continuing() + t.new_registrations, t.registered);
  EXPECT_EQ(t.continuing() + t.lapsed(), t.registered_before);
  EXPECT_GT(t.lapsed(), 0);
}

TEST(Targets, SmallerScalesShrinkButKeepTheCoreLibraries) {
  Targets t = TargetsFor(kSmall);
  EXPECT_EQ(t.libraries, kCoreLibraries);
  EXPECT_EQ(t.items, 14'500);
  EXPECT_EQ(t.loans, 17'600);
  EXPECT_EQ(t.registered, 1'108);
  EXPECT_EQ(t.patron_visits + t.gate_visits, 11'400);
  EXPECT_EQ(TargetsFor(0.01).libraries, 39);
}

TEST(World, HasTheNationalLibrariesAndARegionalLibraryPerRegion) {
  World world({kSmall, 3, 2025});
  const auto& libraries = world.libraries();
  ASSERT_EQ(libraries.size(), 22u);
  EXPECT_EQ(libraries[0].type, v1::LIBRARY_TYPE_NATIONAL);
  EXPECT_EQ(libraries[0].region_code, "KZ-75");
  EXPECT_EQ(libraries[1].type, v1::LIBRARY_TYPE_ACADEMIC);
  EXPECT_EQ(libraries[1].region_code, "KZ-71");
  std::set<std::string> regions;
  for (const Library& l : libraries) regions.insert(l.region_code);
  EXPECT_EQ(regions.size(), Regions().size());
  const Library& north = libraries[2 + RegionIndex("KZ-59")];
  EXPECT_NE(north.name_en.find("Sabit Mukanov"), std::string::npos);
  EXPECT_EQ(world.item_count(), world.targets().items);
  EXPECT_EQ(world.patron_count(),
            world.targets().registered + world.targets().lapsed());
}

TEST(World, HeadsOfLibrarySystemsComeFirst) {
  World world({0.01, 3, 2025});
  std::set<v1::LibraryType> types;
  for (const Library& l : world.libraries()) {
    types.insert(l.type);
    EXPECT_LT(l.parent, l.index);
  }
  EXPECT_EQ(types.size(), 7u);
}

TEST(World, IsTheSameForASeedAndDiffersAcrossSeeds) {
  World a({kSmall, 5, 2025}), b({kSmall, 5, 2025}), c({kSmall, 6, 2025});
  EXPECT_EQ(a.PatronAt(17).full_name, b.PatronAt(17).full_name);
  EXPECT_EQ(a.PatronAt(17).birth_date, b.PatronAt(17).birth_date);
  EXPECT_EQ(a.RecordAt(40).title, b.RecordAt(40).title);
  bool differs = false;
  for (int64_t i = 0; i < 50 && !differs; ++i) {
    differs = a.PatronAt(i).birth_date != c.PatronAt(i).birth_date;
  }
  EXPECT_TRUE(differs);
}

TEST(Names, IdentifiersPassTheServersValidation) {
  for (int64_t n : {0, 1, 42, 999'999, 3'624'999}) {
    EXPECT_TRUE(domain::ValidateIsbn(Isbn13(n)).ok()) << Isbn13(n);
    EXPECT_TRUE(domain::ValidateIssn(Issn(n)).ok()) << Issn(n);
    EXPECT_TRUE(domain::ValidateCardNumber(CardNumber(n)).ok());
    EXPECT_TRUE(domain::ValidateBarcode(Barcode(n)).ok());
  }
}

TEST(LoanPlan, RenewsBeforeTheDueDateOnOpenDaysAndReturnsLater) {
  domain::Calendar calendar = CalendarFor(v1::LIBRARY_TYPE_RURAL, 2025);
  Rng rng(9, kStreamYear);
  int renewed = 0;
  for (int k = 0; k < 2000; ++k) {
    int32_t day = FirstDay(2025) + k % 300;
    while (!calendar.IsOpen(FromDayNumber(day))) ++day;
    LoanPlan plan =
        PlanLoan(calendar, v1::LOAN_TYPE_NORMAL, day, LastDay(2025), rng);
    int32_t previous = day, due = plan.due_day;
    EXPECT_LE(plan.renewals.size(), 2u);
    for (const PlannedRenewal& r : plan.renewals) {
      EXPECT_GT(r.day, previous);
      EXPECT_LE(r.day, due);
      EXPECT_TRUE(calendar.IsOpen(FromDayNumber(r.day)));
      previous = r.day;
      due = r.due_day;
      ++renewed;
    }
    if (plan.return_day) {
      EXPECT_GT(*plan.return_day, previous);
    }
  }
  EXPECT_GT(renewed, 0);
}

TEST(Args, NeedOneTargetAndASensibleScale) {
  GenerateOptions options;
  std::string error;
  EXPECT_EQ(ParseArgs({"--scale", "0.001", "--year", "2024", "--seed", "9",
                       "--db", "x.db"},
                      &options, &error),
            ArgsResult::kRun);
  EXPECT_EQ(options.world.year, 2024);
  EXPECT_EQ(options.world.seed, 9u);
  EXPECT_EQ(ParseArgs({"--help"}, &options, &error), ArgsResult::kHelp);
  for (std::vector<std::string> bad :
       {std::vector<std::string>{"--scale", "2", "--db", "x.db"},
        {"--scale", "0.1", "--db", "x.db", "--server", "h:1"},
        {"--scale", "0.1"},
        {"--scale", "abc", "--db", "x.db"},
        {"--frobnicate", "1"}}) {
    GenerateOptions o;
    EXPECT_EQ(ParseArgs(bad, &o, &error), ArgsResult::kError) << bad[0];
    EXPECT_FALSE(error.empty());
  }
}

// The whole small dataset through a Tally only.
bench::Manifest TallyOf(const Options& options, int64_t* unplaced) {
  World world(options);
  Tally tally(options.year);
  Progress quiet(nullptr, false);
  EXPECT_TRUE(EmitPopulation(world, {&tally}, quiet).ok());
  YearSimulator year(world, {&tally});
  EXPECT_TRUE(year.Run([](int, int64_t) {}).ok());
  *unplaced = year.unplaced();
  return tally.Manifest();
}

TEST(Year, TotalsAreTheTargetsExactly) {
  Options options{kSmall, 3, 2025};
  Targets t = TargetsFor(kSmall);
  int64_t unplaced = 0;
  bench::Manifest m = TallyOf(options, &unplaced);
  EXPECT_EQ(unplaced, 0);
  const v1::Figures& f = m.national().totals();
  EXPECT_EQ(f.libraries().value(), t.libraries);
  EXPECT_EQ(f.holdings().value(), t.items);
  EXPECT_EQ(f.loans().value(), t.loans);
  EXPECT_EQ(f.registered_users().value(), t.registered);
  EXPECT_EQ(f.registered_users().previous(), t.registered_before);
  EXPECT_EQ(f.new_registrations().value(), t.new_registrations);
  EXPECT_EQ(f.visits().value(), t.patron_visits + t.gate_visits);
  EXPECT_EQ(f.periodical_requests().value(),
            t.national_library_requests + t.other_requests);
  EXPECT_EQ(f.events().value(), t.events);
  EXPECT_EQ(m.national_library().totals().periodical_requests().value(),
            t.national_library_requests);
  int64_t again = 0;
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
      m, TallyOf(options, &again)));
}

}  // namespace
}  // namespace kitap::gen
