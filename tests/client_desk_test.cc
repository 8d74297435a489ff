// Tests of the desk client's own parts, without a server: the config file,
// the offline journal file, the retry backoff and the desk's words.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "client/config_file.h"
#include "client/desk_words.h"
#include "client/journal_store.h"
#include "client/journal_view.h"
#include "client/retry.h"
#include "tests/temp_dir.h"

namespace kitap::client {
namespace {

using test::TempDir;

TEST(ConfigFileTest, PathFollowsXdg) {
  EXPECT_EQ(ConfigFilePath("/etc/k.conf", "/x", "/home/a"), "/etc/k.conf");
  EXPECT_EQ(ConfigFilePath(nullptr, "/x", "/home/a"), "/x/kitap/kitap.conf");
  EXPECT_EQ(ConfigFilePath("", "", "/home/a"),
            "/home/a/.config/kitap/kitap.conf");
  EXPECT_EQ(ConfigFilePath(nullptr, nullptr, nullptr), "");
}

TEST(ConfigFileTest, ParsesKeysCommentsAndBlanks) {
  auto config = ParseConfigFile(
      "# desk 3\n\nserver = kitap.kz:7070\r\n  library=12  \nlang = kk\n",
      "k.conf");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->values.at("server"), "kitap.kz:7070");
  EXPECT_EQ(config->values.at("library"), "12");
  EXPECT_EQ(config->values.at("lang"), "kk");
}

TEST(ConfigFileTest, RefusesBadLinesNamingThem) {
  auto no_equals = ParseConfigFile("server kitap\n", "k.conf");
  EXPECT_EQ(no_equals.status().message(), "k.conf:1: expected 'key = value'");
  auto unknown = ParseConfigFile("\nsevrer = x\n", "k.conf");
  EXPECT_EQ(unknown.status().message(), "k.conf:2: unknown key 'sevrer'");
  auto twice = ParseConfigFile("lang = kk\nlang = ru\n", "k.conf");
  EXPECT_EQ(twice.status().message(), "k.conf:2: 'lang' is set twice");
}

TEST(ConfigFileTest, MissingFileIsEmptyAndATokenMustBePrivate) {
  TempDir dir;
  auto missing = ReadConfigFile(dir.File("none.conf"));
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->values.empty());
  const std::string path = dir.File("kitap.conf");
  std::ofstream(path) << "token = secret\n";
  chmod(path.c_str(), 0644);
  EXPECT_EQ(ReadConfigFile(path).status().code(),
            absl::StatusCode::kPermissionDenied);
  chmod(path.c_str(), 0600);
  EXPECT_TRUE(ReadConfigFile(path).ok());
}

TEST(ConfigFileTest, FlagBeatsEnvironmentBeatsFile) {
  auto config = ParseConfigFile(
      "server = file:1\ntoken = file-token\nlibrary = 7\njournal = /j\n", "");
  ASSERT_TRUE(config.ok());
  ParsedArgs args;
  args.options["server"] = "flag:1";
  const std::string_view accepted[] = {"server", "token", "library", "journal"};
  auto env = [](const char* name) -> const char* {
    return std::string_view(name) == "KITAP_TOKEN"     ? "env-token"
           : std::string_view(name) == "KITAP_LIBRARY" ? "9"
                                                       : nullptr;
  };
  ApplySettings(*config, accepted, /*desk=*/true, env, &args);
  EXPECT_EQ(args.options.at("server"), "flag:1");
  // The connection reads KITAP_TOKEN itself; the file must not win over it.
  EXPECT_FALSE(args.Has("token"));
  EXPECT_EQ(args.options.at("library"), "9");
  EXPECT_EQ(args.options.at("journal"), "/j");
}

TEST(ConfigFileTest, LibraryIsOnlyADeskSetting) {
  auto config = ParseConfigFile("library = 7\nserver = s:1\n", "");
  ASSERT_TRUE(config.ok());
  ParsedArgs args;
  const std::string_view accepted[] = {"server", "library"};  // a report
  ApplySettings(
      *config, accepted, /*desk=*/false,
      [](const char*) -> const char* { return nullptr; }, &args);
  EXPECT_FALSE(args.Has("library"));
  EXPECT_EQ(args.options.at("server"), "s:1");
}

TEST(RetryTest, BackoffDoublesIsCappedAndJittered) {
  RetryPolicy policy{.max_attempts = 5,
                     .initial_backoff = std::chrono::milliseconds(100),
                     .max_backoff = std::chrono::milliseconds(300)};
  EXPECT_EQ(BackoffBefore(2, policy, 0).count(), 50);
  EXPECT_EQ(BackoffBefore(2, policy, 50).count(), 100);
  EXPECT_EQ(BackoffBefore(3, policy, 100).count(), 200);
  EXPECT_EQ(BackoffBefore(4, policy, 150).count(), 300);  // capped
  for (uint32_t r : {0u, 7u, 99999u}) {
    const auto pause = BackoffBefore(3, policy, r).count();
    EXPECT_GE(pause, 100);
    EXPECT_LE(pause, 200);
  }
  EXPECT_TRUE(IsTransient(grpc::StatusCode::UNAVAILABLE));
  EXPECT_TRUE(IsTransient(grpc::StatusCode::DEADLINE_EXCEEDED));
  EXPECT_FALSE(IsTransient(grpc::StatusCode::FAILED_PRECONDITION));
}

v1::JournalEntry Visit(const std::string& request_id, int count) {
  v1::JournalEntry entry;
  entry.set_request_id(request_id);
  entry.mutable_occurred_at()->set_seconds(1790000000);
  entry.mutable_visit()->set_library_id(3);
  entry.mutable_visit()->set_count(count);
  return entry;
}

v1::JournalResult Answer(const std::string& request_id,
                         v1::JournalOutcome outcome) {
  v1::JournalResult result;
  result.set_request_id(request_id);
  result.set_outcome(outcome);
  return result;
}

TEST(JournalStoreTest, KeepsOrderSettlesAndSurvivesReopening) {
  TempDir dir;
  const std::string path = dir.File("state/kitap/journal.db");
  {
    auto journal = JournalStore::Open(path);
    ASSERT_TRUE(journal.ok()) << journal.status();
    for (int i = 1; i <= 3; ++i) {
      ASSERT_TRUE((*journal)
                      ->Append(Visit("req-000" + std::to_string(i), i),
                               absl::FromUnixSeconds(1790000000 + i))
                      .ok());
    }
    // The same request_id twice is one entry.
    EXPECT_FALSE((*journal)->Append(Visit("req-0001", 1), absl::Now()).ok());
  }
  auto journal = JournalStore::Open(path);  // as after a restart
  ASSERT_TRUE(journal.ok());
  auto pending = (*journal)->Pending(2);
  ASSERT_TRUE(pending.ok());
  ASSERT_EQ(pending->size(), 2u);
  EXPECT_EQ((*pending)[0].entry.request_id(), "req-0001");
  EXPECT_EQ((*pending)[1].entry.visit().count(), 2);

  ASSERT_TRUE((*journal)
                  ->Settle({Answer("req-0001", v1::JOURNAL_OUTCOME_APPLIED),
                            Answer("req-0002", v1::JOURNAL_OUTCOME_NOT_APPLIED),
                            Answer("unknown-1", v1::JOURNAL_OUTCOME_APPLIED)},
                           absl::Now())
                  .ok());
  auto counts = (*journal)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->pending, 1);
  EXPECT_EQ(counts->done, 1);
  EXPECT_EQ(counts->review, 1);
  EXPECT_EQ((*journal)->PendingCount().value_or(-1), 1);
  // A second answer for a settled entry changes nothing.
  ASSERT_TRUE((*journal)
                  ->Settle({Answer("req-0002", v1::JOURNAL_OUTCOME_APPLIED)},
                           absl::Now())
                  .ok());
  auto review = (*journal)->List(EntryState::kReview, 10);
  ASSERT_TRUE(review.ok());
  ASSERT_EQ(review->size(), 1u);
  EXPECT_EQ(review->front().result.outcome(), v1::JOURNAL_OUTCOME_NOT_APPLIED);
  EXPECT_EQ(DescribeEntry(review->front().entry), "visit ×2");
}

TEST(DeskTextTest, EveryWordHasThreeLanguages) {
  for (int word = 0; word <= static_cast<int>(DeskWord::kGoodbye); ++word) {
    const auto key = static_cast<DeskWord>(word);
    const std::string en = Word(key, Language::kEnglish);
    EXPECT_NE(en, "?") << word;
    EXPECT_NE(Word(key, Language::kKazakh), en) << word;
    EXPECT_NE(Word(key, Language::kRussian), en) << word;
  }
}

}  // namespace
}  // namespace kitap::client
