// Fuzzes the HTTP side port from the wire: an input is the bytes a client
// sends on one connection. They go through Beast's request parser with the
// side port's limits and the session's reading rules (server/http/wire.h),
// each request that parses to the request handler with kitapd's real
// backend (fuzz_http.h), and each response through Beast's serializer,
// request after request while the connection is kept alive. The port is
// taken to be off loopback, so the probes need a token too.
#include <boost/asio/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/system/system_error.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <sstream>

#include "fuzz/fuzz_http.h"
#include "server/http/wire.h"

namespace kitap::fuzz {
namespace {

namespace beast = boost::beast;

// A connection whose peer has sent everything and closed: reading parses
// only what is already in the buffer.
struct DrainedStream {
  template <class Buffers>
  size_t read_some(const Buffers&, beast::error_code& ec) {
    ec = boost::asio::error::eof;
    return 0;
  }
  template <class Buffers>
  size_t read_some(const Buffers&) {
    throw boost::system::system_error(boost::asio::error::eof);
  }
};

// Serves one request from `buffer`; false when the connection closes.
bool ServeOne(DrainedStream& stream, beast::flat_buffer& buffer) {
  http::RequestParser parser;
  http::LimitParser(8 * 1024, &parser);
  beast::error_code ec;
  beast::http::read(stream, buffer, parser, ec);
  std::optional<http::Response> response;
  bool keep_alive = false;
  unsigned version = 11;
  if (ec) {
    response = http::ReadFailure(ec);
    if (!response) return false;
  } else {
    keep_alive = parser.get().keep_alive();
    version = parser.get().version();
    response = FuzzHttp::Get().Handle(
        http::FromBeast(parser.get(), "ipv4:203.0.113.7:40000"),
        http::HandlerOptions{.open_probes = false});
  }
  http::BeastResponse written =
      http::ToBeast(std::move(*response), version, keep_alive);
  std::ostringstream wire;
  wire << written;
  return keep_alive && !written.need_eof();
}

}  // namespace
}  // namespace kitap::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  boost::beast::flat_buffer buffer;
  auto space = buffer.prepare(size);
  std::memcpy(space.data(), data, size);
  buffer.commit(size);
  kitap::fuzz::DrainedStream stream;
  while (buffer.size() > 0 && kitap::fuzz::ServeOne(stream, buffer)) {
  }
  return 0;
}
