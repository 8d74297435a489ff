// The one-shot desk commands (client/desk_command.h) run through RunCli
// against a real in-process kitapd over loopback: their text and JSON
// output, and the exit codes and explanations (kk, ru, en) of refusals and
// bad input.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "client/cli.h"
#include "client/exit_code.h"
#include "client/reason_text.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using client::ExitCode;
using client::Language;

constexpr char kCard[] = "KZ7001";

// What one run of kitap did.
struct Ran {
  int code = -1;
  std::string out;
  std::string err;
};

template <typename Message>
Message FromJson(const std::string& json) {
  Message message;
  auto status = google::protobuf::util::JsonStringToMessage(json, &message);
  EXPECT_TRUE(status.ok()) << status.ToString() << "\n" << json;
  return message;
}

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

class DeskCliTest : public ::testing::Test {
 protected:
  DeskCliTest()
      : library_(server_.AddLibrary()),
        desk_(server_.IssueToken(v1::ROLE_DESK, library_)),
        admin_(server_.IssueToken(v1::ROLE_LIBRARY_ADMIN, library_)) {}

  // Runs `kitap ARGS --server ... --token TOKEN --lang LANG`.
  Ran Run(const std::string& token, std::vector<std::string> args,
          const std::string& lang = "en") {
    args.insert(args.end(), {"--server", server_.address(), "--token", token,
                             "--lang", lang});
    std::ostringstream out, err;
    Ran ran;
    ran.code = client::RunCli(args, out, err);
    ran.out = out.str();
    ran.err = err.str();
    return ran;
  }

  std::string Library() const { return std::to_string(library_); }

  // Registers the reader of kCard through `kitap patron register`.
  v1::Patron Register() {
    Ran ran =
        Run(admin_, {"patron", "register", "--card", kCard, "--name",
                     "Айгерім Жұмабаева", "--birth-date", "1990-05-15",
                     "--category", "adult", "--library", Library(), "--json"});
    EXPECT_EQ(ran.code, client::kExitOk) << ran.err;
    return FromJson<v1::Patron>(ran.out);
  }

  // Expects `ran` to be a refusal with `reason`, explained in `language`.
  void ExpectExplained(const Ran& ran, ExitCode code, std::string_view reason,
                       Language language) {
    EXPECT_EQ(ran.code, code) << ran.err;
    const std::string headline =
        "kitap: " + std::string(client::FailureLabel(code, language)) + ": " +
        std::string(client::ExplainReason(reason, language)) + " [" +
        std::string(reason) + "]\n";
    EXPECT_TRUE(ran.err.starts_with(headline)) << ran.err;
  }

  TestServer server_;
  int64_t library_;
  std::string desk_;   // a desk credential of library_
  std::string admin_;  // a library admin credential of library_
};

TEST_F(DeskCliTest, PatronRegisterShowBlockUnblockRenew) {
  const v1::Patron registered = Register();
  EXPECT_GT(registered.id(), 0);
  EXPECT_EQ(registered.category(), v1::PATRON_CATEGORY_ADULT);
  EXPECT_EQ(registered.home_library_id(), library_);

  Ran shown = Run(desk_, {"patron", "show", kCard});
  ASSERT_EQ(shown.code, client::kExitOk) << shown.err;
  EXPECT_TRUE(Contains(shown.out, "Patron " + std::to_string(registered.id()) +
                                      ": Айгерім Жұмабаева\n"))
      << shown.out;
  EXPECT_TRUE(Contains(shown.out, "  Card:          KZ7001\n")) << shown.out;
  EXPECT_TRUE(Contains(shown.out, "  Category:      adult\n")) << shown.out;
  EXPECT_TRUE(Contains(shown.out, "  Blocked:       no\n")) << shown.out;

  Ran blocked = Run(admin_, {"patron", "block", kCard, "--library", Library(),
                             "--reason", "unpaid damage"});
  ASSERT_EQ(blocked.code, client::kExitOk) << blocked.err;
  EXPECT_TRUE(Contains(blocked.out, "Blocked:       yes: unpaid damage\n"))
      << blocked.out;

  Ran unblocked = Run(
      admin_, {"patron", "unblock", kCard, "--library", Library(), "--json"});
  ASSERT_EQ(unblocked.code, client::kExitOk) << unblocked.err;
  EXPECT_FALSE(FromJson<v1::Patron>(unblocked.out).blocked());

  Ran renewed = Run(desk_, {"patron", "renew", kCard, "--library", Library(),
                            "--expires", "2031-01-01", "--json"});
  ASSERT_EQ(renewed.code, client::kExitOk) << renewed.err;
  EXPECT_EQ(FromJson<v1::Patron>(renewed.out).expires_on().year(), 2031);
}

TEST_F(DeskCliTest, RefusalIsExplainedInTheChosenLanguage) {
  Register();
  const std::vector<std::string> again = {
      "patron",       "register",   "--card",     kCard,
      "--name",       "Other",      "--category", "child",
      "--birth-date", "2015-01-01", "--library",  Library()};
  for (auto [code, language] : {std::pair{"kk", Language::kKazakh},
                                {"ru", Language::kRussian},
                                {"en", Language::kEnglish}}) {
    Ran ran = Run(admin_, again, code);
    ExpectExplained(ran, client::kExitRefused, "CARD_NUMBER_TAKEN", language);
    EXPECT_TRUE(Contains(ran.err,
                         "registering the patron failed: "
                         "CARD_NUMBER_TAKEN: "))
        << ran.err;
  }
  // A desk may not block; the reader of an unknown card is not found.
  ExpectExplained(
      Run(desk_,
          {"patron", "block", kCard, "--library", Library(), "--reason", "x"},
          "ru"),
      client::kExitRefused, "ROLE_NOT_ALLOWED", Language::kRussian);
  ExpectExplained(Run(desk_, {"patron", "show", "KZ0000"}, "kk"),
                  client::kExitRefused, "PATRON_NOT_FOUND", Language::kKazakh);
}

TEST_F(DeskCliTest, BadInputExitsWithTwo) {
  Ran missing = Run(admin_, {"patron", "register", "--name", "A"});
  EXPECT_EQ(missing.code, client::kExitUsage);
  EXPECT_TRUE(Contains(missing.err, "--card is required")) << missing.err;

  Ran category = Run(admin_, {"patron", "register", "--card", kCard, "--name",
                              "A", "--birth-date", "1990-01-01", "--category",
                              "alien", "--library", Library()});
  EXPECT_EQ(category.code, client::kExitUsage);
  EXPECT_TRUE(Contains(category.err,
                       "--category must be one of adult, "
                       "child, student, staff, not 'alien'"))
      << category.err;

  // Refused as bad input by the server: explained, exit 2.
  ExpectExplained(
      Run(admin_,
          {"patron", "register", "--card", kCard, "--name", "A", "--birth-date",
           "2090-01-01", "--category", "adult", "--library", Library()},
          "ru"),
      client::kExitUsage, "BIRTH_DATE_IN_FUTURE", Language::kRussian);
  Ran bad_lang = Run(desk_, {"patron", "show", kCard}, "de");
  EXPECT_EQ(bad_lang.code, client::kExitUsage);
}

TEST_F(DeskCliTest, RecordAndItem) {
  Ran record = Run(admin_, {"record", "add", "--title", "Абай жолы", "--author",
                            "Мұхтар Әуезов; Other Author", "--subject",
                            "history-ethnography", "--year", "2017",
                            "--language", "kk", "--json"});
  ASSERT_EQ(record.code, client::kExitOk) << record.err;
  const auto added = FromJson<v1::Record>(record.out);
  ASSERT_EQ(added.authors_size(), 2);
  EXPECT_EQ(added.authors(1), "Other Author");
  EXPECT_EQ(added.subject(), v1::SUBJECT_HISTORY_ETHNOGRAPHY);

  const std::string id = std::to_string(added.id());
  Ran shown = Run(desk_, {"record", "show", id});
  ASSERT_EQ(shown.code, client::kExitOk) << shown.err;
  EXPECT_TRUE(Contains(shown.out, "Record " + id + ": Абай жолы\n"));
  EXPECT_TRUE(Contains(shown.out, "Subject:   history-ethnography\n"))
      << shown.out;

  Ran item =
      Run(admin_, {"item", "add", "--barcode", "BC-1", "--record", id,
                   "--library", Library(), "--loan-type", "reading-room"});
  ASSERT_EQ(item.code, client::kExitOk) << item.err;
  Ran item_shown = Run(desk_, {"item", "show", "BC-1"});
  ASSERT_EQ(item_shown.code, client::kExitOk) << item_shown.err;
  EXPECT_TRUE(Contains(item_shown.out, "Status:          available\n"))
      << item_shown.out;
  EXPECT_TRUE(Contains(item_shown.out, "Loan type:       reading-room\n"));

  ExpectExplained(Run(admin_, {"item", "add", "--barcode", "BC-1", "--record",
                               id, "--library", Library()}),
                  client::kExitRefused, "BARCODE_TAKEN", Language::kEnglish);
  ExpectExplained(Run(desk_, {"item", "show", "NO-SUCH"}, "kk"),
                  client::kExitRefused, "ITEM_NOT_FOUND", Language::kKazakh);
  EXPECT_EQ(Run(desk_, {"record", "show", "zero"}).code, client::kExitUsage);
}

TEST_F(DeskCliTest, LoansOfAPatronAndOverdueAtTheLibrary) {
  const v1::Patron patron = Register();
  const int64_t record = server_.AddRecord();
  server_.AddItem(record, library_, "LN-1");
  v1::CheckOutRequest checkout;
  checkout.set_request_id(server_.NewRequestId());
  checkout.set_library_id(library_);
  checkout.set_card_number(kCard);
  checkout.set_item_barcode("LN-1");
  v1::CheckOutResponse loan;
  ASSERT_TRUE(Call(server_.circulation(), &v1::Circulation::Stub::CheckOut,
                   checkout, &loan)
                  .ok());

  Ran loans = Run(desk_, {"loans", "--card", kCard});
  ASSERT_EQ(loans.code, client::kExitOk) << loans.err;
  EXPECT_TRUE(Contains(loans.out, "BARCODE")) << loans.out;
  EXPECT_TRUE(Contains(loans.out, "LN-1")) << loans.out;
  EXPECT_TRUE(Contains(loans.out, "  -         no  ")) << loans.out;

  Ran none = Run(desk_, {"loans", "--overdue", "--library", Library()});
  ASSERT_EQ(none.code, client::kExitOk) << none.err;
  EXPECT_EQ(none.out, "No loans.\n");

  server_.clock().Advance(90LL * 86400 * 1'000'000);
  Ran overdue =
      Run(desk_, {"loans", "--overdue", "--library", Library(), "--json"});
  ASSERT_EQ(overdue.code, client::kExitOk) << overdue.err;
  const auto listed = FromJson<v1::ListLoansResponse>(overdue.out);
  ASSERT_EQ(listed.loans_size(), 1);
  EXPECT_EQ(listed.loans(0).patron_id(), patron.id());
  EXPECT_TRUE(listed.loans(0).overdue());

  EXPECT_EQ(Run(desk_, {"loans"}).code, client::kExitUsage);
  EXPECT_EQ(Run(desk_, {"loans", "--card", kCard, "--library", "1"}).code,
            client::kExitUsage);
}

TEST_F(DeskCliTest, PeriodicalRequestQueueDeliverReturn) {
  Register();
  v1::CreatePeriodicalTitleRequest create;
  create.set_request_id(server_.NewRequestId());
  create.mutable_title()->set_title("Егемен Қазақстан");
  create.mutable_title()->set_kind(v1::PERIODICAL_KIND_NEWSPAPER);
  create.mutable_title()->set_library_id(library_);
  v1::PeriodicalTitle title;
  ASSERT_TRUE(Call(server_.periodicals(),
                   &v1::Periodicals::Stub::CreatePeriodicalTitle, create,
                   &title)
                  .ok());

  Ran requested =
      Run(desk_, {"periodical", "request", "--library", Library(), "--card",
                  kCard, "--periodical", std::to_string(title.id()), "--issue",
                  "No. 12, 2024", "--room", "Hall 1", "--json"});
  ASSERT_EQ(requested.code, client::kExitOk) << requested.err;
  const std::string id =
      std::to_string(FromJson<v1::IssueRequest>(requested.out).id());

  Ran queue = Run(desk_, {"periodical", "queue", "--library", Library()});
  ASSERT_EQ(queue.code, client::kExitOk) << queue.err;
  EXPECT_TRUE(Contains(queue.out, "Егемен Қазақстан")) << queue.out;
  EXPECT_TRUE(Contains(queue.out, "requested")) << queue.out;

  Ran delivered =
      Run(admin_, {"periodical", "deliver", id, "--library", Library()});
  ASSERT_EQ(delivered.code, client::kExitOk) << delivered.err;
  EXPECT_TRUE(Contains(delivered.out, "No. 12, 2024 — delivered\n"))
      << delivered.out;
  ASSERT_EQ(
      Run(admin_, {"periodical", "return", id, "--library", Library()}).code,
      client::kExitOk);
  ExpectExplained(
      Run(admin_, {"periodical", "cancel", id, "--library", Library()}, "kk"),
      client::kExitRefused, "INVALID_STATE_TRANSITION", Language::kKazakh);

  EXPECT_EQ(Run(desk_, {"periodical", "queue", "--library", Library()}).out,
            "No issue requests.\n");
  EXPECT_TRUE(Contains(
      Run(desk_, {"periodical", "queue", "--library", Library(), "--all"}).out,
      "returned"));
}

TEST_F(DeskCliTest, EventRecord) {
  Ran event =
      Run(desk_, {"event", "record", "--library", Library(), "--title",
                  "Абай оқулары", "--kind", "cultural", "--attendance", "45"});
  ASSERT_EQ(event.code, client::kExitOk) << event.err;
  EXPECT_TRUE(Contains(event.out, ": Абай оқулары\n")) << event.out;
  EXPECT_TRUE(Contains(event.out, "Attendance:  45\n")) << event.out;
  EXPECT_EQ(Run(desk_, {"event", "record", "--library", Library(), "--title",
                        "x", "--kind", "party", "--attendance", "1"})
                .code,
            client::kExitUsage);
  // Another library's desk is refused.
  const int64_t other = server_.AddLibrary();
  ExpectExplained(Run(desk_, {"event", "record", "--library",
                              std::to_string(other), "--title", "x", "--kind",
                              "educational", "--attendance", "1"}),
                  client::kExitRefused, "LIBRARY_NOT_ALLOWED",
                  Language::kEnglish);
}

TEST_F(DeskCliTest, EveryCommandHasHelp) {
  for (const char* name :
       {"patron register", "patron show", "patron renew", "patron block",
        "patron unblock", "record add", "record show", "item add", "item show",
        "periodical request", "periodical queue", "periodical deliver",
        "periodical return", "periodical cancel", "event record", "loans"}) {
    std::vector<std::string> args = absl::StrSplit(name, ' ');
    args.push_back("--help");
    std::ostringstream out, err;
    EXPECT_EQ(client::RunCli(args, out, err), client::kExitOk) << name;
    EXPECT_TRUE(out.str().starts_with("Usage: kitap " + std::string(name)))
        << out.str();
    EXPECT_TRUE(Contains(out.str(), "--json")) << name;
  }
}

TEST_F(DeskCliTest, UnreachableServerExitsWithFour) {
  std::ostringstream out, err;
  EXPECT_EQ(client::RunCli({"patron", "show", kCard, "--server", "127.0.0.1:1",
                            "--timeout", "1", "--lang", "ru"},
                           out, err),
            client::kExitUnreachable);
  EXPECT_TRUE(err.str().starts_with("kitap: Сервер недоступен: ")) << err.str();
}

}  // namespace
}  // namespace kitap::test
