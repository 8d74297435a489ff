// Statistics/WatchCounters and GET /api/v1/counters/live: the current
// year's national figures at once, then each change, coalesced.
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <chrono>

#include "tests/http_client.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using google::protobuf::util::MessageDifferencer;
using std::chrono::steady_clock;

class WatchCountersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_CITY);
    server_.AddPatron(library_, "KZ0001", MakeDate(1990, 1, 1));
    int64_t record = server_.AddRecord();
    for (int i = 1; i <= 6; ++i) {
      server_.AddItem(record, library_, "ITEM-" + std::to_string(i));
    }
  }

  void CheckOut(int item) {
    v1::CheckOutRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(library_);
    request.set_card_number("KZ0001");
    request.set_item_barcode("ITEM-" + std::to_string(item));
    v1::CheckOutResponse response;
    Outcome o = Call(server_.circulation(), &v1::Circulation::Stub::CheckOut,
                     request, &response);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  }

  std::unique_ptr<grpc::ClientReader<v1::LiveCounters>> Watch(
      v1::Statistics::Stub& stub, grpc::ClientContext* context) {
    context->set_deadline(std::chrono::system_clock::now() +
                          std::chrono::seconds(60));
    return stub.WatchCounters(context, v1::WatchCountersRequest());
  }

  TestServer server_;
  int64_t library_ = 0;
};

TEST_F(WatchCountersTest, SendsTheFiguresAtOnceThenEachChange) {
  grpc::ClientContext context;
  auto reader = Watch(server_.statistics(), &context);
  v1::LiveCounters first;
  ASSERT_TRUE(reader->Read(&first));
  EXPECT_EQ(first.year(), 2025);
  EXPECT_EQ(first.figures().loans().value(), 0);
  EXPECT_EQ(first.figures().libraries().value(), 1);
  EXPECT_EQ(first.as_of().seconds(), kJune2 / 1'000'000);

  auto start = steady_clock::now();
  CheckOut(1);
  v1::LiveCounters next;
  ASSERT_TRUE(reader->Read(&next));
  EXPECT_EQ(next.figures().loans().value(), 1);
  EXPECT_EQ(next.figures().active_users().value(), 1);
  EXPECT_LT(steady_clock::now() - start, std::chrono::seconds(5));

  // The same figures as the annual report's totals and the HTTP API.
  v1::GetAnnualReportRequest request;
  request.set_year(2025);
  v1::AnnualReport report;
  ASSERT_TRUE(Call(server_.statistics(), &v1::Statistics::Stub::GetAnnualReport,
                   request, &report)
                  .ok());
  EXPECT_TRUE(MessageDifferencer::Equals(next.figures(), report.totals()));
  HttpAnswer live = HttpGet(server_.http_port(), "/api/v1/counters/live",
                            server_.admin_token());
  ASSERT_EQ(live.status, 200) << live.body;
  v1::LiveCounters over_http;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(live.body, &over_http).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(over_http.figures(), next.figures()));
  context.TryCancel();
}

TEST_F(WatchCountersTest, ABurstOfChangesIsCoalesced) {
  grpc::ClientContext context;
  auto reader = Watch(server_.statistics(), &context);
  v1::LiveCounters counters;
  ASSERT_TRUE(reader->Read(&counters));
  for (int i = 1; i <= 5; ++i) CheckOut(i);
  int updates = 0;
  while (counters.figures().loans().value() < 5) {
    ASSERT_TRUE(reader->Read(&counters));
    ++updates;
  }
  EXPECT_EQ(counters.figures().loans().value(), 5);
  EXPECT_LT(updates, 5);  // at most one a second, not one per write
  context.TryCancel();
}

TEST_F(WatchCountersTest, AdminsMayWatchOthersMayNot) {
  std::string library_admin =
      server_.IssueToken(v1::ROLE_LIBRARY_ADMIN, library_);
  std::string desk = server_.IssueToken(v1::ROLE_DESK, library_);
  for (auto [token, expected] :
       {std::pair{library_admin, grpc::StatusCode::OK},
        {desk, grpc::StatusCode::PERMISSION_DENIED},
        {std::string(), grpc::StatusCode::UNAUTHENTICATED}}) {
    Stubs stubs = server_.StubsFor(token);
    grpc::ClientContext context;
    auto reader = Watch(*stubs.statistics, &context);
    v1::LiveCounters counters;
    bool read = reader->Read(&counters);
    EXPECT_EQ(read, expected == grpc::StatusCode::OK) << token;
    if (read) context.TryCancel();
    EXPECT_EQ(reader->Finish().error_code(),
              read ? grpc::StatusCode::CANCELLED : expected);
  }
}

TEST_F(WatchCountersTest, TheServerStopsWithWatchersConnected) {
  grpc::ClientContext context;
  auto reader = Watch(server_.statistics(), &context);
  v1::LiveCounters counters;
  ASSERT_TRUE(reader->Read(&counters));
  auto start = steady_clock::now();
  server_.Stop();
  EXPECT_LT(steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_FALSE(reader->Read(&counters));
}

}  // namespace
}  // namespace kitap::test
