// What the TLS tests share: a child process with its output in a log
// file (to run kitapd and deploy/make-certs.sh), and the test
// certificates, made once per test binary by deploy/make-certs.sh in a
// temp dir: DIR/ca.crt, server.crt, server-expired.crt, clients/desk-1.crt
// (with their keys), and a second CA in DIR/other with
// clients/stranger.crt.
#ifndef KITAP_TESTS_TEST_CERTS_H_
#define KITAP_TESTS_TEST_CERTS_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace kitap::test {

// The whole contents of the file at `path` ("" when it cannot be read).
std::string ReadFile(const std::string& path);

// A child process with stdout and stderr going to a log file. It is killed
// when the object goes away, and when the test process dies.
class Child {
 public:
  Child(const std::vector<std::string>& args, std::string log_path);
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child();

  // Waits up to `timeout` for the exit; its exit status, or -1 when it was
  // killed by a signal or is still running.
  int Wait(std::chrono::milliseconds timeout);

  // Waits up to `timeout` for `text` in the log while the child runs; true
  // when it is there.
  bool WaitForLog(const std::string& text, std::chrono::milliseconds timeout);

  void Signal(int signal);
  std::string log() const { return ReadFile(log_path_); }

 private:
  std::string log_path_;
  pid_t pid_ = -1;
};

// The directory of the test certificates, made on first use.
const TempDir& Certs();
// A file of Certs(): CertFile("clients/desk-1.key").
std::string CertFile(const std::string& name);
// The contents of CertFile(name).
std::string Pem(const std::string& name);

}  // namespace kitap::test

#endif  // KITAP_TESTS_TEST_CERTS_H_
