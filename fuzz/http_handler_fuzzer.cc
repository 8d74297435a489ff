// Fuzzes the HTTP side port's request handler (server/http/handler.h) with
// the request's parts as they are, past what Beast's parser would let
// through, with kitapd's real backend (fuzz_http.h). An input is
//
//   byte 0     bit 0: the port is on loopback (probes open);
//              bit 1: the request had a body
//   the rest   method, target and Authorization value, separated by '\n'
//              (missing parts are empty)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_http.h"

namespace {

// The text before the next '\n' of *rest (all of it if none), removed.
std::string_view TakeLine(std::string_view* rest) {
  size_t end = rest->find('\n');
  std::string_view line = rest->substr(0, end);
  rest->remove_prefix(end == std::string_view::npos ? rest->size() : end + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  kitap::http::Request request;
  request.method = TakeLine(&rest);
  request.target = TakeLine(&rest);
  request.authorization = TakeLine(&rest);
  request.has_body = (data[0] & 2) != 0;
  request.peer = "ipv4:203.0.113.7:40000";
  kitap::http::HandlerOptions options{.open_probes = (data[0] & 1) != 0};
  kitap::fuzz::FuzzHttp::Get().Handle(request, options);
  return 0;
}
