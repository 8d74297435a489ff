// The option parsing of the one-shot desk commands (client/desk_options.h).
#include "client/desk_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kitap/v1/periodicals.pb.h"

namespace kitap::client {
namespace {

constexpr OptionSpec kSpecs[] = {{"library"}, {"card"}, {"subject"}};

ParsedArgs Args(std::vector<std::string> args) {
  absl::StatusOr<ParsedArgs> parsed = ParseArgs(args, kSpecs);
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  return *parsed;
}

TEST(DeskOptionsTest, EnumWordsComeFromTheValueNames) {
  EXPECT_EQ(
      EnumWord(*v1::Subject_descriptor(), v1::SUBJECT_HISTORY_ETHNOGRAPHY),
      "history-ethnography");
  EXPECT_EQ(EnumWord(*v1::LoanType_descriptor(), v1::LOAN_TYPE_READING_ROOM),
            "reading-room");
  EXPECT_EQ(EnumWord(*v1::IssueRequestState_descriptor(),
                     v1::ISSUE_REQUEST_STATE_DELIVERED),
            "delivered");
  EXPECT_EQ(EnumWord(*v1::ItemStatus_descriptor(), 99), "?");
}

TEST(DeskOptionsTest, ParsesEnumWordsButNotUnspecified) {
  EXPECT_EQ(
      *ParseEnumWord(*v1::PatronCategory_descriptor(), "category", "student"),
      v1::PATRON_CATEGORY_STUDENT);
  absl::StatusOr<int> unspecified = ParseEnumWord(
      *v1::PatronCategory_descriptor(), "category", "unspecified");
  ASSERT_FALSE(unspecified.ok());
  EXPECT_EQ(unspecified.status().message(),
            "--category must be one of adult, child, student, staff, not "
            "'unspecified'");
  EXPECT_EQ(*RequiredEnum<v1::Subject>(Args({"--subject", "arts"}), "subject",
                                       v1::Subject_descriptor()),
            v1::SUBJECT_ARTS);
  EXPECT_FALSE(
      RequiredEnum<v1::Subject>(Args({}), "subject", v1::Subject_descriptor())
          .ok());
}

TEST(DeskOptionsTest, RequiredIdAndText) {
  EXPECT_EQ(*RequiredId(Args({"--library", "12"}), "library"), 12);
  EXPECT_EQ(RequiredId(Args({}), "library").status().message(),
            "--library ID is required");
  EXPECT_EQ(RequiredId(Args({"--library", "0"}), "library").status().message(),
            "--library: expected a whole number from 1, got '0'");
  EXPECT_EQ(*RequiredText(Args({"--card", "KZ1"}), "card"), "KZ1");
  EXPECT_FALSE(RequiredText(Args({"--card", ""}), "card").ok());
}

TEST(DeskOptionsTest, ParsesDates) {
  absl::StatusOr<v1::Date> date = ParseDate("expires", "2031-02-28");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->year(), 2031);
  EXPECT_EQ(date->month(), 2);
  EXPECT_EQ(date->day(), 28);
  for (const char* bad : {"2031-2-28", "2031-02-30", "yesterday", ""}) {
    EXPECT_FALSE(ParseDate("expires", bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace kitap::client
