// The table behind reason_text.h, in two parts: the reasons of bad input,
// and those of refusals by a rule, of credentials, of the server's storage
// and of offline journal conflicts. Internal to reason_text.cc.
#ifndef KITAP_CLIENT_REASON_TEXTS_H_
#define KITAP_CLIENT_REASON_TEXTS_H_

#include <span>
#include <string_view>

namespace kitap::client {

struct ReasonText {
  std::string_view reason;
  std::string_view kk;  // Kazakh, Cyrillic
  std::string_view ru;
  std::string_view en;
};

// INVALID_ARGUMENT reasons and the HTTP port's own, one entry each.
std::span<const ReasonText> InputReasonTexts();
// Every other reason, one entry each.
std::span<const ReasonText> RefusalReasonTexts();

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REASON_TEXTS_H_
