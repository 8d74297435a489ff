// Language: the language `kitap` speaks to people in. Messages, report
// labels and refusal explanations come in Kazakh, Russian and English.
#ifndef KITAP_CLIENT_LANGUAGE_H_
#define KITAP_CLIENT_LANGUAGE_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "client/args.h"

namespace kitap::client {

enum class Language { kKazakh, kRussian, kEnglish };

// The option that chooses the language, e.g. `--lang kk`.
inline constexpr std::string_view kLanguageOption = "lang";

// Parses an ISO 639-1 code: "kk", "ru" or "en". Fails (INVALID_ARGUMENT)
// on anything else.
absl::StatusOr<Language> ParseLanguage(std::string_view code);

// The language of a POSIX locale: the first non-empty of LC_ALL,
// LC_MESSAGES and LANG (each may be null) decides; "kk..." is Kazakh,
// "ru..." Russian, anything else (or none) English.
Language LanguageFromLocale(const char* lc_all, const char* lc_messages,
                            const char* lang);

// --lang when given, else the process's locale (LanguageFromLocale of the
// environment). Fails when --lang is not kk, ru or en.
absl::StatusOr<Language> LanguageFrom(const ParsedArgs& args);

// "kk", "ru" or "en".
std::string_view LanguageCode(Language language);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_LANGUAGE_H_
