// Request ids: every mutation carries one so that the server applies it
// exactly once, however often it is sent.
#ifndef KITAP_CLIENT_REQUEST_ID_H_
#define KITAP_CLIENT_REQUEST_ID_H_

#include <array>
#include <cstdint>
#include <string>

namespace kitap::client {

// A new request id: a version 7 UUID (RFC 9562) in canonical lower-case
// form (8-4-4-4-12 hex digits): the Unix time in milliseconds, then 74 bits
// from the kernel's CSPRNG (getrandom(2)). Ids made later sort later, so
// the server's exactly-once log (keyed by request_id) grows at its end
// instead of at a random page for each write. Aborts if the kernel has no
// random source, which Linux always has.
std::string NewRequestId();

// Formats a version 7 UUID: `unix_ms` in the first 48 bits, the rest from
// `random` with the version and variant bits set as RFC 9562 requires.
std::string FormatUuidV7(uint64_t unix_ms, std::array<uint8_t, 16> random);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REQUEST_ID_H_
