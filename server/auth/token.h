// Bearer tokens: made from 32 random bytes, stored only as SHA-256 hashes.
#ifndef KITAP_SERVER_AUTH_TOKEN_H_
#define KITAP_SERVER_AUTH_TOKEN_H_

#include <string>
#include <string_view>

namespace kitap::auth {

// A new token: "kitap_" followed by 64 hex digits (256 random bits from
// the operating system's CSPRNG).
std::string NewToken();

// The SHA-256 of `token` (32 raw bytes): what the database keeps.
std::string HashToken(std::string_view token);

}  // namespace kitap::auth

#endif  // KITAP_SERVER_AUTH_TOKEN_H_
