#include "tests/test_server.h"

#include <grpcpp/support/client_interceptor.h>

#include "server/ops/admin_ops.h"

namespace kitap::test {

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

namespace {

// Adds the bearer token to every call of a channel.
class TokenInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit TokenInterceptor(std::string token) : token_(std::move(token)) {}
  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::
                PRE_SEND_INITIAL_METADATA)) {
      methods->GetSendInitialMetadata()->insert(
          {"authorization", "Bearer " + token_});
    }
    methods->Proceed();
  }

 private:
  std::string token_;
};

class TokenInterceptorFactory final
    : public grpc::experimental::ClientInterceptorFactoryInterface {
 public:
  explicit TokenInterceptorFactory(std::string token)
      : token_(std::move(token)) {}
  grpc::experimental::Interceptor* CreateClientInterceptor(
      grpc::experimental::ClientRpcInfo*) override {
    return new TokenInterceptor(token_);
  }

 private:
  std::string token_;
};

// A channel to `address` with `credentials` that sends `token`.
std::shared_ptr<grpc::Channel> ChannelWithCredentials(
    const std::string& address, const std::string& token,
    std::shared_ptr<grpc::ChannelCredentials> credentials) {
  std::vector<
      std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>>
      interceptors;
  if (!token.empty()) {
    interceptors.push_back(std::make_unique<TokenInterceptorFactory>(token));
  }
  return grpc::experimental::CreateCustomChannelWithInterceptors(
      address, std::move(credentials), grpc::ChannelArguments(),
      std::move(interceptors));
}

}  // namespace

std::shared_ptr<grpc::Channel> ChannelWithToken(const std::string& address,
                                                const std::string& token) {
  return ChannelWithCredentials(address, token,
                                grpc::InsecureChannelCredentials());
}

std::shared_ptr<grpc::Channel> ChannelWithToken(
    const std::string& address, const std::string& token,
    const grpc::SslCredentialsOptions& tls) {
  return ChannelWithCredentials(address, token, grpc::SslCredentials(tls));
}

Stubs MakeStubs(std::shared_ptr<grpc::Channel> channel) {
  return Stubs(std::move(channel));
}

TestServer::TestServer(domain::Policy policy, double rate_limit)
    : TestServer("", policy, rate_limit) {}

TestServer::TestServer(const std::string& db_path, domain::Policy policy)
    : TestServer(db_path, policy, 0) {}

TestServer::TestServer(const std::string& db_path, domain::Policy policy,
                       double rate_limit)
    : db_path_(db_path.empty() ? dir_.File("kitap.db") : db_path),
      policy_(policy),
      rate_limit_(rate_limit) {
  Status s = ops::BootstrapNationalAdmin(db_path_, "test national admin",
                                         &admin_token_);
  EXPECT_TRUE(s.ok()) << s.ToString();
  Start();
}

std::string TestServer::address() const {
  return "127.0.0.1:" + std::to_string(server_->grpc_port());
}

Stubs TestServer::StubsFor(const std::string& token) {
  return MakeStubs(ChannelWithToken(address(), token));
}

std::string TestServer::IssueToken(v1::Role role, int64_t library_id,
                                   const std::string& region_code) {
  v1::IssueCredentialRequest request;
  request.set_request_id(NewRequestId());
  request.set_role(role);
  request.set_library_id(library_id);
  request.set_region_code(region_code);
  request.set_label("test " + v1::Role_Name(role));
  v1::IssueCredentialResponse response;
  Outcome o =
      Call(admin(), &v1::Admin::Stub::IssueCredential, request, &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.token();
}

TestServer::~TestServer() { Stop(); }

void TestServer::Start() {
  ServerOptions options;
  options.grpc_listen = "127.0.0.1:0";
  options.http_listen = http_listen_;
  options.tls.allow_plaintext = allow_plaintext_;
  options.engine.db_path = db_path_;
  options.engine.policy = policy_;
  options.engine.clock = &clock_;
  options.engine.read_threads = 2;
  options.rate_limit = rate_limit_;
  Status s = KitapServer::Start(options, &server_);
  ASSERT_TRUE(s.ok()) << s.ToString();
  admin_ = StubsFor(admin_token_);
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
