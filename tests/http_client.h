// A small synchronous HTTP/1.1 client for tests (Beast's synchronous API)
// talking to the in-process server over loopback, in plaintext or HTTPS.
#ifndef KITAP_TESTS_HTTP_CLIENT_H_
#define KITAP_TESTS_HTTP_CLIENT_H_

#include <map>
#include <memory>
#include <string>

namespace kitap::test {

struct HttpAnswer {
  int status = 0;  // 0: no answer (connection failed or closed)
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string error;                           // why status is 0
};

// HTTPS settings: the CA to trust (the server's certificate must be valid
// for 127.0.0.1) and, for mutual TLS, the client's certificate and key.
// All empty: plaintext.
struct HttpTls {
  std::string ca_file;
  std::string cert_file;
  std::string key_file;
};

// One keep-alive connection to 127.0.0.1:port. A connection or TLS
// handshake that fails makes every answer status 0 with the error.
class HttpClient {
 public:
  explicit HttpClient(int port, const HttpTls& tls = {});
  ~HttpClient();

  // Sends `method target` with "Authorization: Bearer token" when `token`
  // is not empty, and `extra_header` (a whole "Name: value" line) if any.
  HttpAnswer Send(const std::string& method, const std::string& target,
                  const std::string& token = "",
                  const std::string& extra_header = "");
  HttpAnswer Get(const std::string& target, const std::string& token = "") {
    return Send("GET", target, token);
  }
  // Sends `raw` bytes as they are and reads one response.
  HttpAnswer Raw(const std::string& raw);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// GET on a new connection.
HttpAnswer HttpGet(int port, const std::string& target,
                   const std::string& token = "", const HttpTls& tls = {});

}  // namespace kitap::test

#endif  // KITAP_TESTS_HTTP_CLIENT_H_
