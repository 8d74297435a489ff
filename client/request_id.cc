#include "client/request_id.h"

#include <sys/random.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace kitap::client {
namespace {

std::array<uint8_t, 16> RandomBytes() {
  std::array<uint8_t, 16> bytes;
  size_t filled = 0;
  while (filled < bytes.size()) {
    ssize_t n = getrandom(bytes.data() + filled, bytes.size() - filled, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::perror("kitap: getrandom");
      std::abort();
    }
    filled += static_cast<size_t>(n);
  }
  return bytes;
}

}  // namespace

std::string FormatUuidV4(std::array<uint8_t, 16> bytes) {
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // variant 10xx
  static constexpr char kHex[] = "0123456789abcdef";
  std::string uuid;
  uuid.reserve(36);
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) uuid.push_back('-');
    uuid.push_back(kHex[bytes[i] >> 4]);
    uuid.push_back(kHex[bytes[i] & 0x0f]);
  }
  return uuid;
}

std::string NewRequestId() { return FormatUuidV4(RandomBytes()); }

}  // namespace kitap::client
