// End to end with the real programs: `kitapd --bootstrap-admin` makes the
// first national admin token, a kitapd serves the database, and the
// `kitap admin` commands issue a desk token, list it, revoke it and read
// the audit log; the revoked token is then refused.
#include <fcntl.h>
#include <google/protobuf/util/json_util.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

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

// Starts `args` (args[0] is the program) with stdout on `out_fd` (or
// inherited when -1) and stderr on `err_fd`. The child dies with the test.
pid_t Spawn(std::vector<std::string> args, int out_fd, int err_fd) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    if (out_fd >= 0) dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int WaitFor(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs a program to its end, its output in files of `dir`.
Ran RunProgram(const TempDir& dir, const std::vector<std::string>& args) {
  const std::string out_path = dir.File("out"), err_path = dir.File("err");
  int out =
      open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int err =
      open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  pid_t pid = Spawn(args, out, err);
  close(out);
  close(err);
  Ran ran;
  if (pid > 0) ran.exit_code = WaitFor(pid);
  ran.out = FileText(out_path);
  ran.err = FileText(err_path);
  return ran;
}

// The port of the "grpc=HOST:PORT " field of kitapd's start-up line, or 0.
int PortIn(const std::string& log) {
  size_t field = log.find(" grpc=");
  size_t end = log.find(' ', field + 1);
  if (field == std::string::npos || end == std::string::npos) return 0;
  size_t colon = log.rfind(':', end);
  int port = 0;
  std::from_chars(log.data() + colon + 1, log.data() + end, port);
  return port;
}

// A kitapd on `db_path`, on a free port, stopped with SIGTERM at the end.
class Kitapd {
 public:
  explicit Kitapd(const std::string& db_path) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return;
    pid_ = Spawn({KITAPD_PATH, "--db", db_path, "--grpc-listen", "127.0.0.1:0",
                  "--http-listen", "", "--read-threads", "1"},
                 -1, fds[1]);
    close(fds[1]);
    stderr_ = fds[0];
    char buffer[4096];
    while (port_ == 0) {  // blocks until the start-up line or exit
      ssize_t n = read(stderr_, buffer, sizeof(buffer));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      log_.append(buffer, static_cast<size_t>(n));
      port_ = PortIn(log_);
    }
  }
  Kitapd(const Kitapd&) = delete;
  Kitapd& operator=(const Kitapd&) = delete;
  ~Kitapd() { Stop(); }

  // Stops it as systemd does; returns its exit code.
  int Stop() {
    if (pid_ <= 0) return exit_code_;
    kill(pid_, SIGTERM);
    exit_code_ = WaitFor(pid_);
    pid_ = -1;
    close(stderr_);
    return exit_code_;
  }

  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  int port() const { return port_; }
  const std::string& log() const { return log_; }

 private:
  pid_t pid_ = -1;
  int stderr_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
  std::string log_;
};

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
  std::unique_ptr<Kitapd> kitapd_;
};

TEST_F(AdminCliTest, BootstrapIssueListRevokeAndAudit) {
  const std::string db = dir_.File("kitap.db");
  Ran bootstrap = RunProgram(
      dir_, {KITAPD_PATH, "--db", db, "--bootstrap-admin", "e2e operator"});
  ASSERT_EQ(bootstrap.exit_code, 0) << bootstrap.err;
  ASSERT_TRUE(bootstrap.out.ends_with("\n"));
  const std::string admin = bootstrap.out.substr(0, bootstrap.out.size() - 1);
  ASSERT_GE(admin.size(), 32u);

  kitapd_ = std::make_unique<Kitapd>(db);
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
