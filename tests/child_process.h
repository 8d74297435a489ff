// Child: a real program started by a test, with stdout and stderr going
// to a log file and, optionally, stdin from a pipe the test writes to. It
// is killed (SIGKILL) and reaped when the object goes away, and when the
// test process dies, so failing tests leave no process behind.
#ifndef KITAP_TESTS_CHILD_PROCESS_H_
#define KITAP_TESTS_CHILD_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace kitap::test {

class Child {
 public:
  struct Options {
    bool stdin_pipe = false;  // else stdin is /dev/null
    // Extra "NAME=value" environment entries, on top of the test's own.
    std::vector<std::string> env;
    // Where stderr goes; empty: into the log, with stdout.
    std::string stderr_path;
  };

  // Starts `args` (args[0] is the program's path).
  Child(const std::vector<std::string>& args, std::string log_path,
        Options options);
  Child(const std::vector<std::string>& args, std::string log_path)
      : Child(args, std::move(log_path), Options{}) {}
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child();

  // Writes `text` to the child's stdin (REQUIRES: stdin_pipe); false when
  // the child no longer reads.
  bool Write(const std::string& text);
  // Closes the child's stdin: it reads end of file.
  void CloseStdin();

  // Waits up to `timeout` for the exit; its exit status, or -1 when it was
  // killed by a signal or is still running.
  int Wait(std::chrono::milliseconds timeout);
  // Waits up to `timeout` for `text` in the log (less when the child exits
  // first); true when it is there.
  bool WaitForLog(const std::string& text, std::chrono::milliseconds timeout);
  // How many times `text` is in the log.
  int CountInLog(const std::string& text) const;

  void Signal(int signal);
  // False once Wait saw the exit.
  bool running() const { return pid_ > 0; }
  // True when the child has exited (whether or not Wait saw it yet).
  bool Exited() const;
  std::string log() const;

 private:
  std::string log_path_;
  pid_t pid_ = -1;
  int stdin_ = -1;
};

// A kitapd child on `db_path`, its gRPC port on loopback: 0 picks a free
// one (read back from its start-up line), else that port (for a restart
// on the port the clients know). HTTP is off.
class KitapdChild {
 public:
  KitapdChild(const std::string& kitapd_path, const std::string& db_path,
              int port, const std::string& log_path);

  // 0 when kitapd did not start (see log()).
  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  Child& process() { return child_; }
  std::string log() const { return child_.log(); }
  // Stops it as systemd does (SIGTERM); its exit status, -1 if it did not
  // exit within 30 s.
  int Stop();

 private:
  Child child_;
  int port_ = 0;
};

}  // namespace kitap::test

#endif  // KITAP_TESTS_CHILD_PROCESS_H_
