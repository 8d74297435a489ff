// End to end with the real programs: `kitapd --bootstrap-admin` makes the
// first national admin token, a kitapd serves the database, and the
// `kitap admin` commands issue a desk token, list it, revoke it and read
// the audit log; the revoked token is then refused.
#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/child_process.h"
#include "tests/temp_dir.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

// What a finished program did.
struct Ran {
  int exit_code = -1;  // -1: it did not exit normally
  std::string out;
  std::string err;
};

std::string FileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs a program to its end, its output in files of `dir`.
Ran RunProgram(const TempDir& dir, const std::vector<std::string>& args) {
  Child child(
      args, dir.File("out"),
      {.env = {"KITAP_CONFIG=/nonexistent"}, .stderr_path = dir.File("err")});
  Ran ran;
  ran.exit_code = child.Wait(std::chrono::seconds(60));
  ran.out = child.log();
  ran.err = FileText(dir.File("err"));
  return ran;
}

class AdminCliTest : public ::testing::Test {
 protected:
  // Runs `kitap ARGS --server ADDR --token TOKEN`.
  Ran Kitap(std::vector<std::string> args, const std::string& token) {
    args.insert(args.begin(), KITAP_PATH);
    for (const std::string& option :
         {std::string("--server"), kitapd_->address(), std::string("--token"),
          token}) {
      args.push_back(option);
    }
    return RunProgram(dir_, args);
  }

  template <class Message>
  Message FromJson(const std::string& json) {
    Message message;
    EXPECT_TRUE(
        google::protobuf::util::JsonStringToMessage(json, &message).ok())
        << json;
    return message;
  }

  // A library to bind desks to, made over gRPC.
  int64_t AddLibrary(const std::string& admin_token) {
    Stubs admin = MakeStubs(ChannelWithToken(kitapd_->address(), admin_token));
    v1::CreateLibraryRequest request;
    request.set_request_id("e2e-library-1");
    v1::Library* l = request.mutable_library();
    l->set_name_kk("Ұлттық кітапхана");
    l->set_name_ru("Национальная библиотека");
    l->set_name_en("National Library");
    l->set_region_code("KZ-75");
    l->set_type(v1::LIBRARY_TYPE_NATIONAL);
    v1::Library library;
    Outcome o = Call(*admin.directory, &v1::Directory::Stub::CreateLibrary,
                     request, &library);
    EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
    return library.id();
  }

  // A Ping with `token`.
  Outcome Ping(const std::string& token) {
    Stubs as = MakeStubs(ChannelWithToken(kitapd_->address(), token));
    v1::PingResponse pong;
    return Call(*as.diagnostics, &v1::Diagnostics::Stub::Ping,
                v1::PingRequest(), &pong);
  }

  TempDir dir_;
  std::unique_ptr<KitapdChild> kitapd_;
};

TEST_F(AdminCliTest, BootstrapIssueListRevokeAndAudit) {
  const std::string db = dir_.File("kitap.db");
  Ran bootstrap = RunProgram(
      dir_, {KITAPD_PATH, "--db", db, "--bootstrap-admin", "e2e operator"});
  ASSERT_EQ(bootstrap.exit_code, 0) << bootstrap.err;
  ASSERT_TRUE(bootstrap.out.ends_with("\n"));
  const std::string admin = bootstrap.out.substr(0, bootstrap.out.size() - 1);
  ASSERT_GE(admin.size(), 32u);

  kitapd_ = std::make_unique<KitapdChild>(KITAPD_PATH, db, 0,
                                          dir_.File("kitapd.log"));
  ASSERT_GT(kitapd_->port(), 0) << kitapd_->log();
  const std::string library = std::to_string(AddLibrary(admin));

  Ran issued = Kitap({"admin", "token", "issue", "--role", "desk", "--library",
                      library, "--label", "Desk 1, lending hall"},
                     admin);
  ASSERT_EQ(issued.exit_code, 0) << issued.err;
  EXPECT_NE(issued.err.find("shown only this once"), std::string::npos);
  const std::string desk = issued.out.substr(0, issued.out.find('\n'));
  EXPECT_EQ(issued.out, desk + "\n");  // the token alone, once
  EXPECT_TRUE(Ping(desk).ok());

  Ran table = Kitap({"admin", "token", "list"}, admin);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("desk of library " + library), std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("Desk 1, lending hall"), std::string::npos);
  EXPECT_EQ(table.out.find(desk), std::string::npos);  // never a token
  Ran json = Kitap({"admin", "token", "list", "--json"}, admin);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto listed = FromJson<v1::ListCredentialsResponse>(json.out);
  ASSERT_EQ(listed.credentials_size(), 2) << json.out;  // bootstrap, desk
  const v1::Credential& credential = listed.credentials(1);
  EXPECT_EQ(credential.role(), v1::ROLE_DESK);

  const std::string id = std::to_string(credential.id());
  Ran revoked = Kitap({"admin", "token", "revoke", id}, admin);
  ASSERT_EQ(revoked.exit_code, 0) << revoked.err;
  EXPECT_TRUE(revoked.out.starts_with("Revoked credential " + id));
  Outcome refused = Ping(desk);
  EXPECT_EQ(refused.code, grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(refused.reason, "UNAUTHENTICATED");
  Ran as_desk = Kitap({"admin", "token", "list"}, desk);
  EXPECT_EQ(as_desk.exit_code, 3);
  EXPECT_NE(as_desk.err.find("UNAUTHENTICATED"), std::string::npos)
      << as_desk.err;

  // A change after the refusals: their audit entries are in once it is.
  Ran second =
      Kitap({"admin", "token", "issue", "--role", "periodicals", "--library",
             library, "--label", "Reading room", "--json"},
            admin);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  auto periodicals = FromJson<v1::IssueCredentialResponse>(second.out);
  EXPECT_EQ(periodicals.credential().role(), v1::ROLE_PERIODICALS);
  EXPECT_FALSE(periodicals.token().empty());

  Ran audit = Kitap({"admin", "audit"}, admin);
  ASSERT_EQ(audit.exit_code, 0) << audit.err;
  for (const char* expected :
       {"Admin/IssueCredential", "Admin/RevokeCredential",
        "Directory/CreateLibrary", "Admin/ListCredentials", "UNAUTHENTICATED",
        "e2e-library-1"}) {
    EXPECT_NE(audit.out.find(expected), std::string::npos)
        << expected << " in\n"
        << audit.out;
  }
  Ran refusals = Kitap({"admin", "audit", "--refused", "--json"}, admin);
  ASSERT_EQ(refusals.exit_code, 0) << refusals.err;
  auto entries = FromJson<v1::QueryAuditResponse>(refusals.out);
  ASSERT_EQ(entries.entries_size(), 2) << refusals.out;  // Ping, list
  for (const v1::AuditEntry& e : entries.entries()) {
    EXPECT_EQ(e.result(), "UNAUTHENTICATED");
  }
  EXPECT_EQ(kitapd_->Stop(), 0);
}

}  // namespace
}  // namespace kitap::test
