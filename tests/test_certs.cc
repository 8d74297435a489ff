#include "tests/test_certs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
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
