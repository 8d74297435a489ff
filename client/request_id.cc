#include "client/request_id.h"

#include <sys/random.h>

#include <cerrno>
#include <chrono>
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

std::string FormatUuidV7(uint64_t unix_ms, std::array<uint8_t, 16> bytes) {
  for (int i = 0; i < 6; ++i) {
    bytes[i] = static_cast<uint8_t>(unix_ms >> (8 * (5 - i)));
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;  // version 7
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

std::string NewRequestId() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now);
  return FormatUuidV7(static_cast<uint64_t>(ms.count()), RandomBytes());
}

}  // namespace kitap::client
