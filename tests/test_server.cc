#include "tests/test_server.h"

namespace kitap::test {

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

TestServer::TestServer(domain::Policy policy)
    : db_path_(dir_.File("kitap.db")), policy_(policy) {
  Start();
}

TestServer::~TestServer() { Stop(); }

void TestServer::Start() {
  ServerOptions options;
  options.grpc_listen = "127.0.0.1:0";
  options.engine.db_path = db_path_;
  options.engine.policy = policy_;
  options.engine.clock = &clock_;
  options.engine.read_threads = 2;
  Status s = KitapServer::Start(options, &server_);
  ASSERT_TRUE(s.ok()) << s.ToString();
  channel_ =
      grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->grpc_port()),
                          grpc::InsecureChannelCredentials());
  directory_ = v1::Directory::NewStub(channel_);
  patrons_ = v1::Patrons::NewStub(channel_);
  catalog_ = v1::Catalog::NewStub(channel_);
  circulation_ = v1::Circulation::NewStub(channel_);
  periodicals_ = v1::Periodicals::NewStub(channel_);
  events_ = v1::Events::NewStub(channel_);
  statistics_ = v1::Statistics::NewStub(channel_);
  diagnostics_ = v1::Diagnostics::NewStub(channel_);
}

void TestServer::Stop() {
  if (server_) server_->Shutdown(std::chrono::seconds(5));
  server_.reset();
}

void TestServer::Restart() {
  Stop();
  Start();
}

std::string TestServer::NewRequestId() {
  return "test-request-" + std::to_string(++next_request_);
}

int64_t TestServer::AddLibrary(const std::string& region,
                               v1::LibraryType type) {
  v1::CreateLibraryRequest request;
  request.set_request_id(NewRequestId());
  v1::Library* l = request.mutable_library();
  l->set_name_kk("Кітапхана " + request.request_id());
  l->set_name_ru("Библиотека " + request.request_id());
  l->set_name_en("Library " + request.request_id());
  l->set_region_code(region);
  l->set_type(type);
  *l->mutable_opened_on() = MakeDate(2000, 1, 1);
  v1::Library response;
  Outcome o = Call(directory(), &v1::Directory::Stub::CreateLibrary, request,
                   &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.id();
}

int64_t TestServer::AddPatron(int64_t home_library, const std::string& card,
                              v1::Date birth, v1::PatronCategory category) {
  v1::CreatePatronRequest request;
  request.set_request_id(NewRequestId());
  v1::Patron* p = request.mutable_patron();
  p->set_card_number(card);
  p->set_full_name("Оқырман " + card);
  *p->mutable_birth_date() = birth;
  p->set_home_library_id(home_library);
  p->set_category(category);
  v1::Patron response;
  Outcome o =
      Call(patrons(), &v1::Patrons::Stub::CreatePatron, request, &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.id();
}

int64_t TestServer::AddRecord(v1::Subject subject) {
  v1::CreateRecordRequest request;
  request.set_request_id(NewRequestId());
  v1::Record* r = request.mutable_record();
  r->set_title("Абай жолы " + request.request_id());
  r->add_authors("Мұхтар Әуезов");
  r->set_language("kk");
  r->set_year(1942);
  r->set_subject(subject);
  v1::Record response;
  Outcome o =
      Call(catalog(), &v1::Catalog::Stub::CreateRecord, request, &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.id();
}

int64_t TestServer::AddItem(int64_t record, int64_t library,
                            const std::string& barcode, v1::LoanType type) {
  v1::CreateItemRequest request;
  request.set_request_id(NewRequestId());
  v1::Item* i = request.mutable_item();
  i->set_barcode(barcode);
  i->set_record_id(record);
  i->set_library_id(library);
  i->set_loan_type(type);
  v1::Item response;
  Outcome o =
      Call(catalog(), &v1::Catalog::Stub::CreateItem, request, &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.id();
}

void TestServer::ExpectCountersMatchRecount() {
  v1::RecountRequest request;
  v1::RecountResponse response;
  Outcome o =
      Call(statistics(), &v1::Statistics::Stub::Recount, request, &response);
  ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  for (const auto& d : response.differences()) {
    ADD_FAILURE() << "counter differs from recount: " << d.ShortDebugString();
  }
}

}  // namespace kitap::test
