// KitapdProcess: a kitapd binary run as a child process on a database file,
// for benchmarks that must measure the real server alone (its own process,
// its own peak memory), and for the crash tests that kill it. The child
// dies with the parent (PR_SET_PDEATHSIG).
#ifndef KITAP_BENCH_KITAPD_PROCESS_H_
#define KITAP_BENCH_KITAPD_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "db/status.h"

namespace kitap::bench {

// Runs `binary --db db_path --bootstrap-admin label` and returns the
// national admin token it prints in *token.
Status BootstrapAdmin(const std::string& binary, const std::string& db_path,
                      const std::string& label, std::string* token);

class KitapdProcess {
 public:
  KitapdProcess() = default;
  KitapdProcess(const KitapdProcess&) = delete;
  KitapdProcess& operator=(const KitapdProcess&) = delete;
  // Stops a process still running (SIGTERM, then waits).
  ~KitapdProcess();

  // Starts `binary` on `db_path` on 127.0.0.1 port 0, with no HTTP port and
  // no rate limit, plus `extra` flags; waits up to ten minutes for its
  // start-up line (migrating a national database takes a while).
  Status Start(const std::string& binary, const std::string& db_path,
               const std::vector<std::string>& extra);
  // "127.0.0.1:PORT" once started.
  std::string address() const;
  // The peak resident set (VmHWM) so far in bytes, or -1.
  int64_t PeakRss() const;
  // Processor time (user + system) it has used so far, in seconds, or -1.
  double CpuSeconds() const;
  // Sends `signal` while it runs.
  void Signal(int signal) const;
  // Waits up to `timeout` for it to end (then kills it with SIGKILL) and
  // returns the wait status; 0 when it was not running.
  int Wait(std::chrono::seconds timeout);
  // SIGTERM, then waits up to ten minutes; returns the wait status.
  int Stop();
  // What it wrote to stderr so far.
  std::string log() const;

 private:
  void ReadStderr(int fd);

  pid_t pid_ = -1;
  int port_ = 0;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::string log_;   // guarded by mutex_
  bool eof_ = false;  // guarded by mutex_
};

// VmHWM of process `pid` from /proc/PID/status, in bytes, or -1.
int64_t PeakRssOf(pid_t pid);
// User + system time of process `pid` from /proc/PID/stat, or -1.
double CpuSecondsOf(pid_t pid);

}  // namespace kitap::bench

#endif  // KITAP_BENCH_KITAPD_PROCESS_H_
