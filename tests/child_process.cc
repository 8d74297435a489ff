#include "tests/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <fstream>
#include <iterator>
#include <thread>

extern char** environ;

namespace kitap::test {
namespace {

using namespace std::chrono_literals;

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

// The port of the "grpc=HOST:PORT " field of kitapd's start-up line, or 0
// while that field has not fully arrived.
int PortIn(const std::string& log) {
  const size_t field = log.find(" grpc=");
  if (field == std::string::npos) return 0;
  const size_t end = log.find_first_of(" \n", field + 1);
  const size_t colon = log.rfind(':', end);
  if (end == std::string::npos || colon == std::string::npos || colon < field) {
    return 0;
  }
  int port = 0;
  std::from_chars(log.data() + colon + 1, log.data() + end, port);
  return port;
}

}  // namespace

Child::Child(const std::vector<std::string>& args, std::string log_path,
             Options options)
    : log_path_(std::move(log_path)) {
  std::vector<std::string> argv_strings = args;
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) env_strings.push_back(*e);
  env_strings.insert(env_strings.end(), options.env.begin(), options.env.end());
  std::vector<char*> argv = Pointers(argv_strings);
  std::vector<char*> envp = Pointers(env_strings);
  int in[2] = {-1, -1};
  if (options.stdin_pipe && pipe2(in, O_CLOEXEC) != 0) return;
  constexpr int kLogFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  const int log = open(log_path_.c_str(), kLogFlags, 0600);
  const int err = options.stderr_path.empty()
                      ? log
                      : open(options.stderr_path.c_str(), kLogFlags, 0600);
  const int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
  pid_ = fork();
  if (pid_ == 0) {  // async-signal-safe calls only
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    dup2(options.stdin_pipe ? in[0] : null, STDIN_FILENO);
    dup2(log, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  close(log);
  if (err != log) close(err);
  close(null);
  if (options.stdin_pipe) {
    close(in[0]);
    stdin_ = in[1];
  }
}

Child::~Child() {
  CloseStdin();
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
}

bool Child::Write(const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = write(stdin_, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

void Child::CloseStdin() {
  if (stdin_ >= 0) close(stdin_);
  stdin_ = -1;
}

int Child::Wait(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (pid_ > 0 && std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::this_thread::sleep_for(5ms);
  }
  return -1;
}

bool Child::WaitForLog(const std::string& text,
                       std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (log().find(text) != std::string::npos) return true;
    if (Exited()) return log().find(text) != std::string::npos;
    std::this_thread::sleep_for(5ms);
  }
  return false;
}

int Child::CountInLog(const std::string& text) const {
  const std::string all = log();
  int count = 0;
  for (size_t at = all.find(text); at != std::string::npos;
       at = all.find(text, at + text.size())) {
    ++count;
  }
  return count;
}

bool Child::Exited() const {
  if (pid_ <= 0) return true;
  siginfo_t info{};
  // WNOWAIT: look without reaping, so that Wait still gets the status.
  return waitid(P_PID, static_cast<id_t>(pid_), &info,
                WEXITED | WNOHANG | WNOWAIT) == 0 &&
         info.si_pid == pid_;
}

void Child::Signal(int signal) {
  if (pid_ > 0) kill(pid_, signal);
}

std::string Child::log() const {
  std::ifstream file(log_path_, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), {});
}

KitapdChild::KitapdChild(const std::string& kitapd_path,
                         const std::string& db_path, int port,
                         const std::string& log_path)
    : child_({kitapd_path, "--db", db_path, "--grpc-listen",
              "127.0.0.1:" + std::to_string(port), "--http-listen", "",
              "--read-threads", "1"},
             log_path) {
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (port_ == 0 && std::chrono::steady_clock::now() < deadline &&
         child_.running()) {
    port_ = PortIn(child_.log());
    if (port_ == 0) std::this_thread::sleep_for(5ms);
  }
}

int KitapdChild::Stop() {
  child_.Signal(SIGTERM);
  return child_.Wait(30s);
}

}  // namespace kitap::test
