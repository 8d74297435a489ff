#include "client/reason_text.h"

#include <span>

#include "client/reason_texts.h"

namespace kitap::client {
namespace {

std::string_view InLanguage(const ReasonText& text, Language language) {
  switch (language) {
    case Language::kKazakh:
      return text.kk;
    case Language::kRussian:
      return text.ru;
    case Language::kEnglish:
      return text.en;
  }
  return text.en;
}

const ReasonText* Find(std::span<const ReasonText> texts,
                       std::string_view reason) {
  for (const ReasonText& text : texts) {
    if (text.reason == reason) return &text;
  }
  return nullptr;
}

// The failure labels, in the ReasonText layout with the label's name as its
// "reason".
constexpr ReasonText kRefused = {"refused", "Бас тартылды", "Отказано",
                                 "Refused"};
constexpr ReasonText kBadInput = {"bad input", "Қате енгізу", "Неверные данные",
                                  "Bad input"};
constexpr ReasonText kUnreachable = {"unreachable", "Сервер қолжетімсіз",
                                     "Сервер недоступен", "Server unavailable"};
constexpr ReasonText kFailed = {"failed", "Сәтсіз аяқталды", "Ошибка",
                                "Failed"};

}  // namespace

std::string_view ExplainReason(std::string_view reason, Language language) {
  const ReasonText* text = Find(InputReasonTexts(), reason);
  if (text == nullptr) text = Find(RefusalReasonTexts(), reason);
  return text == nullptr ? std::string_view() : InLanguage(*text, language);
}

std::string_view FailureLabel(ExitCode code, Language language) {
  switch (code) {
    case kExitRefused:
      return InLanguage(kRefused, language);
    case kExitUsage:
      return InLanguage(kBadInput, language);
    case kExitUnreachable:
      return InLanguage(kUnreachable, language);
    default:
      return InLanguage(kFailed, language);
  }
}

std::string ExplainStatus(const RpcStatus& status, Language language) {
  const std::string_view explanation = ExplainReason(status.reason(), language);
  return explanation.empty() ? status.message() : std::string(explanation);
}

std::string DescribeFailure(const RpcStatus& status, Language language) {
  return std::string(FailureLabel(ExitCodeFor(status.code()), language)) +
         ": " + ExplainStatus(status, language) + " [" +
         (status.reason().empty() ? CodeName(status.code()) : status.reason()) +
         "]";
}

}  // namespace kitap::client
