#include "tests/test_certs.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <thread>
#include <utility>

namespace kitap::test {
namespace {

using namespace std::chrono_literals;

// Runs deploy/make-certs.sh with `args`; expects it to succeed.
void MakeCerts(const std::vector<std::string>& args, const TempDir& dir) {
  std::vector<std::string> command = {MAKE_CERTS_PATH};
  command.insert(command.end(), args.begin(), args.end());
  Child script(command, dir.File("make-certs.log"));
  EXPECT_EQ(script.Wait(60s), 0) << script.log();
}

}  // namespace

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), {});
}

Child::Child(const std::vector<std::string>& args, std::string log_path)
    : log_path_(std::move(log_path)) {
  std::vector<char*> argv;
  for (const std::string& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  int log =
      open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  pid_ = fork();
  if (pid_ == 0) {  // async-signal-safe calls only
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(log);
}

Child::~Child() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
}

int Child::Wait(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (pid_ > 0 && std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(10ms);
  }
  return -1;
}

bool Child::WaitForLog(const std::string& text,
                       std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (log().find(text) != std::string::npos) return true;
    if (waitpid(pid_, nullptr, WNOHANG) != 0) return false;  // exited
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

void Child::Signal(int signal) { kill(pid_, signal); }

const TempDir& Certs() {
  static const TempDir dir;  // removed at exit
  static const bool made = [] {
    std::string other = dir.File("other");
    MakeCerts({"server", dir.path()}, dir);
    MakeCerts({"server", "--expired", dir.path()}, dir);
    MakeCerts({"client", dir.path(), "desk-1"}, dir);
    MakeCerts({"client", other, "stranger"}, dir);
    return true;
  }();
  (void)made;
  return dir;
}

std::string CertFile(const std::string& name) { return Certs().File(name); }
std::string Pem(const std::string& name) { return ReadFile(CertFile(name)); }

}  // namespace kitap::test
