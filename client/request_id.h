// Request ids: every mutation carries one so that the server applies it
// exactly once, however often it is sent.
#ifndef KITAP_CLIENT_REQUEST_ID_H_
#define KITAP_CLIENT_REQUEST_ID_H_

#include <array>
#include <cstdint>
#include <string>

namespace kitap::client {

// A new random request id: a version 4 UUID in canonical lower-case form
// (8-4-4-4-12 hex digits) from the kernel's CSPRNG (getrandom(2)).
// Aborts if the kernel has no random source, which Linux always has.
std::string NewRequestId();

// Formats 16 random bytes as a version 4 UUID, overwriting the version
// and variant bits as RFC 4122 requires.
std::string FormatUuidV4(std::array<uint8_t, 16> bytes);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REQUEST_ID_H_
