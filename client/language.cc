#include "client/language.h"

#include <cstdlib>
#include <string>

#include "absl/status/status.h"

namespace kitap::client {

absl::StatusOr<Language> ParseLanguage(std::string_view code) {
  if (code == "kk") return Language::kKazakh;
  if (code == "ru") return Language::kRussian;
  if (code == "en") return Language::kEnglish;
  return absl::InvalidArgumentError("--lang must be kk, ru or en, not '" +
                                    std::string(code) + "'");
}

Language LanguageFromLocale(const char* lc_all, const char* lc_messages,
                            const char* lang) {
  // POSIX precedence: the first variable that is set and non-empty wins.
  for (const char* value : {lc_all, lc_messages, lang}) {
    if (value == nullptr || *value == '\0') continue;
    const std::string_view locale(value);
    if (locale.starts_with("kk")) return Language::kKazakh;
    if (locale.starts_with("ru")) return Language::kRussian;
    return Language::kEnglish;
  }
  return Language::kEnglish;
}

absl::StatusOr<Language> LanguageFrom(const ParsedArgs& args) {
  if (std::optional<std::string> code = args.Get(kLanguageOption)) {
    return ParseLanguage(*code);
  }
  return LanguageFromLocale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                            std::getenv("LANG"));
}

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kKazakh:
      return "kk";
    case Language::kRussian:
      return "ru";
    case Language::kEnglish:
      return "en";
  }
  return "en";
}

}  // namespace kitap::client
