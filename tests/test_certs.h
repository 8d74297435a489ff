// What the TLS tests share: the test certificates, made once per test binary by
// deploy/make-certs.sh in a temp dir: DIR/ca.crt, server.crt,
// server-expired.crt, clients/desk-1.crt (with their keys), and a second CA in
// DIR/other with clients/stranger.crt.
#ifndef KITAP_TESTS_TEST_CERTS_H_
#define KITAP_TESTS_TEST_CERTS_H_

#include <string>

#include "tests/child_process.h"  // the tests run kitapd with Child
#include "tests/temp_dir.h"

namespace kitap::test {

// The whole contents of the file at `path` ("" when it cannot be read).
std::string ReadFile(const std::string& path);

// The directory of the test certificates, made on first use.
const TempDir& Certs();
// A file of Certs(): CertFile("clients/desk-1.key").
std::string CertFile(const std::string& name);
// The contents of CertFile(name).
std::string Pem(const std::string& name);

}  // namespace kitap::test

#endif  // KITAP_TESTS_TEST_CERTS_H_
