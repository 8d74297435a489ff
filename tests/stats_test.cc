// Statistics on a real database file: the roll-up counters derived from
// the libraries' own.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "db/database.h"
#include "db/migrations.h"
#include "server/stats/rollups.h"
#include "tests/temp_dir.h"

namespace kitap::stats {
namespace {

// (year, metric, dim, library_id, key, value)
using Row =
    std::tuple<int64_t, std::string, int64_t, int64_t, int64_t, int64_t>;

class FillRollupsTest : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        db::Database::Open(dir_.File("k.db"), db::OpenOptions{}, &db_).ok());
    ASSERT_TRUE(db::Migrate(*db_).ok());
    for (int id : {1, 2}) {
      ASSERT_TRUE(db_->Prepare("INSERT INTO library (id, name_kk, name_ru, "
                               "name_en, region_code, type, time_zone, "
                               "opened_on) VALUES (?, 'k', 'r', 'e', 'KZ-75', "
                               "1, 'Asia/Almaty', '2000-01-01')")
                      .Bind(1, id)
                      .Run()
                      .ok());
    }
  }

  void Put(const Row& r) {
    ASSERT_TRUE(db_->Prepare("INSERT INTO counter (year, metric, dim, "
                             "library_id, key, value) VALUES (?, ?, ?, ?, ?, "
                             "?)")
                    .Bind(1, std::get<0>(r))
                    .Bind(2, std::get<1>(r))
                    .Bind(3, std::get<2>(r))
                    .Bind(4, std::get<3>(r))
                    .Bind(5, std::get<4>(r))
                    .Bind(6, std::get<5>(r))
                    .Run()
                    .ok());
  }

  std::vector<Row> RollUps() {
    std::vector<Row> rows;
    db::Statement& st = db_->Prepare(
        "SELECT year, metric, dim, library_id, key, value FROM counter "
        "WHERE library_id = 0 ORDER BY year, metric, dim, key");
    while (st.Step()) {
      rows.emplace_back(st.ColumnInt(0), st.ColumnText(1), st.ColumnInt(2),
                        st.ColumnInt(3), st.ColumnInt(4), st.ColumnInt(5));
    }
    EXPECT_TRUE(st.status().ok());
    return rows;
  }

  test::TempDir dir_;
  std::unique_ptr<db::Database> db_;
};

TEST_F(FillRollupsTest, RollUpRowsAreTheSumsOfTheLibraries) {
  Put({2025, "loans", 0, 1, 0, 3});
  Put({2025, "loans", 0, 2, 0, 4});
  Put({2025, "loans", 1, 1, 17, 2});
  Put({2025, "loans", 1, 2, 17, 5});
  Put({2025, "loans", 1, 2, 30, 1});
  Put({2024, "visits", 0, 2, 0, 9});
  Put({2025, "loans", 0, 0, 0, 99});     // stale roll-up row: replaced
  Put({2023, "events", 0, 0, 0, 1});     // nothing behind it: removed
  Put({2025, "loans", 0, 1000, 0, 50});  // not a library: not summed
  ASSERT_TRUE(FillRollups(*db_).ok());
  // Both libraries are in KZ-75 (region key 75) and of type 1.
  EXPECT_EQ(RollUps(), (std::vector<Row>{{2024, "visits", 0, 0, 0, 9},
                                         {2024, "visits", 4, 0, 75, 9},
                                         {2024, "visits", 5, 0, 1, 9},
                                         {2025, "loans", 0, 0, 0, 7},
                                         {2025, "loans", 1, 0, 17, 7},
                                         {2025, "loans", 1, 0, 30, 1},
                                         {2025, "loans", 4, 0, 75, 7},
                                         {2025, "loans", 5, 0, 1, 7}}));
}

}  // namespace
}  // namespace kitap::stats
