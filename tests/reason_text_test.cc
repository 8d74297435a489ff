// Every reason the server can send, as docs/errors.md and
// docs/journal-conflicts.md list them, has an explanation in Kazakh,
// Russian and English (client/reason_text.h); a new reason without one
// fails here. And a failed call is reported with that explanation.
#include "client/reason_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "client/command.h"
#include "client/reason_texts.h"

namespace kitap::client {
namespace {

constexpr Language kLanguages[] = {Language::kKazakh, Language::kRussian,
                                   Language::kEnglish};

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The cells of a Markdown table row "| a | b |": {"a", "b"}.
std::vector<std::string> Cells(const std::string& row) {
  std::vector<std::string> cells = absl::StrSplit(row, '|');
  if (cells.size() < 2) return {};
  cells.erase(cells.begin());
  cells.pop_back();
  for (std::string& cell : cells) {
    cell.erase(0, cell.find_first_not_of(' '));
    cell.erase(cell.find_last_not_of(' ') + 1);
  }
  return cells;
}

// Every `REASON` in the "reason" or "conflict" column of the Markdown
// tables of `path`, outside parentheses.
std::set<std::string> DocumentedReasons(const std::string& path) {
  static const std::regex kReason("`([A-Z][A-Z0-9_]*)`");
  std::set<std::string> reasons;
  int column = -1;  // the reason column of the table being read, or -1
  const std::vector<std::string> lines = Lines(path);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].starts_with("|")) {
      column = -1;
      continue;
    }
    if (i + 1 < lines.size() && lines[i + 1].starts_with("|---")) {
      std::vector<std::string> header = Cells(lines[i]);
      column = -1;
      for (size_t c = 0; c < header.size(); ++c) {
        if (header[c] == "reason" || header[c] == "conflict") column = c;
      }
      ++i;  // the rule under the header
      continue;
    }
    std::vector<std::string> cells = Cells(lines[i]);
    if (column < 0 || static_cast<size_t>(column) >= cells.size()) continue;
    // Without remarks in parentheses, e.g. the code in
    // "`ITEM_STATE_INVALID` (`INTERNAL`)".
    static const std::regex kRemark(R"(\([^)]*\))");
    const std::string cell = std::regex_replace(cells[column], kRemark, "");
    for (std::sregex_iterator it(cell.begin(), cell.end(), kReason), end;
         it != end; ++it) {
      reasons.insert((*it)[1]);
    }
  }
  return reasons;
}

TEST(ReasonTextTest, EveryDocumentedReasonIsExplainedInEveryLanguage) {
  std::set<std::string> reasons =
      DocumentedReasons(KITAP_DOCS_DIR "/errors.md");
  const std::set<std::string> conflicts =
      DocumentedReasons(KITAP_DOCS_DIR "/journal-conflicts.md");
  // The parse found the tables: a sample of each area is there.
  for (const char* known :
       {"ITEM_ALREADY_ON_LOAN", "REQUEST_ID_MISSING", "PATRON_NOT_FOUND",
        "STORAGE_FULL", "ROLE_NOT_ALLOWED", "QUERY_INVALID"}) {
    EXPECT_TRUE(reasons.contains(known)) << known;
  }
  EXPECT_TRUE(conflicts.contains("ITEM_ON_LOAN_TO_OTHER_PATRON"));
  EXPECT_GT(reasons.size(), 100u);
  reasons.insert(conflicts.begin(), conflicts.end());
  for (const std::string& reason : reasons) {
    std::set<std::string_view> texts;
    for (Language language : kLanguages) {
      std::string_view text = ExplainReason(reason, language);
      EXPECT_FALSE(text.empty())
          << reason << " has no text in " << LanguageCode(language);
      texts.insert(text);
    }
    EXPECT_EQ(texts.size(), 3u) << reason << ": a text is not translated";
  }
}

// The client explains no reason twice, and none that the documentation
// does not list (a renamed or removed reason).
TEST(ReasonTextTest, EveryExplainedReasonIsDocumentedOnce) {
  std::set<std::string> documented =
      DocumentedReasons(KITAP_DOCS_DIR "/errors.md");
  documented.merge(DocumentedReasons(KITAP_DOCS_DIR "/journal-conflicts.md"));
  std::set<std::string_view> seen;
  for (auto texts : {InputReasonTexts(), RefusalReasonTexts()}) {
    for (const ReasonText& text : texts) {
      EXPECT_TRUE(seen.insert(text.reason).second)
          << text.reason << " is explained twice";
      EXPECT_TRUE(documented.contains(std::string(text.reason)))
          << text.reason << " is not in docs/errors.md";
    }
  }
}

TEST(ReasonTextTest, UnknownReasonHasNoText) {
  EXPECT_EQ(ExplainReason("NO_SUCH_REASON", Language::kEnglish), "");
  EXPECT_EQ(ExplainReason("", Language::kKazakh), "");
}

TEST(ReasonTextTest, TextsAreInTheirLanguage) {
  EXPECT_EQ(ExplainReason("ITEM_ALREADY_ON_LOAN", Language::kEnglish),
            "This item is already on loan: check it in first, then lend it "
            "again.");
  EXPECT_EQ(ExplainReason("ITEM_ALREADY_ON_LOAN", Language::kRussian),
            "Этот экземпляр уже выдан: сначала оформите возврат, затем "
            "выдайте снова.");
  EXPECT_EQ(ExplainReason("ITEM_ALREADY_ON_LOAN", Language::kKazakh),
            "Бұл дана қазір берілген: алдымен қайтарылуын рәсімдеңіз, содан "
            "кейін қайта беріңіз.");
  EXPECT_EQ(FailureLabel(kExitRefused, Language::kKazakh), "Бас тартылды");
  EXPECT_EQ(FailureLabel(kExitUsage, Language::kRussian), "Неверные данные");
  EXPECT_EQ(FailureLabel(kExitUnreachable, Language::kEnglish),
            "Server unavailable");
  EXPECT_EQ(FailureLabel(kExitFailure, Language::kEnglish), "Failed");
}

TEST(CallFailureTest, ExplainsTheReasonThenGivesTheDetails) {
  std::ostringstream err;
  RpcStatus status(grpc::StatusCode::FAILED_PRECONDITION, "PATRON_EXPIRED",
                   "patron 4's registration expired on 2025-01-01");
  EXPECT_EQ(CallFailure(err, Language::kRussian, "checking out", status,
                        "127.0.0.1:7070"),
            kExitRefused);
  EXPECT_EQ(err.str(),
            "kitap: Отказано: Срок регистрации читателя истёк: продлите её и "
            "повторите. [PATRON_EXPIRED]\n"
            "kitap: checking out failed: PATRON_EXPIRED: patron 4's "
            "registration expired on 2025-01-01 (FAILED_PRECONDITION)\n");
}

TEST(CallFailureTest, UnknownReasonShowsTheServerMessage) {
  std::ostringstream err;
  RpcStatus status(grpc::StatusCode::INVALID_ARGUMENT, "SOMETHING_NEW",
                   "the server's words");
  EXPECT_EQ(CallFailure(err, Language::kEnglish, "x", status, "a:1"),
            kExitUsage);
  EXPECT_EQ(err.str().substr(0, err.str().find('\n')),
            "kitap: Bad input: the server's words [SOMETHING_NEW]");
}

TEST(CallFailureTest, UnreachableNamesTheCodeAndTheAddress) {
  std::ostringstream err;
  RpcStatus status(grpc::StatusCode::UNAVAILABLE, "", "connection refused");
  EXPECT_EQ(CallFailure(err, Language::kKazakh, "x", status, "h:9"),
            kExitUnreachable);
  EXPECT_NE(err.str().find("kitap: Сервер қолжетімсіз: connection refused "
                           "[UNAVAILABLE]\n"),
            std::string::npos);
  EXPECT_NE(err.str().find("is kitapd running at h:9?"), std::string::npos);
}

}  // namespace
}  // namespace kitap::client
