#include "bench/kitapd_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>

namespace kitap::bench {
namespace {

// The port of the "grpc=HOST:PORT " field of kitapd's start-up line, or 0
// while it has not fully arrived.
int PortIn(const std::string& log) {
  size_t field = log.find(" grpc=");
  if (field == std::string::npos) return 0;
  size_t end = log.find_first_of(" \n", field + 1);
  size_t colon = log.rfind(':', end);
  if (end == std::string::npos || colon == std::string::npos || colon < field) {
    return 0;
  }
  int port = 0;
  std::from_chars(log.data() + colon + 1, log.data() + end, port);
  return port;
}

// Appends what `fd` has to *out; false at end of file or on an error.
bool ReadChunk(int fd, std::string* out) {
  char buffer[4096];
  ssize_t n;
  do {
    n = read(fd, buffer, sizeof(buffer));
  } while (n < 0 && errno == EINTR);
  if (n <= 0) return false;
  out->append(buffer, static_cast<size_t>(n));
  return true;
}

// Runs `args` with its `target_fd` going to `fd` (closed here); -1 if the
// fork failed.
pid_t Spawn(std::vector<std::string> args, int fd, int target_fd) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    // The child of a threaded process: async-signal-safe calls only.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    dup2(fd, target_fd);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fd);
  return pid;
}

int Reap(pid_t pid) {
  int status = -1;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace

Status BootstrapAdmin(const std::string& binary, const std::string& db_path,
                      const std::string& label, std::string* token) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    return Status::Internal("PIPE_FAILED", "cannot make a pipe");
  }
  pid_t pid = Spawn({binary, "--db", db_path, "--bootstrap-admin", label},
                    fds[1], STDOUT_FILENO);
  std::string out;
  while (ReadChunk(fds[0], &out)) {
  }
  close(fds[0]);
  int status = pid > 0 ? Reap(pid) : -1;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::Internal("BOOTSTRAP_FAILED",
                            binary + " --bootstrap-admin failed on " + db_path);
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  *token = out;
  return Status::Ok();
}

KitapdProcess::~KitapdProcess() { Stop(); }

Status KitapdProcess::Start(const std::string& binary,
                            const std::string& db_path,
                            const std::vector<std::string>& extra) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    return Status::Internal("PIPE_FAILED", "cannot make a pipe");
  }
  std::vector<std::string> args = {binary,
                                   "--db",
                                   db_path,
                                   "--grpc-listen",
                                   "127.0.0.1:0",
                                   "--http-listen",
                                   "",
                                   "--rate-limit",
                                   "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  pid_ = Spawn(args, fds[1], STDERR_FILENO);
  if (pid_ <= 0) {
    close(fds[0]);
    return Status::Internal("SPAWN_FAILED", "cannot run " + binary);
  }
  reader_ = std::thread(&KitapdProcess::ReadStderr, this, fds[0]);
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, std::chrono::minutes(10),
                    [this] { return eof_ || (port_ = PortIn(log_)) > 0; });
  if (port_ > 0) return Status::Ok();
  return Status::Unavailable("KITAPD_DID_NOT_START", log_);
}

std::string KitapdProcess::address() const {
  return "127.0.0.1:" + std::to_string(port_);
}

int64_t KitapdProcess::PeakRss() const {
  return pid_ > 0 ? PeakRssOf(pid_) : -1;
}

double KitapdProcess::CpuSeconds() const {
  return pid_ > 0 ? CpuSecondsOf(pid_) : -1;
}

void KitapdProcess::Signal(int signal) const {
  if (pid_ > 0) kill(pid_, signal);
}

int KitapdProcess::Wait(std::chrono::seconds timeout) {
  if (pid_ <= 0) return 0;
  bool ended;
  {
    std::unique_lock lock(mutex_);  // stderr ends when the process does
    ended = changed_.wait_for(lock, timeout, [this] { return eof_; });
  }
  if (!ended) Signal(SIGKILL);
  const int status = Reap(pid_);
  pid_ = -1;
  if (reader_.joinable()) reader_.join();
  return status;
}

int KitapdProcess::Stop() {
  Signal(SIGTERM);
  return Wait(std::chrono::minutes(10));
}

std::string KitapdProcess::log() const {
  std::lock_guard lock(mutex_);
  return log_;
}

void KitapdProcess::ReadStderr(int fd) {
  for (bool more = true; more;) {
    std::string chunk;
    more = ReadChunk(fd, &chunk);
    std::lock_guard lock(mutex_);
    log_ += chunk;
    eof_ = !more;
    changed_.notify_all();
  }
  close(fd);
}

int64_t PeakRssOf(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      return std::stoll(line.substr(6)) * 1024;  // "VmHWM:  1234 kB"
    }
  }
  return -1;
}

double CpuSecondsOf(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  // Fields after the command name "(...)": state is field 3, utime 14,
  // stime 15.
  size_t close = stat.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i >= 14) ticks += std::stod(field);
  }
  return ticks / sysconf(_SC_CLK_TCK);
}

}  // namespace kitap::bench
