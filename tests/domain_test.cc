// Unit tests of the pure domain rules (server/domain).
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "server/domain/circulation_rules.h"
#include "server/domain/civil_time.h"
#include "server/domain/journal_rules.h"
#include "server/domain/policy.h"
#include "server/domain/validate.h"

namespace kitap::domain {

// Readable dates in failure messages (found by ADL, so outside the
// anonymous namespace).
void PrintTo(const CivilDate& date, std::ostream* os) {
  *os << FormatDate(date);
}

namespace {

constexpr char kAlmaty[] = "Asia/Almaty";
constexpr CivilDate kToday{2026, 1, 15};  // a Thursday

// The instant of a UTC wall-clock time.
Micros Utc(int year, int month, int day, int hour = 0, int minute = 0,
           int second = 0) {
  return absl::ToUnixMicros(
      absl::FromCivil(absl::CivilSecond(year, month, day, hour, minute, second),
                      absl::UTCTimeZone()));
}

::testing::AssertionResult HasCodeAndReason(const Status& status, Code code,
                                            const std::string& reason) {
  if (status.code() == code && status.reason() == reason) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "got code " << static_cast<int>(status.code()) << " "
         << status.ToString() << ", want code " << static_cast<int>(code) << " "
         << reason;
}

::testing::AssertionResult IsRefusal(const Status& status,
                                     const std::string& reason) {
  return HasCodeAndReason(status, Code::kFailedPrecondition, reason);
}

::testing::AssertionResult IsInvalid(const Status& status,
                                     const std::string& reason) {
  return HasCodeAndReason(status, Code::kInvalidArgument, reason);
}

PatronState GoodPatron() {
  PatronState patron;
  patron.id = 42;
  patron.category = PatronCategory::kAdult;
  patron.birth_date = {1990, 5, 17};
  patron.expires_on = {2026, 12, 31};
  return patron;
}

Calendar MakeCalendar(std::set<int> closed_weekdays,
                      std::set<CivilDate> closed_dates = {}) {
  Calendar calendar;
  calendar.closed_weekdays = std::move(closed_weekdays);
  calendar.closed_dates = std::move(closed_dates);
  return calendar;
}

ItemState ShelvedItem() {
  ItemState item;
  item.id = 123;
  item.owner_library_id = 7;
  return item;
}

// ---------------------------------------------------------------- CivilTime

TEST(CivilTime, IsValidDateAcceptsRealDatesInRange) {
  EXPECT_TRUE(IsValidDate({2025, 6, 30}));
  EXPECT_TRUE(IsValidDate({2024, 2, 29}));
  EXPECT_TRUE(IsValidDate({2000, 2, 29}));
  EXPECT_TRUE(IsValidDate({1900, 1, 1}));
  EXPECT_TRUE(IsValidDate({2200, 12, 31}));
}

TEST(CivilTime, IsValidDateRejectsUnrealOrOutOfRangeDates) {
  EXPECT_FALSE(IsValidDate({2023, 2, 29}));
  EXPECT_FALSE(IsValidDate({1900, 2, 29}));  // century, not leap
  EXPECT_FALSE(IsValidDate({2100, 2, 29}));
  EXPECT_FALSE(IsValidDate({2025, 4, 31}));
  EXPECT_FALSE(IsValidDate({2025, 0, 10}));
  EXPECT_FALSE(IsValidDate({2025, 13, 10}));
  EXPECT_FALSE(IsValidDate({2025, 1, 0}));
  EXPECT_FALSE(IsValidDate({2025, 1, 32}));
  EXPECT_FALSE(IsValidDate({1899, 12, 31}));
  EXPECT_FALSE(IsValidDate({2201, 1, 1}));
  EXPECT_FALSE(IsValidDate(CivilDate{}));
}

TEST(CivilTime, AddDaysCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays({2025, 1, 31}, 1), (CivilDate{2025, 2, 1}));
  EXPECT_EQ(AddDays({2025, 12, 31}, 1), (CivilDate{2026, 1, 1}));
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 2, 28}, 1), (CivilDate{2023, 3, 1}));
  EXPECT_EQ(AddDays({2026, 1, 1}, -1), (CivilDate{2025, 12, 31}));
  EXPECT_EQ(AddDays({2025, 3, 10}, 0), (CivilDate{2025, 3, 10}));
  EXPECT_EQ(AddDays({2025, 1, 1}, 365), (CivilDate{2026, 1, 1}));
}

TEST(CivilTime, WeekdayIsIso) {
  EXPECT_EQ(Weekday({2024, 1, 1}), 1);    // Monday
  EXPECT_EQ(Weekday({2026, 1, 1}), 4);    // Thursday
  EXPECT_EQ(Weekday({2026, 1, 3}), 6);    // Saturday
  EXPECT_EQ(Weekday({2023, 12, 31}), 7);  // Sunday
}

TEST(CivilTime, FormatDatePadsFields) {
  EXPECT_EQ(FormatDate({2026, 1, 5}), "2026-01-05");
  EXPECT_EQ(FormatDate({1900, 12, 31}), "1900-12-31");
}

TEST(CivilTime, ParseDateRoundTripsFormat) {
  for (CivilDate date : {CivilDate{2026, 1, 5}, CivilDate{2024, 2, 29},
                         CivilDate{1900, 1, 1}, CivilDate{2200, 12, 31}}) {
    EXPECT_EQ(ParseDate(FormatDate(date)), date) << FormatDate(date);
  }
}

TEST(CivilTime, ParseDateRejectsMalformedOrUnrealText) {
  for (std::string_view text :
       {"", "2025-1-05", "2025/01/05", "20250105", " 2025-01-05", "2025-01-05 ",
        "+025-01-05", "2025-0a-05", "2025-01-5x", "2025-02-30", "2023-02-29",
        "1899-12-31", "2201-01-01", "2025-00-10", "2025-01-00",
        "2025-01-05T00:00"}) {
    EXPECT_EQ(ParseDate(text), std::nullopt) << text;
  }
}

TEST(CivilTime, IsKnownTimeZoneAcceptsIanaNames) {
  EXPECT_TRUE(IsKnownTimeZone(kAlmaty));
  EXPECT_TRUE(IsKnownTimeZone("Asia/Oral"));
  EXPECT_TRUE(IsKnownTimeZone("Europe/Berlin"));
  EXPECT_TRUE(IsKnownTimeZone("UTC"));
  EXPECT_TRUE(IsKnownTimeZone("Etc/GMT-5"));
  EXPECT_TRUE(IsKnownTimeZone(kAlmaty));  // again, from the cache
}

TEST(CivilTime, IsKnownTimeZoneRejectsOtherNames) {
  const std::vector<std::string> zones = {"",
                                          "Mars/Olympus_Mons",
                                          "asia/almaty",
                                          "Asia/Almaty ",
                                          "Asia/Almaty\n",
                                          "/usr/share/zoneinfo/Asia/Almaty",
                                          "../zoneinfo/Asia/Almaty",
                                          "file:/usr/share/zoneinfo/UTC",
                                          "localtime",
                                          std::string(65, 'A')};
  for (const std::string& zone : zones) {
    EXPECT_FALSE(IsKnownTimeZone(zone)) << zone;
  }
}

TEST(CivilTime, LocalDateInAlmatyAfterTheMoveToUtcPlus5) {
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 19, 30), kAlmaty),
            (CivilDate{2026, 1, 1}));
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 18, 59, 59), kAlmaty),
            (CivilDate{2025, 12, 31}));
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 19, 0, 0), kAlmaty),
            (CivilDate{2026, 1, 1}));
}

TEST(CivilTime, LocalDateInAlmatyBeforeTheMoveWasUtcPlus6) {
  // 18:30Z is 00:30 on 1 January at UTC+6 but 23:30 on 31 December at +5.
  EXPECT_EQ(LocalDate(Utc(2023, 12, 31, 18, 30), kAlmaty),
            (CivilDate{2024, 1, 1}));
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 18, 30), kAlmaty),
            (CivilDate{2025, 12, 31}));
}

TEST(CivilTime, ZonesAreSharedSafelyBetweenThreads) {
  // Zones none of the other tests load, so the threads race on first use.
  const std::vector<std::string> zones = {"Asia/Aqtobe", "Asia/Qostanay",
                                          "Asia/Atyrau", "Asia/Qyzylorda"};
  std::vector<std::thread> threads;
  std::atomic<int> wrong = 0;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&zones, &wrong] {
      for (int i = 0; i < 200; ++i) {
        const std::string& zone = zones[i % zones.size()];
        // All four zones are UTC+5 since 2024-03-01.
        if (LocalDate(Utc(2025, 12, 31, 19, 30), zone) !=
            CivilDate{2026, 1, 1}) {
          ++wrong;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, 0);
}

TEST(CivilTime, LocalDateFallsBackToUtcForUnknownZones) {
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 19, 30), "Mars/Olympus_Mons"),
            (CivilDate{2025, 12, 31}));
  EXPECT_EQ(LocalDate(Utc(2025, 12, 31, 23, 59, 59), ""),
            (CivilDate{2025, 12, 31}));
}

TEST(CivilTime, LocalDateBeforeTheEpoch) {
  EXPECT_EQ(LocalDate(Utc(1969, 12, 31, 23, 59, 59), "UTC"),
            (CivilDate{1969, 12, 31}));
}

TEST(CivilTime, EndOfLocalDayIsTheLastMicrosecond) {
  EXPECT_EQ(EndOfLocalDay({2026, 1, 1}, kAlmaty), Utc(2026, 1, 1, 19) - 1);
  EXPECT_EQ(EndOfLocalDay({2025, 12, 31}, "UTC"), Utc(2026, 1, 1) - 1);
  EXPECT_EQ(EndOfLocalDay({2025, 12, 31}, "Mars/Olympus_Mons"),
            Utc(2026, 1, 1) - 1);
}

TEST(CivilTime, EndOfLocalDayOnTheDayAlmatyChangedOffset) {
  // At 24:00 +6 on 29 February 2024 the clocks went back to 23:00 +5, so
  // that day lasted 25 hours and ended at 19:00Z.
  EXPECT_EQ(EndOfLocalDay({2024, 2, 29}, kAlmaty), Utc(2024, 2, 29, 19) - 1);
  EXPECT_EQ(EndOfLocalDay({2024, 3, 1}, kAlmaty), Utc(2024, 3, 1, 19) - 1);
}

TEST(CivilTime, EndOfLocalDayBordersTheNextDay) {
  for (CivilDate date : {CivilDate{2026, 1, 1}, CivilDate{2024, 2, 29}}) {
    const Micros end = EndOfLocalDay(date, kAlmaty);
    EXPECT_EQ(LocalDate(end, kAlmaty), date);
    EXPECT_EQ(LocalDate(end + 1, kAlmaty), AddDays(date, 1));
  }
}

TEST(CivilTime, AgeInYearsCountsWholeYears) {
  const CivilDate birth{2010, 6, 15};
  EXPECT_EQ(AgeInYears(birth, {2025, 6, 14}), 14);
  EXPECT_EQ(AgeInYears(birth, {2025, 6, 15}), 15);
  EXPECT_EQ(AgeInYears(birth, {2025, 5, 20}), 14);
  EXPECT_EQ(AgeInYears(birth, {2025, 12, 31}), 15);
  EXPECT_EQ(AgeInYears(birth, birth), 0);
  EXPECT_EQ(AgeInYears(birth, {2011, 6, 14}), 0);
}

TEST(CivilTime, AgeInYearsIsZeroBeforeBirth) {
  EXPECT_EQ(AgeInYears({2010, 6, 15}, {2010, 6, 14}), 0);
  EXPECT_EQ(AgeInYears({2010, 6, 15}, {2000, 1, 1}), 0);
}

TEST(CivilTime, AgeInYearsFor29FebruaryBirthdays) {
  const CivilDate birth{2008, 2, 29};
  EXPECT_EQ(AgeInYears(birth, {2025, 2, 28}), 16);  // non-leap year
  EXPECT_EQ(AgeInYears(birth, {2025, 3, 1}), 17);
  EXPECT_EQ(AgeInYears(birth, {2024, 2, 28}), 15);  // leap year
  EXPECT_EQ(AgeInYears(birth, {2024, 2, 29}), 16);
  EXPECT_EQ(AgeInYears(birth, {2009, 2, 28}), 0);
  EXPECT_EQ(AgeInYears(birth, {2009, 3, 1}), 1);
}

// ------------------------------------------------------------------- Policy

TEST(Policy, LoanLimitPerCategory) {
  const Policy policy;
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kAdult), 10);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kChild), 5);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kStudent), 10);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kStaff), 20);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kUnspecified), 0);
}

TEST(Policy, LoanLimitFollowsConfiguration) {
  Policy policy;
  policy.loan_limit_adult = 1;
  policy.loan_limit_child = 2;
  policy.loan_limit_student = 3;
  policy.loan_limit_staff = 4;
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kAdult), 1);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kChild), 2);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kStudent), 3);
  EXPECT_EQ(policy.LoanLimit(PatronCategory::kStaff), 4);
}

TEST(Policy, LoanDaysPerLoanType) {
  Policy policy;
  EXPECT_EQ(policy.LoanDays(LoanType::kNormal), 21);
  EXPECT_EQ(policy.LoanDays(LoanType::kShort), 7);
  EXPECT_EQ(policy.LoanDays(LoanType::kReadingRoom), 0);
  EXPECT_EQ(policy.LoanDays(LoanType::kUnspecified), 0);
  policy.loan_days_normal = 30;
  policy.loan_days_short = 3;
  EXPECT_EQ(policy.LoanDays(LoanType::kNormal), 30);
  EXPECT_EQ(policy.LoanDays(LoanType::kShort), 3);
}

TEST(Policy, CalendarIsOpenUnlessClosedWeekdayOrDate) {
  const Calendar calendar = MakeCalendar({7}, {{2026, 3, 22}});
  EXPECT_TRUE(calendar.IsOpen({2026, 3, 20}));    // Friday
  EXPECT_FALSE(calendar.IsOpen({2026, 3, 22}));   // Sunday and a holiday
  EXPECT_FALSE(calendar.IsOpen({2026, 3, 29}));   // Sunday
  EXPECT_TRUE(Calendar{}.IsOpen({2026, 3, 22}));  // no calendar: always open
  const Calendar holiday_only = MakeCalendar({}, {{2026, 3, 23}});
  EXPECT_FALSE(holiday_only.IsOpen({2026, 3, 23}));  // Monday
  EXPECT_TRUE(holiday_only.IsOpen({2026, 3, 24}));
}

// --------------------------------------------------------- CirculationRules

TEST(CirculationRules, GoodStandingAllowsAValidPatron) {
  EXPECT_TRUE(CheckPatronInGoodStanding(GoodPatron(), kToday).ok());
}

TEST(CirculationRules, GoodStandingRefusesABlockedPatron) {
  PatronState patron = GoodPatron();
  patron.blocked = true;
  const Status status = CheckPatronInGoodStanding(patron, kToday);
  EXPECT_TRUE(IsRefusal(status, "PATRON_BLOCKED"));
  EXPECT_NE(status.message().find("patron 42"), std::string::npos);
}

TEST(CirculationRules, RegistrationIsValidThroughItsLastDay) {
  PatronState patron = GoodPatron();
  patron.expires_on = kToday;
  EXPECT_TRUE(CheckPatronInGoodStanding(patron, kToday).ok());
  const Status status = CheckPatronInGoodStanding(patron, AddDays(kToday, 1));
  EXPECT_TRUE(IsRefusal(status, "PATRON_EXPIRED"));
  EXPECT_NE(status.message().find("2026-01-15"), std::string::npos);
}

TEST(CirculationRules, BlockIsReportedBeforeExpiry) {
  PatronState patron = GoodPatron();
  patron.blocked = true;
  patron.expires_on = {2020, 1, 1};
  EXPECT_TRUE(
      IsRefusal(CheckPatronInGoodStanding(patron, kToday), "PATRON_BLOCKED"));
}

TEST(CirculationRules, CheckOutAllowsAShelvedItemToAGoodPatron) {
  EXPECT_TRUE(
      CheckOutAllowed(Policy{}, GoodPatron(), ShelvedItem(), kToday).ok());
  ItemState short_loan = ShelvedItem();
  short_loan.loan_type = LoanType::kShort;
  EXPECT_TRUE(CheckOutAllowed(Policy{}, GoodPatron(), short_loan, kToday).ok());
}

TEST(CirculationRules, CheckOutRefusesItemsThatAreNotOnTheShelf) {
  const std::vector<std::pair<ItemStatus, std::string>> cases = {
      {ItemStatus::kOnLoan, "ITEM_ALREADY_ON_LOAN"},
      {ItemStatus::kInTransit, "ITEM_IN_TRANSIT"},
      {ItemStatus::kLost, "ITEM_LOST"},
      {ItemStatus::kWithdrawn, "ITEM_WITHDRAWN"},
  };
  for (const auto& [item_status, reason] : cases) {
    ItemState item = ShelvedItem();
    item.status = item_status;
    const Status status = CheckOutAllowed(Policy{}, GoodPatron(), item, kToday);
    EXPECT_TRUE(IsRefusal(status, reason));
    EXPECT_NE(status.message().find("item 123"), std::string::npos)
        << status.message();
  }
}

TEST(CirculationRules, ReadingRoomItemsCannotLeave) {
  ItemState item = ShelvedItem();
  item.loan_type = LoanType::kReadingRoom;
  const Status status = CheckOutAllowed(Policy{}, GoodPatron(), item, kToday);
  EXPECT_TRUE(IsRefusal(status, "ITEM_READING_ROOM_ONLY"));
  EXPECT_EQ(status.message(),
            "item 123 is reading-room only and cannot leave the library");
}

TEST(CirculationRules, CheckOutTreatsUnspecifiedItemStateAsInternalError) {
  ItemState no_status = ShelvedItem();
  no_status.status = ItemStatus::kUnspecified;
  ItemState no_type = ShelvedItem();
  no_type.loan_type = LoanType::kUnspecified;
  ItemState out_of_range = ShelvedItem();
  out_of_range.status = static_cast<ItemStatus>(99);
  for (const ItemState& item : {no_status, no_type, out_of_range}) {
    EXPECT_TRUE(
        HasCodeAndReason(CheckOutAllowed(Policy{}, GoodPatron(), item, kToday),
                         Code::kInternal, "ITEM_STATE_INVALID"));
  }
}

TEST(CirculationRules, CheckOutRefusesAPatronNotInGoodStanding) {
  PatronState blocked = GoodPatron();
  blocked.blocked = true;
  EXPECT_TRUE(
      IsRefusal(CheckOutAllowed(Policy{}, blocked, ShelvedItem(), kToday),
                "PATRON_BLOCKED"));
  PatronState expired = GoodPatron();
  expired.expires_on = AddDays(kToday, -1);
  EXPECT_TRUE(
      IsRefusal(CheckOutAllowed(Policy{}, expired, ShelvedItem(), kToday),
                "PATRON_EXPIRED"));
}

TEST(CirculationRules, CheckOutEnforcesTheLoanLimitOfEachCategory) {
  const Policy policy;
  for (PatronCategory category :
       {PatronCategory::kAdult, PatronCategory::kChild,
        PatronCategory::kStudent, PatronCategory::kStaff}) {
    PatronState patron = GoodPatron();
    patron.category = category;
    patron.open_loans = policy.LoanLimit(category) - 1;
    EXPECT_TRUE(CheckOutAllowed(policy, patron, ShelvedItem(), kToday).ok())
        << static_cast<int>(category);
    patron.open_loans = policy.LoanLimit(category);
    EXPECT_TRUE(
        IsRefusal(CheckOutAllowed(policy, patron, ShelvedItem(), kToday),
                  "LOAN_LIMIT_REACHED"))
        << static_cast<int>(category);
  }
}

TEST(CirculationRules, LoanLimitMessageNamesCountAndCategory) {
  PatronState child = GoodPatron();
  child.category = PatronCategory::kChild;
  child.open_loans = 5;
  EXPECT_EQ(CheckOutAllowed(Policy{}, child, ShelvedItem(), kToday).message(),
            "patron 42 already has 5 items on loan; the limit for child "
            "readers is 5");
}

TEST(CirculationRules, PatronWithoutCategoryCannotBorrow) {
  PatronState patron = GoodPatron();
  patron.category = PatronCategory::kUnspecified;
  EXPECT_TRUE(
      IsRefusal(CheckOutAllowed(Policy{}, patron, ShelvedItem(), kToday),
                "LOAN_LIMIT_REACHED"));
}

TEST(CirculationRules, CheckOutChecksItemThenLoanTypeThenPatronThenLimit) {
  ItemState lent_reading_room = ShelvedItem();
  lent_reading_room.status = ItemStatus::kOnLoan;
  lent_reading_room.loan_type = LoanType::kReadingRoom;
  ItemState reading_room = ShelvedItem();
  reading_room.loan_type = LoanType::kReadingRoom;
  PatronState everything_wrong = GoodPatron();
  everything_wrong.blocked = true;
  everything_wrong.expires_on = {2020, 1, 1};
  everything_wrong.open_loans = 99;
  PatronState expired_at_limit = GoodPatron();
  expired_at_limit.expires_on = {2020, 1, 1};
  expired_at_limit.open_loans = 10;
  const Policy policy;
  EXPECT_TRUE(IsRefusal(
      CheckOutAllowed(policy, everything_wrong, lent_reading_room, kToday),
      "ITEM_ALREADY_ON_LOAN"));
  EXPECT_TRUE(
      IsRefusal(CheckOutAllowed(policy, everything_wrong, reading_room, kToday),
                "ITEM_READING_ROOM_ONLY"));
  EXPECT_TRUE(IsRefusal(
      CheckOutAllowed(policy, everything_wrong, ShelvedItem(), kToday),
      "PATRON_BLOCKED"));
  EXPECT_TRUE(IsRefusal(
      CheckOutAllowed(policy, expired_at_limit, ShelvedItem(), kToday),
      "PATRON_EXPIRED"));
}

TEST(CirculationRules, DueDateAddsTheLoanPeriodOfTheLoanType) {
  const Policy policy;
  const Calendar always_open;
  EXPECT_EQ(DueDate(policy, always_open, LoanType::kNormal, {2026, 1, 15}),
            (CivilDate{2026, 2, 5}));
  EXPECT_EQ(DueDate(policy, always_open, LoanType::kShort, {2026, 1, 15}),
            (CivilDate{2026, 1, 22}));
  EXPECT_EQ(DueDate(policy, always_open, LoanType::kNormal, {2025, 12, 20}),
            (CivilDate{2026, 1, 10}));
  EXPECT_EQ(DueDate(policy, always_open, LoanType::kReadingRoom, {2026, 1, 15}),
            (CivilDate{2026, 1, 15}));
}

TEST(CirculationRules, DueDateMovesPastClosedWeekdays) {
  const Calendar weekends_closed = MakeCalendar({6, 7});
  // 2026-01-15 + 7 = Thursday 22nd: open, unmoved.
  EXPECT_EQ(DueDate(Policy{}, weekends_closed, LoanType::kShort, {2026, 1, 15}),
            (CivilDate{2026, 1, 22}));
  // 2026-01-17 + 7 = Saturday 24th: moved to Monday 26th.
  EXPECT_EQ(DueDate(Policy{}, weekends_closed, LoanType::kShort, {2026, 1, 17}),
            (CivilDate{2026, 1, 26}));
  // Only Wednesdays open: Thursday 22nd moves six days on.
  const Calendar wednesdays_only = MakeCalendar({1, 2, 4, 5, 6, 7});
  EXPECT_EQ(DueDate(Policy{}, wednesdays_only, LoanType::kShort, {2026, 1, 15}),
            (CivilDate{2026, 1, 28}));
}

TEST(CirculationRules, DueDateMovesPastClosedDates) {
  const Calendar holiday = MakeCalendar({}, {{2026, 3, 22}});
  EXPECT_EQ(DueDate(Policy{}, holiday, LoanType::kShort, {2026, 3, 15}),
            (CivilDate{2026, 3, 23}));
}

TEST(CirculationRules, DueDateMovesPastARunOfClosedDays) {
  // Nauryz 21-23 March 2026 (Saturday to Monday) plus closed Sundays and
  // Tuesday 24th for stocktaking: due Saturday 21st becomes Wednesday 25th.
  const Calendar calendar = MakeCalendar(
      {7}, {{2026, 3, 21}, {2026, 3, 22}, {2026, 3, 23}, {2026, 3, 24}});
  EXPECT_EQ(DueDate(Policy{}, calendar, LoanType::kShort, {2026, 3, 14}),
            (CivilDate{2026, 3, 25}));
}

TEST(CirculationRules, DueDateIsUnmovedWhenTheLibraryNeverOpens) {
  const Calendar never_open = MakeCalendar({1, 2, 3, 4, 5, 6, 7});
  EXPECT_EQ(DueDate(Policy{}, never_open, LoanType::kNormal, {2026, 1, 15}),
            (CivilDate{2026, 2, 5}));
}

TEST(CirculationRules, DueDateSearchesAtMostAboutAYear) {
  Calendar closed_for_years;
  for (CivilDate day{2026, 1, 1}; day < CivilDate{2028, 1, 1};
       day = AddDays(day, 1)) {
    closed_for_years.closed_dates.insert(day);
  }
  EXPECT_EQ(DueDate(Policy{}, closed_for_years, LoanType::kShort, {2026, 1, 1}),
            (CivilDate{2026, 1, 8}));
  // A closure of 366 days, the longest searched, is still waited out.
  Calendar long_closure;
  for (int i = 0; i < 366; ++i) {
    long_closure.closed_dates.insert(AddDays({2026, 1, 8}, i));
  }
  EXPECT_EQ(DueDate(Policy{}, long_closure, LoanType::kShort, {2026, 1, 1}),
            (CivilDate{2027, 1, 9}));
}

// A loan due at the end of 15 January 2026 (UTC for simplicity).
OpenLoan LoanDueOnToday() {
  OpenLoan loan;
  loan.loan_id = 77;
  loan.patron_id = 42;
  loan.loaned_at = Utc(2025, 12, 25, 10);
  loan.due_at = Utc(2026, 1, 16) - 1;
  return loan;
}

TEST(CirculationRules, RenewAllowedUpToTheRenewalLimit) {
  const Policy policy;
  OpenLoan loan = LoanDueOnToday();
  const Micros now = Utc(2026, 1, 15, 12);
  for (int renewals = 0; renewals < policy.max_renewals; ++renewals) {
    loan.renewals = renewals;
    EXPECT_TRUE(RenewAllowed(policy, GoodPatron(), loan, now, kToday).ok());
  }
  loan.renewals = policy.max_renewals;
  const Status status = RenewAllowed(policy, GoodPatron(), loan, now, kToday);
  EXPECT_TRUE(IsRefusal(status, "RENEWAL_LIMIT_REACHED"));
  EXPECT_NE(status.message().find("loan 77"), std::string::npos);
}

TEST(CirculationRules, RenewRefusedWhenRenewalsAreDisabled) {
  Policy policy;
  policy.max_renewals = 0;
  EXPECT_TRUE(IsRefusal(RenewAllowed(policy, GoodPatron(), LoanDueOnToday(),
                                     Utc(2026, 1, 15, 12), kToday),
                        "RENEWAL_LIMIT_REACHED"));
}

TEST(CirculationRules, RenewRefusesAnyOverdueLoanByDefault) {
  const Policy policy;
  const OpenLoan loan = LoanDueOnToday();
  EXPECT_TRUE(
      RenewAllowed(policy, GoodPatron(), loan, loan.due_at, kToday).ok());
  const Status status = RenewAllowed(policy, GoodPatron(), loan,
                                     loan.due_at + 1, AddDays(kToday, 1));
  EXPECT_TRUE(IsRefusal(status, "LOAN_OVERDUE"));
  EXPECT_EQ(status.message(),
            "loan 77 is 1 day overdue; overdue loans cannot be renewed");
}

TEST(CirculationRules, RenewAllowsLoansOverdueWithinTheGrace) {
  Policy policy;
  policy.renew_max_overdue_days = 2;
  const OpenLoan loan = LoanDueOnToday();
  const Micros two_days_late = loan.due_at + 2 * kMicrosPerDay;
  EXPECT_TRUE(RenewAllowed(policy, GoodPatron(), loan, loan.due_at + 1,
                           AddDays(kToday, 1))
                  .ok());
  EXPECT_TRUE(RenewAllowed(policy, GoodPatron(), loan, two_days_late,
                           AddDays(kToday, 2))
                  .ok());
  const Status status = RenewAllowed(policy, GoodPatron(), loan,
                                     two_days_late + 1, AddDays(kToday, 3));
  EXPECT_TRUE(IsRefusal(status, "LOAN_OVERDUE"));
  EXPECT_EQ(status.message(),
            "loan 77 is 3 days overdue; loans more than 2 days overdue cannot "
            "be renewed");
}

TEST(CirculationRules, RenewRefusesAPatronNotInGoodStanding) {
  const OpenLoan loan = LoanDueOnToday();
  const Micros now = Utc(2026, 1, 15, 12);
  PatronState blocked = GoodPatron();
  blocked.blocked = true;
  EXPECT_TRUE(IsRefusal(RenewAllowed(Policy{}, blocked, loan, now, kToday),
                        "PATRON_BLOCKED"));
  PatronState expired = GoodPatron();
  expired.expires_on = AddDays(kToday, -1);
  EXPECT_TRUE(IsRefusal(RenewAllowed(Policy{}, expired, loan, now, kToday),
                        "PATRON_EXPIRED"));
  expired.expires_on = kToday;
  EXPECT_TRUE(RenewAllowed(Policy{}, expired, loan, now, kToday).ok());
}

TEST(CirculationRules, RenewChecksLimitThenOverdueThenPatron) {
  PatronState blocked = GoodPatron();
  blocked.blocked = true;
  OpenLoan loan = LoanDueOnToday();
  const Micros late = loan.due_at + 10 * kMicrosPerDay;
  loan.renewals = 2;
  EXPECT_TRUE(IsRefusal(RenewAllowed(Policy{}, blocked, loan, late, kToday),
                        "RENEWAL_LIMIT_REACHED"));
  loan.renewals = 0;
  EXPECT_TRUE(IsRefusal(RenewAllowed(Policy{}, blocked, loan, late, kToday),
                        "LOAN_OVERDUE"));
}

TEST(CirculationRules, ReturnAtTheOwnerMakesTheItemAvailable) {
  EXPECT_EQ(StatusAfterReturn(ShelvedItem(), 7), ItemStatus::kAvailable);
}

TEST(CirculationRules, ReturnElsewhereSendsTheItemInTransit) {
  EXPECT_EQ(StatusAfterReturn(ShelvedItem(), 8), ItemStatus::kInTransit);
}

// ------------------------------------------------------------- JournalRules

// 2026-01-15T09:00:00Z, a day-time instant of kToday in Almaty.
constexpr Micros kOccurredAt = 1'768'467'600 * kMicrosPerSecond;

OpenLoan LiveLoan(int64_t patron_id, Micros loaned_at) {
  OpenLoan loan;
  loan.loan_id = 500;
  loan.patron_id = patron_id;
  loan.loaned_at = loaned_at;
  loan.due_at = loaned_at + 21 * kMicrosPerDay;
  return loan;
}

void ExpectDecision(const JournalDecision& decision, JournalOutcome outcome,
                    const std::string& conflict,
                    const std::string& resolution) {
  EXPECT_EQ(decision.outcome, outcome);
  EXPECT_EQ(decision.conflict, conflict);
  EXPECT_EQ(decision.resolution, resolution);
}

JournalCheckOutPlan PlanCheckOut(const std::optional<PatronState>& patron,
                                 const std::optional<ItemState>& item,
                                 const std::optional<OpenLoan>& open_loan) {
  return PlanJournalCheckOut(Policy{}, patron, item, open_loan, kOccurredAt,
                             kToday);
}

TEST(JournalRules, CheckOutOfUnknownPatronIsKeptForReview) {
  const JournalCheckOutPlan plan =
      PlanCheckOut(std::nullopt, ShelvedItem(), std::nullopt);
  EXPECT_EQ(plan.action, JournalCheckOutAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied, "UNKNOWN_PATRON",
                 "REVIEW");
  // An unknown patron is named first when the item is unknown too.
  ExpectDecision(
      PlanCheckOut(std::nullopt, std::nullopt, std::nullopt).decision,
      JournalOutcome::kNotApplied, "UNKNOWN_PATRON", "REVIEW");
}

TEST(JournalRules, CheckOutOfUnknownItemIsKeptForReview) {
  const JournalCheckOutPlan plan =
      PlanCheckOut(GoodPatron(), std::nullopt, std::nullopt);
  EXPECT_EQ(plan.action, JournalCheckOutAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied, "UNKNOWN_ITEM",
                 "REVIEW");
}

TEST(JournalRules, CheckOutOfAFreeItemOpensTheLoan) {
  const JournalCheckOutPlan plan =
      PlanCheckOut(GoodPatron(), ShelvedItem(), std::nullopt);
  EXPECT_EQ(plan.action, JournalCheckOutAction::kOpenLoan);
  ExpectDecision(plan.decision, JournalOutcome::kApplied, "", "");
}

TEST(JournalRules, CheckOutBreakingALiveRuleIsStillRecorded) {
  using Change = std::function<void(PatronState&, ItemState&)>;
  const std::vector<std::pair<std::string, Change>> cases = {
      {"PATRON_BLOCKED", [](PatronState& p, ItemState&) { p.blocked = true; }},
      {"PATRON_EXPIRED",
       [](PatronState& p, ItemState&) {
         p.expires_on = {2025, 12, 31};
       }},
      {"LOAN_LIMIT_REACHED",
       [](PatronState& p, ItemState&) { p.open_loans = 10; }},
      {"ITEM_READING_ROOM_ONLY",
       [](PatronState&, ItemState& i) {
         i.loan_type = LoanType::kReadingRoom;
       }},
      {"ITEM_LOST",
       [](PatronState&, ItemState& i) { i.status = ItemStatus::kLost; }},
      {"ITEM_WITHDRAWN",
       [](PatronState&, ItemState& i) { i.status = ItemStatus::kWithdrawn; }},
      {"ITEM_IN_TRANSIT",
       [](PatronState&, ItemState& i) { i.status = ItemStatus::kInTransit; }},
  };
  for (const auto& [reason, change] : cases) {
    SCOPED_TRACE(reason);
    PatronState patron = GoodPatron();
    ItemState item = ShelvedItem();
    change(patron, item);
    const JournalCheckOutPlan plan = PlanCheckOut(patron, item, std::nullopt);
    EXPECT_EQ(plan.action, JournalCheckOutAction::kOpenLoan);
    ExpectDecision(plan.decision, JournalOutcome::kAppliedWithConflict, reason,
                   "LOAN_RECORDED_AS_HAPPENED");
  }
}

TEST(JournalRules, CheckOutJudgesExpiryOnTheDayItHappened) {
  PatronState patron = GoodPatron();
  patron.expires_on = kToday;
  EXPECT_EQ(PlanCheckOut(patron, ShelvedItem(), std::nullopt).decision.outcome,
            JournalOutcome::kApplied);
}

TEST(JournalRules, CheckOutNamesTheFirstBrokenRule) {
  PatronState patron = GoodPatron();
  patron.blocked = true;
  ItemState item = ShelvedItem();
  item.status = ItemStatus::kLost;
  EXPECT_EQ(PlanCheckOut(patron, item, std::nullopt).decision.conflict,
            "ITEM_LOST");
}

TEST(JournalRules, CheckOutAlreadyOnLoanToThePatronIsADuplicate) {
  ItemState item = ShelvedItem();
  item.status = ItemStatus::kOnLoan;
  const JournalCheckOutPlan plan =
      PlanCheckOut(GoodPatron(), item, LiveLoan(42, kOccurredAt - 1));
  EXPECT_EQ(plan.action, JournalCheckOutAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied,
                 "ITEM_ALREADY_ON_LOAN_TO_PATRON", "DUPLICATE_IGNORED");
}

TEST(JournalRules, CheckOutAfterAnOlderLoanToAnotherPatronClosesIt) {
  ItemState item = ShelvedItem();
  item.status = ItemStatus::kOnLoan;
  const JournalCheckOutPlan plan =
      PlanCheckOut(GoodPatron(), item, LiveLoan(9, kOccurredAt - 1));
  EXPECT_EQ(plan.action, JournalCheckOutAction::kCloseOpenThenOpen);
  ExpectDecision(plan.decision, JournalOutcome::kAppliedWithConflict,
                 "ITEM_ON_LOAN_TO_OTHER_PATRON", "PREVIOUS_LOAN_CLOSED");
}

TEST(JournalRules, CheckOutBeforeANewerLoanToAnotherPatronIsRecordedClosed) {
  ItemState item = ShelvedItem();
  item.status = ItemStatus::kOnLoan;
  for (Micros loaned_at : {kOccurredAt + 1, kOccurredAt}) {
    const JournalCheckOutPlan plan =
        PlanCheckOut(GoodPatron(), item, LiveLoan(9, loaned_at));
    EXPECT_EQ(plan.action, JournalCheckOutAction::kRecordClosedLoan);
    ExpectDecision(plan.decision, JournalOutcome::kAppliedWithConflict,
                   "ITEM_ON_LOAN_TO_OTHER_PATRON",
                   "RECORDED_AS_RETURNED_BEFORE_NEWER_LOAN");
  }
}

TEST(JournalRules, CheckInOfUnknownItemIsKeptForReview) {
  const JournalCheckInPlan plan =
      PlanJournalCheckIn(std::nullopt, std::nullopt, kOccurredAt);
  EXPECT_EQ(plan.action, JournalCheckInAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied, "UNKNOWN_ITEM",
                 "REVIEW");
}

TEST(JournalRules, CheckInOfItemNotOnLoanIsKeptForReview) {
  const JournalCheckInPlan plan =
      PlanJournalCheckIn(ShelvedItem(), std::nullopt, kOccurredAt);
  EXPECT_EQ(plan.action, JournalCheckInAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied, "ITEM_NOT_ON_LOAN",
                 "REVIEW");
}

TEST(JournalRules, CheckInBeforeTheLiveLoanLeavesItOpen) {
  const JournalCheckInPlan plan = PlanJournalCheckIn(
      ShelvedItem(), LiveLoan(42, kOccurredAt + 1), kOccurredAt);
  EXPECT_EQ(plan.action, JournalCheckInAction::kNothing);
  ExpectDecision(plan.decision, JournalOutcome::kNotApplied,
                 "LOAN_NEWER_THAN_RETURN", "REVIEW");
}

TEST(JournalRules, CheckInClosesAnOlderLoan) {
  for (Micros loaned_at : {kOccurredAt - kMicrosPerDay, kOccurredAt}) {
    const JournalCheckInPlan plan =
        PlanJournalCheckIn(ShelvedItem(), LiveLoan(42, loaned_at), kOccurredAt);
    EXPECT_EQ(plan.action, JournalCheckInAction::kCloseLoan);
    ExpectDecision(plan.decision, JournalOutcome::kApplied, "", "");
  }
}

// ----------------------------------------------------------------- Validate

TEST(Validate, RequestId) {
  EXPECT_TRUE(ValidateRequestId("3f2b8c1e-7d4a-4e2b-9c3d-0a1b2c3d4e5f").ok());
  EXPECT_TRUE(ValidateRequestId("desk.7:2026_01").ok());
  EXPECT_TRUE(ValidateRequestId(std::string(8, 'a')).ok());
  EXPECT_TRUE(ValidateRequestId(std::string(128, 'a')).ok());
  EXPECT_TRUE(IsInvalid(ValidateRequestId(""), "REQUEST_ID_MISSING"));
  for (const std::string& id :
       {std::string(7, 'a'), std::string(129, 'a'), std::string("abcd efgh"),
        std::string("abcd/efgh"), std::string("abcdéfgh"),
        std::string("abcd\0efgh", 9)}) {
    EXPECT_TRUE(IsInvalid(ValidateRequestId(id), "REQUEST_ID_MALFORMED")) << id;
  }
}

TEST(Validate, TextRequiredAndLength) {
  EXPECT_TRUE(IsInvalid(ValidateText("title", "", 10, true), "FIELD_REQUIRED"));
  EXPECT_TRUE(ValidateText("title", "", 10, false).ok());
  EXPECT_TRUE(ValidateText("title", "abcdefghij", 10, true).ok());
  const Status too_long = ValidateText("title", "abcdefghijk", 10, true);
  EXPECT_TRUE(IsInvalid(too_long, "FIELD_TOO_LONG"));
  EXPECT_NE(too_long.message().find("title"), std::string::npos);
  // The limit counts bytes: "Абай" is 4 letters in 8 bytes.
  EXPECT_TRUE(ValidateText("name", "Абай", 8, true).ok());
  EXPECT_TRUE(
      IsInvalid(ValidateText("name", "Абай", 7, true), "FIELD_TOO_LONG"));
}

TEST(Validate, TextAcceptsWellFormedUtf8) {
  for (std::string_view text :
       {"Abai Kunanbaiuly", "Қазақстан тарихы", "Война и мир", "¡Olé! ©",
        "中文", "\xF0\x9F\x93\x9A",  // U+1F4DA books
        "\xC2\xA0",                  // U+00A0, first after the C1 controls
        "\xED\x9F\xBF",              // U+D7FF, below the surrogates
        "\xEE\x80\x80",              // U+E000, above the surrogates
        "\xEF\xBF\xBF",              // U+FFFF
        "\xF4\x8F\xBF\xBF"}) {       // U+10FFFF, the last code point
    EXPECT_TRUE(ValidateText("title", text, 100, true).ok()) << text;
  }
}

TEST(Validate, TextRejectsIllFormedUtf8) {
  for (std::string_view text : {
           "\x80",                  // stray continuation byte
           "abc\xBF",               // stray continuation byte after ASCII
           "\xC0\x80",              // overlong U+0000
           "\xC1\xBF",              // overlong U+007F
           "\xE0\x80\x80",          // overlong 3-byte
           "\xE0\x9F\xBF",          // overlong U+07FF
           "\xF0\x8F\xBF\xBF",      // overlong U+FFFF
           "\xED\xA0\x80",          // surrogate U+D800
           "\xED\xBF\xBF",          // surrogate U+DFFF
           "\xF4\x90\x80\x80",      // U+110000
           "\xF5\x80\x80\x80",      // lead byte beyond U+10FFFF
           "\xF8\x88\x80\x80\x80",  // 5-byte form
           "\xFF",                  // never valid
           "\xC3",                  // truncated at end of text
           "ab\xE2\x82",            // truncated 3-byte
           "\xF0\x9F\x93",          // truncated 4-byte
           "\xC3"
           "A",             // lead byte followed by ASCII
           "\xE2\x28\xA1",  // bad second byte
       }) {
    EXPECT_TRUE(
        IsInvalid(ValidateText("title", text, 100, true), "INVALID_UTF8"))
        << ::testing::PrintToString(std::string(text));
  }
}

TEST(Validate, TextInvalidUtf8MessageNamesFieldAndByte) {
  EXPECT_EQ(ValidateText("authors", "ab\xFF", 100, true).message(),
            "authors is not valid UTF-8 (at byte 2)");
}

TEST(Validate, TextRejectsControlCharacters) {
  for (const std::string& text : {std::string("a\0b", 3), std::string("a\tb"),
                                  std::string("a\nb"), std::string("a\rb"),
                                  std::string("a\x1F"
                                              "b"),
                                  std::string("a\x7F"
                                              "b"),
                                  std::string("a\xC2\x80"
                                              "b"),
                                  std::string("a\xC2\x85"
                                              "b"),
                                  std::string("a\xC2\x9F"
                                              "b")}) {
    EXPECT_TRUE(IsInvalid(ValidateText("title", text, 100, true),
                          "TEXT_CONTROL_CHARACTER"))
        << ::testing::PrintToString(text);
  }
}

TEST(Validate, CardNumber) {
  EXPECT_TRUE(ValidateCardNumber("KZ-0001-2345").ok());
  EXPECT_TRUE(ValidateCardNumber("abcd").ok());
  EXPECT_TRUE(ValidateCardNumber(std::string(32, '7')).ok());
  EXPECT_TRUE(IsInvalid(ValidateCardNumber(""), "CARD_NUMBER_MISSING"));
  for (const std::string& card :
       {std::string("abc"), std::string(33, '7'), std::string("KZ 0001"),
        std::string("KZ_0001"), std::string("КZ0001")}) {
    EXPECT_TRUE(IsInvalid(ValidateCardNumber(card), "CARD_NUMBER_MALFORMED"))
        << card;
  }
}

TEST(Validate, Barcode) {
  EXPECT_TRUE(ValidateBarcode("1").ok());
  EXPECT_TRUE(ValidateBarcode("31/2025-Ab!~").ok());
  EXPECT_TRUE(ValidateBarcode(std::string(64, 'x')).ok());
  EXPECT_TRUE(IsInvalid(ValidateBarcode(""), "BARCODE_MISSING"));
  for (const std::string& barcode :
       {std::string(65, 'x'), std::string("12 34"), std::string("12\t34"),
        std::string("12\x7F"), std::string("Ә123")}) {
    EXPECT_TRUE(IsInvalid(ValidateBarcode(barcode), "BARCODE_MALFORMED"))
        << barcode;
  }
}

TEST(Validate, Id) {
  EXPECT_TRUE(ValidateId("library_id", 1).ok());
  for (int64_t id : {0, -1}) {
    const Status status = ValidateId("library_id", id);
    EXPECT_TRUE(IsInvalid(status, "ID_MALFORMED"));
    EXPECT_NE(status.message().find("library_id"), std::string::npos);
  }
}

TEST(Validate, Date) {
  EXPECT_TRUE(ValidateDate("birth_date", {2024, 2, 29}).ok());
  const Status status = ValidateDate("birth_date", {2025, 2, 30});
  EXPECT_TRUE(IsInvalid(status, "DATE_INVALID"));
  EXPECT_NE(status.message().find("birth_date 2025-02-30"), std::string::npos);
  EXPECT_TRUE(
      IsInvalid(ValidateDate("birth_date", {1899, 12, 31}), "DATE_INVALID"));
}

TEST(Validate, OccurredAt) {
  const Micros now = Utc(2026, 1, 15, 12);
  const Micros ten_minutes = 600 * kMicrosPerSecond;
  EXPECT_TRUE(ValidateOccurredAt(now, now).ok());
  EXPECT_TRUE(ValidateOccurredAt(Utc(2000, 1, 1), now).ok());
  EXPECT_TRUE(ValidateOccurredAt(now + ten_minutes, now).ok());
  EXPECT_TRUE(IsInvalid(ValidateOccurredAt(Utc(2000, 1, 1) - 1, now),
                        "TIME_OUT_OF_RANGE"));
  EXPECT_TRUE(IsInvalid(ValidateOccurredAt(now + ten_minutes + 1, now),
                        "TIME_OUT_OF_RANGE"));
  EXPECT_TRUE(IsInvalid(ValidateOccurredAt(-1, now), "TIME_OUT_OF_RANGE"));
}

TEST(Validate, Isbn) {
  for (std::string_view isbn : {"", "0306406152", "080442957X", "9780306406157",
                                "9791000000008", "9786017000004"}) {
    EXPECT_TRUE(ValidateIsbn(isbn).ok()) << isbn;
  }
  for (std::string_view isbn :
       {"0306406153",      // wrong check digit
        "080442957x",      // lower-case x
        "08044295X7",      // X not last
        "0-306-40615-2",   // hyphens
        "030640615",       // 9 digits
        "9780306406158",   // wrong check digit
        "978030640615X",   // X in ISBN-13
        "9771234567003",   // valid EAN-13, but an ISSN prefix
        "97803064061570",  // 14 digits
        " 0306406152"}) {
    EXPECT_TRUE(IsInvalid(ValidateIsbn(isbn), "ISBN_INVALID")) << isbn;
  }
}

TEST(Validate, Issn) {
  for (std::string_view issn : {"", "0317-8471", "2049-3630", "2434-561X"}) {
    EXPECT_TRUE(ValidateIssn(issn).ok()) << issn;
  }
  for (std::string_view issn :
       {"0317-8472", "2434-561x", "03178471", "0317 8471", "031-78471",
        "0317-847", "0317-84711", "X317-8471", "0317-X471"}) {
    EXPECT_TRUE(IsInvalid(ValidateIssn(issn), "ISSN_INVALID")) << issn;
  }
}

TEST(Validate, Language) {
  for (std::string_view language : {"", "kk", "ru", "en"}) {
    EXPECT_TRUE(ValidateLanguage(language).ok()) << language;
  }
  for (std::string_view language : {"KK", "Kk", "k", "kaz", "k1", "қq"}) {
    EXPECT_TRUE(IsInvalid(ValidateLanguage(language), "LANGUAGE_INVALID"))
        << language;
  }
}

}  // namespace
}  // namespace kitap::domain
