// Requests gRPC cannot decode get INVALID_ARGUMENT/REQUEST_MALFORMED and
// change nothing.
#include <gtest/gtest.h>

#include "tests/test_server.h"

namespace kitap::test {
namespace {

TEST(MalformedRequest, InvalidUtf8IsRefusedWithAStableReason) {
  TestServer server;
  int64_t library = server.AddLibrary();
  v1::CreatePatronRequest request;
  request.set_request_id("malformed-utf8-1");
  v1::Patron* p = request.mutable_patron();
  p->set_card_number("KZ0009");
  p->set_full_name(std::string("Ab\xC3\x28 overlong", 13));  // bad UTF-8
  *p->mutable_birth_date() = MakeDate(1990, 1, 1);
  p->set_home_library_id(library);
  p->set_category(v1::PATRON_CATEGORY_ADULT);
  v1::Patron response;
  Outcome o = Call(server.patrons(), &v1::Patrons::Stub::CreatePatron, request,
                   &response);
  EXPECT_EQ(o.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(o.reason, "REQUEST_MALFORMED");
  v1::GetPatronRequest get;
  get.set_card_number("KZ0009");
  Outcome missing =
      Call(server.patrons(), &v1::Patrons::Stub::GetPatron, get, &response);
  EXPECT_EQ(missing.reason, "PATRON_NOT_FOUND");
  server.ExpectCountersMatchRecount();
}

}  // namespace
}  // namespace kitap::test
