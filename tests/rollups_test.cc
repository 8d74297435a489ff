// The region and library-type roll-up counters against a real in-process
// kitapd: they follow the libraries' counters through check-outs,
// registrations, items added and withdrawn and libraries moved to another
// region or type; the national report read from them equals the regional
// reports read from the libraries' rows; Recount checks and repairs them;
// migration 0006 builds them on a database that has counters.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "db/database.h"
#include "server/store/counters.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using google::protobuf::util::MessageDifferencer;
using v1::Catalog;
using v1::Circulation;
using v1::Directory;
using v1::Statistics;

constexpr int kYear = 2025;

class RollupsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    almaty_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_NATIONAL);
    astana_ = server_.AddLibrary("KZ-71", v1::LIBRARY_TYPE_ACADEMIC);
    shymkent_ = server_.AddLibrary("KZ-79", v1::LIBRARY_TYPE_CITY);
    server_.AddPatron(almaty_, "KZ0001", MakeDate(2006, 3, 10));
    int64_t record = server_.AddRecord(v1::SUBJECT_FICTION);
    server_.AddItem(record, almaty_, "ITEM-1");
    server_.AddItem(record, almaty_, "ITEM-2");
    server_.AddItem(record, astana_, "ITEM-3");
  }

  // Check-out of ITEM-1 and withdrawal of ITEM-2 at Almaty.
  void Circulate() {
    v1::CheckOutRequest checkout;
    checkout.set_request_id(server_.NewRequestId());
    checkout.set_library_id(almaty_);
    checkout.set_card_number("KZ0001");
    checkout.set_item_barcode("ITEM-1");
    v1::CheckOutResponse loan;
    Outcome o = Call(server_.circulation(), &Circulation::Stub::CheckOut,
                     checkout, &loan);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
    v1::ItemActionRequest withdraw;
    withdraw.set_request_id(server_.NewRequestId());
    withdraw.set_library_id(almaty_);
    withdraw.set_barcode("ITEM-2");
    v1::Item item;
    o = Call(server_.catalog(), &Catalog::Stub::WithdrawItem, withdraw, &item);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  }

  void Move(int64_t library, const std::string& region, v1::LibraryType type) {
    v1::UpdateLibraryRequest request;
    request.set_request_id(server_.NewRequestId());
    request.mutable_library()->set_id(library);
    request.mutable_library()->set_region_code(region);
    request.mutable_library()->set_type(type);
    request.add_update_mask("region_code");
    request.add_update_mask("type");
    v1::Library moved;
    Outcome o = Call(server_.directory(), &Directory::Stub::UpdateLibrary,
                     request, &moved);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  }

  std::unique_ptr<db::Database> Open(db::Mode mode) {
    db::OpenOptions options;
    options.mode = mode;
    std::unique_ptr<db::Database> db;
    Status s = db::Database::Open(server_.db_path(), options, &db);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return db;
  }

  // The stored roll-up counter (0 when there is no row).
  int64_t Rollup(store::Dim dim, int64_t key, const char* metric) {
    auto db = Open(db::Mode::kReadOnly);
    db::Statement& st = db->Prepare(
        "SELECT value FROM counter WHERE dim = ? AND library_id = 0 AND "
        "key = ? AND metric = ? AND year = ?");
    st.Bind(1, static_cast<int>(dim)).Bind(2, key).Bind(3, metric);
    st.Bind(4, kYear);
    return st.Step() ? st.ColumnInt(0) : 0;
  }

  v1::AnnualReport Report(const std::string& region_code = "") {
    v1::GetAnnualReportRequest request;
    request.set_year(kYear);
    request.set_region_code(region_code);
    v1::AnnualReport report;
    Outcome o = Call(server_.statistics(), &Statistics::Stub::GetAnnualReport,
                     request, &report);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return report;
  }

  // The national report's regions (from the roll-ups) equal each regional
  // report's totals (from the libraries' rows).
  void ExpectRegionsMatchRegionalReports() {
    v1::AnnualReport national = Report();
    for (const v1::RegionFigures& region : national.regions()) {
      v1::AnnualReport regional = Report(region.region_code());
      EXPECT_TRUE(
          MessageDifferencer::Equals(region.figures(), regional.totals()))
          << region.region_code() << ": " << region.figures().ShortDebugString()
          << " vs " << regional.totals().ShortDebugString();
    }
  }

  TestServer server_;
  int64_t almaty_ = 0;
  int64_t astana_ = 0;
  int64_t shymkent_ = 0;
};

const v1::Figures* TypeFigures(const v1::AnnualReport& report,
                               v1::LibraryType type) {
  for (const auto& t : report.library_types()) {
    if (t.type() == type) return &t.figures();
  }
  return nullptr;
}

TEST_F(RollupsTest, FollowCheckOutsRegistrationsAndItemsAddedAndWithdrawn) {
  Circulate();
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kLoans), 1);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kRegisteredUsers), 1);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kNewRegistrations), 1);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kActiveUsers), 1);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kHoldingsIn), 2);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kHoldingsOut), 1);
  EXPECT_EQ(Rollup(store::kRegion, 71, store::kHoldingsIn), 1);
  EXPECT_EQ(Rollup(store::kRegion, 71, store::kLoans), 0);
  EXPECT_EQ(
      Rollup(store::kLibraryType, v1::LIBRARY_TYPE_NATIONAL, store::kLoans), 1);
  EXPECT_EQ(Rollup(store::kLibraryType, v1::LIBRARY_TYPE_ACADEMIC,
                   store::kHoldingsIn),
            1);
  server_.ExpectCountersMatchRecount();
  ExpectRegionsMatchRegionalReports();
  v1::AnnualReport report = Report();
  const v1::Figures* national = TypeFigures(report, v1::LIBRARY_TYPE_NATIONAL);
  ASSERT_NE(national, nullptr);
  EXPECT_EQ(national->loans().value(), 1);
  EXPECT_EQ(national->holdings().value(), 1);
  EXPECT_EQ(national->libraries().value(), 1);
  EXPECT_EQ(report.library_types_size(), 3);
}

TEST_F(RollupsTest, FollowALibraryMovedToAnotherRegionAndType) {
  Circulate();
  Move(almaty_, "KZ-79", v1::LIBRARY_TYPE_CITY);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kLoans), 0);
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kHoldingsIn), 0);
  EXPECT_EQ(Rollup(store::kRegion, 79, store::kLoans), 1);
  EXPECT_EQ(Rollup(store::kRegion, 79, store::kHoldingsIn), 2);
  EXPECT_EQ(Rollup(store::kRegion, 79, store::kRegisteredUsers), 1);
  EXPECT_EQ(Rollup(store::kLibraryType, v1::LIBRARY_TYPE_NATIONAL,
                   store::kHoldingsIn),
            0);
  EXPECT_EQ(
      Rollup(store::kLibraryType, v1::LIBRARY_TYPE_CITY, store::kHoldingsOut),
      1);
  server_.ExpectCountersMatchRecount();
  ExpectRegionsMatchRegionalReports();
  // No library is of the national type any more: it is not listed.
  v1::AnnualReport report = Report();
  EXPECT_EQ(TypeFigures(report, v1::LIBRARY_TYPE_NATIONAL), nullptr);
  const v1::Figures* city = TypeFigures(report, v1::LIBRARY_TYPE_CITY);
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->libraries().value(), 2);
  EXPECT_EQ(city->loans().value(), 1);

  // Later events count where the library is now; a move back restores all.
  Move(almaty_, "KZ-75", v1::LIBRARY_TYPE_NATIONAL);
  Move(shymkent_, "KZ-75", v1::LIBRARY_TYPE_CITY);  // no counters: no change
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kHoldingsIn), 2);
  EXPECT_EQ(Rollup(store::kRegion, 79, store::kHoldingsIn), 0);
  server_.ExpectCountersMatchRecount();
  ExpectRegionsMatchRegionalReports();
}

TEST_F(RollupsTest, RecountFindsAndRepairsADamagedRollupRow) {
  Circulate();
  {
    auto db = Open(db::Mode::kReadWrite);
    ASSERT_TRUE(db->Exec("UPDATE counter SET value = value + 5 WHERE dim = 4 "
                         "AND library_id = 0 AND key = 75 AND "
                         "metric = 'loans' AND year = 2025")
                    .ok());
    ASSERT_TRUE(db->Exec("DELETE FROM counter WHERE dim = 5 AND key = 1 AND "
                         "metric = 'holdings_in'")
                    .ok());
  }
  v1::RecountRequest request;
  request.set_repair(true);
  v1::RecountResponse response;
  Outcome o = Call(server_.statistics(), &Statistics::Stub::Recount, request,
                   &response);
  ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  ASSERT_EQ(response.differences_size(), 2);
  for (const v1::CounterDifference& d : response.differences()) {
    EXPECT_EQ(d.library_id(), 0);
    if (d.dimension() == "region") {
      EXPECT_EQ(d.key(), 75);
      EXPECT_EQ(d.counted(), 6);
      EXPECT_EQ(d.recounted(), 1);
    } else {
      EXPECT_EQ(d.dimension(), "library_type");
      EXPECT_EQ(d.key(), v1::LIBRARY_TYPE_NATIONAL);
      EXPECT_EQ(d.counted(), 0);
      EXPECT_EQ(d.recounted(), 2);
    }
  }
  EXPECT_TRUE(response.repaired());
  server_.ExpectCountersMatchRecount();
}

// A database of schema version 5, as kitapd left it before the roll-ups
// (and with the audit indexes schema 7 drops), gains them from its
// libraries' totals when kitapd starts.
TEST_F(RollupsTest, MigrationBuildsThemOnADatabaseWithCounters) {
  Circulate();
  Move(astana_, "KZ-75", v1::LIBRARY_TYPE_ACADEMIC);
  v1::AnnualReport before = Report();
  server_.Stop();
  {
    auto db = Open(db::Mode::kReadWrite);
    ASSERT_TRUE(db->Exec("DELETE FROM counter WHERE dim IN (4, 5); "
                         "DROP VIEW library_rollup; DROP INDEX region_number; "
                         "ALTER TABLE region DROP COLUMN number; "
                         "CREATE INDEX audit_at ON audit(at); "
                         "CREATE INDEX audit_library ON audit(library_id, at); "
                         "PRAGMA user_version = 5")
                    .ok());
  }
  server_.Restart();
  EXPECT_EQ(Rollup(store::kRegion, 75, store::kHoldingsIn), 3);
  server_.ExpectCountersMatchRecount();
  EXPECT_TRUE(MessageDifferencer::Equals(Report(), before));
}

}  // namespace
}  // namespace kitap::test
