// Tests of the pure parts of the desk client: argument parsing, age bands,
// request ids, status formatting and text tables (the annual report's
// text and CSV: report_test.cc).
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "client/admin_options.h"
#include "client/admin_text.h"
#include "client/age_bands.h"
#include "client/args.h"
#include "client/cli.h"
#include "client/connection.h"
#include "client/demo.h"
#include "client/demo_clock.h"
#include "client/demo_data.h"
#include "client/demo_runner.h"
#include "client/exit_code.h"
#include "client/language.h"
#include "client/request_id.h"
#include "client/rpc_status.h"
#include "client/text_table.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

constexpr OptionSpec kSpecs[] = {{"help", false}, {"server"}, {"year"}};

absl::StatusOr<ParsedArgs> Parse(std::vector<std::string> args) {
  return ParseArgs(args, kSpecs);
}

TEST(ArgsTest, SplitsWordsAndOptions) {
  auto parsed = Parse({"report", "--year", "2025", "annual", "--server=h:1"});
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->words, (std::vector<std::string>{"report", "annual"}));
  EXPECT_EQ(parsed->Get("year"), "2025");
  EXPECT_EQ(parsed->Get("server"), "h:1");
  EXPECT_FALSE(parsed->Has("help"));
  EXPECT_EQ(parsed->Get("help"), std::nullopt);
}

TEST(ArgsTest, ShortHelpIsHelp) {
  auto parsed = Parse({"demo", "-h"});
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed->Has("help"));
}

TEST(ArgsTest, EmptyValueWithEqualsIsAValue) {
  auto parsed = Parse({"--server="});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->Get("server"), "");
}

TEST(ArgsTest, RejectsBadOptions) {
  EXPECT_FALSE(Parse({"--colour", "red"}).ok());
  EXPECT_FALSE(Parse({"-x"}).ok());
  EXPECT_FALSE(Parse({"--"}).ok());
  EXPECT_FALSE(Parse({"--year"}).ok());
  EXPECT_FALSE(Parse({"--help=yes"}).ok());
  EXPECT_FALSE(Parse({"--year", "1", "--year=2"}).ok());
  EXPECT_EQ(Parse({"--year"}).status().message(), "--year needs a value");
}

TEST(ArgsTest, ChecksOptionsAllowedForACommand) {
  auto parsed = Parse({"demo", "--year", "2025", "--help"});
  ASSERT_TRUE(parsed.ok());
  constexpr std::string_view kYear[] = {"year"};
  constexpr std::string_view kServer[] = {"server"};
  EXPECT_TRUE(CheckOptionsAllowed(*parsed, kYear, "demo").ok());
  absl::Status refused = CheckOptionsAllowed(*parsed, kServer, "demo");
  EXPECT_EQ(refused.message(), "'kitap demo' has no option --year");
}

TEST(ArgsTest, ParsesIntegerOptions) {
  EXPECT_EQ(*ParseIntegerOption("year", "2025", 1900, 2200), 2025);
  EXPECT_FALSE(ParseIntegerOption("year", "", 1900, 2200).ok());
  EXPECT_FALSE(ParseIntegerOption("year", "20x5", 1900, 2200).ok());
  EXPECT_FALSE(ParseIntegerOption("year", "2025 ", 1900, 2200).ok());
  EXPECT_FALSE(ParseIntegerOption("year", "1899", 1900, 2200).ok());
  EXPECT_FALSE(
      ParseIntegerOption("year", "99999999999999999999", 1900, 2200).ok());
}

TEST(AgeBandsTest, ParsesOverlappingAndOpenBands) {
  auto bands = ParseAgeBands("12-18,17-25,61+");
  ASSERT_TRUE(bands.ok()) << bands.status();
  ASSERT_EQ(bands->size(), 3u);
  EXPECT_EQ((*bands)[0].min_age(), 12);
  EXPECT_EQ((*bands)[0].max_age(), 18);
  EXPECT_EQ((*bands)[1].min_age(), 17);
  EXPECT_EQ((*bands)[1].max_age(), 25);
  EXPECT_EQ((*bands)[2].min_age(), 61);
  EXPECT_EQ((*bands)[2].max_age(), kMaxAge);
  EXPECT_EQ(AgeBandName((*bands)[1]), "17-25");
  EXPECT_EQ(AgeBandName((*bands)[2]), "61+");
}

TEST(AgeBandsTest, SingleYearBand) {
  auto bands = ParseAgeBands("0-0");
  ASSERT_TRUE(bands.ok());
  EXPECT_EQ(AgeBandName((*bands)[0]), "0-0");
}

TEST(AgeBandsTest, RejectsBadInput) {
  for (const char* text :
       {"", ",", "12-18,", "12", "12-", "-18", "18-12", "a-b", "12-18-25", "+5",
        "5++", "151+", "0-151", "-1-5", "12 - 18", "1.5-3", "12-18,12-18",
        "99999999999-1"}) {
    EXPECT_FALSE(ParseAgeBands(text).ok()) << "'" << text << "'";
  }
  EXPECT_EQ(ParseAgeBands("12-18,x").status().message(),
            "--age-bands: 'x' is not a band like 12-18 or 61+ (ages 0..150, "
            "the lower first)");
}

TEST(RequestIdTest, NewIdsAreDistinctVersion7UuidsInTimeOrder) {
  const std::regex uuid(
      "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  std::set<std::string> seen;
  std::string first = NewRequestId();
  for (int i = 0; i < 100; ++i) {
    std::string id = NewRequestId();
    EXPECT_TRUE(std::regex_match(id, uuid)) << id;
    seen.insert(id);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_LT(first, NewRequestId());
}

TEST(RequestIdTest, FormatsTimeVersionAndVariantBits) {
  std::array<uint8_t, 16> zeros{};
  std::array<uint8_t, 16> ones;
  ones.fill(0xff);
  // 2026-11-27 00:00:00 UTC in milliseconds.
  EXPECT_EQ(FormatUuidV7(1795737600000, zeros),
            "01a21a4d-4000-7000-8000-000000000000");
  EXPECT_EQ(FormatUuidV7(0, ones), "00000000-0000-7fff-bfff-ffffffffffff");
}

TEST(DemoTest, RequestIdsAndCardsAreFixedAndValid) {
  EXPECT_EQ(DemoRequestId(2025, "checkout-3"), "demo-2025-checkout-3");
  EXPECT_EQ(DemoCardNumber(2025, kAigerim), "DEMO-2025-R01");
  EXPECT_EQ(DemoBarcode(2025, kAbaiAtTurkistan), "DEMO-2025-I10");
  // The server takes request ids of [A-Za-z0-9._:-]{8,128} and cards of
  // [A-Za-z0-9-]{4,32}.
  EXPECT_TRUE(std::regex_match(DemoRequestId(2025, "periodical-delivered"),
                               std::regex("[A-Za-z0-9._:-]{8,128}")));
  EXPECT_TRUE(std::regex_match(DemoCardNumber(2200, kZhansaya),
                               std::regex("[A-Za-z0-9-]{4,32}")));
}

TEST(DemoTest, ClockPlacesPastYearsOnFixedDays) {
  DemoClock past(2025, 2026);
  EXPECT_TRUE(past.backdated());
  // 10:00 in Almaty (UTC+5) is 05:00 UTC.
  EXPECT_EQ(past.At(kCheckOutMoment).seconds(), 1740891600);  // 2025-03-02
  EXPECT_EQ(FormatDay(past.BirthDate(17)), "2008-01-05");
  DemoClock now(2026, 2026);
  EXPECT_FALSE(now.backdated());
  v1::CheckOutRequest request;
  StampOccurredAt(now, kCheckOutMoment, &request);
  EXPECT_FALSE(request.has_occurred_at());
  StampOccurredAt(past, kCheckOutMoment, &request);
  EXPECT_TRUE(request.has_occurred_at());
}

TEST(DemoTest, EnumWords) {
  EXPECT_EQ(EnumWords("ITEM_STATUS_IN_TRANSIT", "ITEM_STATUS_"), "in transit");
  EXPECT_EQ(EnumWords("EVENT_KIND_CULTURAL", "EVENT_KIND_"), "cultural");
}

Trailers TrailersWithReason(const std::string& reason) {
  Trailers trailers;
  trailers.emplace(grpc::string_ref(kReasonKey), grpc::string_ref(reason));
  return trailers;
}

TEST(RpcStatusTest, ReadsTheReasonFromTrailers) {
  const std::string reason = "ITEM_ALREADY_ON_LOAN";
  RpcStatus status =
      RpcStatus::FromCall(grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                                       "item DEMO-1 is already on loan"),
                          TrailersWithReason(reason));
  EXPECT_EQ(status.code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(status.reason(), "ITEM_ALREADY_ON_LOAN");
  EXPECT_EQ(status.ToString(),
            "ITEM_ALREADY_ON_LOAN: item DEMO-1 is already on loan "
            "(FAILED_PRECONDITION)");
}

TEST(RpcStatusTest, FormatsWithoutReasonOnOneLine) {
  RpcStatus status = RpcStatus::FromCall(
      grpc::Status(grpc::StatusCode::UNAVAILABLE, "failed to connect\nretry"),
      Trailers());
  EXPECT_EQ(status.reason(), "");
  EXPECT_EQ(status.ToString(), "failed to connect retry (UNAVAILABLE)");
}

TEST(RpcStatusTest, OkIgnoresTrailers) {
  RpcStatus status =
      RpcStatus::FromCall(grpc::Status::OK, TrailersWithReason("X"));
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(status.ToString(), "OK");
}

TEST(ExitCodeTest, MapsCodesToDocumentedExits) {
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::OK), kExitOk);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::INVALID_ARGUMENT), kExitUsage);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::FAILED_PRECONDITION), kExitRefused);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::NOT_FOUND), kExitRefused);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::ALREADY_EXISTS), kExitRefused);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::UNAVAILABLE), kExitUnreachable);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::DEADLINE_EXCEEDED), kExitUnreachable);
  EXPECT_EQ(ExitCodeFor(grpc::StatusCode::INTERNAL), kExitFailure);
}

TEST(ConnectionTest, ResolvesServerAddress) {
  EXPECT_EQ(ResolveServerAddress("a:1", "b:2"), "a:1");
  EXPECT_EQ(ResolveServerAddress(std::nullopt, "b:2"), "b:2");
  EXPECT_EQ(ResolveServerAddress(std::nullopt, ""), "127.0.0.1:7070");
  EXPECT_EQ(ResolveServerAddress(std::nullopt, nullptr), "127.0.0.1:7070");
}

TEST(ConnectionTest, ParsesTimeout) {
  EXPECT_EQ(*ParseTimeout("5"), std::chrono::milliseconds(5000));
  EXPECT_EQ(*ParseTimeout("0.25"), std::chrono::milliseconds(250));
  for (const char* bad : {"", "0", "-1", "abc", "5s", "3601", "nan", "inf"}) {
    EXPECT_FALSE(ParseTimeout(bad).ok()) << bad;
  }
}

TEST(TextTableTest, CountsCharactersNotBytes) {
  EXPECT_EQ(DisplayWidth("Абай жолы"), 9u);
  EXPECT_EQ(DisplayWidth("Қазақстан"), 9u);
  TextTable table({"Атауы", "N"});
  table.AddRow({"Абай", "12"});
  std::ostringstream out;
  table.Render(out, "");
  EXPECT_EQ(out.str(), "Атауы   N\n-----  --\nАбай   12\n");
}

TEST(TextTableTest, LeftAlignsTheNameColumns) {
  TextTable table({"Library", "Region", "Loans"}, 2);
  table.AddRow({"Zhympity", "KZ-27", "1"});
  std::ostringstream out;
  table.Render(out, "> ");
  EXPECT_EQ(out.str(),
            "> Library   Region  Loans\n"
            "> --------  ------  -----\n"
            "> Zhympity  KZ-27       1\n");
}

// ---- kitap admin ----

ParsedArgs AdminArgs(std::vector<std::string> args) {
  constexpr OptionSpec kAdminSpecs[] = {
      {"role"},  {"library"}, {"region"}, {"label"},         {"all", false},
      {"since"}, {"until"},   {"limit"},  {"refused", false}};
  return *ParseArgs(args, kAdminSpecs);
}

TEST(AdminOptionsTest, ReadsEveryRoleWord) {
  for (v1::Role role :
       {v1::ROLE_DESK, v1::ROLE_LIBRARY_ADMIN, v1::ROLE_PERIODICALS,
        v1::ROLE_REGIONAL_ADMIN, v1::ROLE_NATIONAL_ADMIN}) {
    EXPECT_EQ(*ParseRole(RoleWord(role)), role);
  }
  EXPECT_EQ(RoleWord(v1::ROLE_UNSPECIFIED), "none");
  EXPECT_FALSE(ParseRole("admin").ok());
  EXPECT_FALSE(ParseRole("DESK").ok());
}

TEST(AdminOptionsTest, BuildsTheIssueRequest) {
  auto desk = ParseIssueOptions(AdminArgs(
      {"--role", "desk", "--library", "3", "--label", "Desk 2, lending hall"}));
  ASSERT_TRUE(desk.ok()) << desk.status();
  EXPECT_EQ(desk->role(), v1::ROLE_DESK);
  EXPECT_EQ(desk->library_id(), 3);
  EXPECT_EQ(desk->label(), "Desk 2, lending hall");
  EXPECT_EQ(desk->request_id(), "");
  auto regional = ParseIssueOptions(AdminArgs(
      {"--role", "regional_admin", "--region", "KZ-75", "--label", "Almaty"}));
  ASSERT_TRUE(regional.ok()) << regional.status();
  EXPECT_EQ(regional->region_code(), "KZ-75");
  EXPECT_EQ(regional->library_id(), 0);
  EXPECT_TRUE(ParseIssueOptions(
                  AdminArgs({"--role", "national_admin", "--label", "Ops"}))
                  .ok());
}

TEST(AdminOptionsTest, RefusesAnIssueThatDoesNotFitTheRole) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"--library", "3", "--label", "x"}, "--role is required"},
      {{"--role", "clerk", "--label", "x"}, "--role: expected desk"},
      {{"--role", "desk", "--label", "x"},
       "--library is required for a desk credential"},
      {{"--role", "periodicals", "--library", "0", "--label", "x"},
       "--library: expected a whole number"},
      {{"--role", "national_admin", "--library", "3", "--label", "x"},
       "--library does not apply to a national_admin credential"},
      {{"--role", "regional_admin", "--label", "x"},
       "--region is required for a regional_admin credential"},
      {{"--role", "regional_admin", "--region", "Almaty", "--label", "x"},
       "--region: expected a code like KZ-75"},
      {{"--role", "desk", "--library", "3", "--region", "KZ-75", "--label",
        "x"},
       "--region does not apply to a desk credential"},
      {{"--role", "desk", "--library", "3"}, "--label is required"},
      {{"--role", "desk", "--library", "3", "--label", ""},
       "--label is required"},
  };
  for (const auto& [args, message] : bad) {
    auto request = ParseIssueOptions(AdminArgs(args));
    ASSERT_FALSE(request.ok()) << message;
    EXPECT_TRUE(std::string(request.status().message()).starts_with(message))
        << request.status();
  }
}

TEST(AdminOptionsTest, BuildsTheListRequest) {
  auto all = ParseListOptions(AdminArgs({"--library", "7", "--all"}));
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->library_id(), 7);
  EXPECT_TRUE(all->include_revoked());
  auto current = ParseListOptions(AdminArgs({}));
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current->library_id(), 0);
  EXPECT_FALSE(current->include_revoked());
}

TEST(AdminOptionsTest, AuditPeriodIsWholeDaysInAlmatyTime) {
  auto options = ParseAuditOptions(AdminArgs(
      {"--since", "2025-06-02", "--until", "2025-06-02", "--refused"}));
  ASSERT_TRUE(options.ok()) << options.status();
  // 2025-06-02 00:00 +05:00, and the start of the day after.
  EXPECT_EQ(options->request.since().seconds(), 1748804400);
  EXPECT_EQ(options->request.until().seconds(), 1748804400 + 86400);
  EXPECT_TRUE(options->request.refused_only());
  EXPECT_EQ(options->limit, 1000);
  auto open = ParseAuditOptions(AdminArgs({"--library", "2", "--limit", "5"}));
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->request.has_since());
  EXPECT_FALSE(open->request.has_until());
  EXPECT_EQ(open->request.library_id(), 2);
  EXPECT_EQ(open->limit, 5);
}

TEST(AdminOptionsTest, RefusesBadAuditOptions) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--since", "2025-6-2"},
           {"--since", "2025-02-30"},
           {"--until", "02.06.2025"},
           {"--since", "1850-01-01"},
           {"--since", "2025-06-03", "--until", "2025-06-01"},
           {"--limit", "0"},
           {"--library", "x"}}) {
    EXPECT_FALSE(ParseAuditOptions(AdminArgs(args)).ok()) << args[1];
  }
  EXPECT_EQ(
      ParseAuditOptions(AdminArgs({"--since", "2025-6-2"})).status().message(),
      "--since: expected a date YYYY-MM-DD, got '2025-6-2'");
}

TEST(AdminOptionsTest, ParsesIds) {
  EXPECT_EQ(*ParseId("ID", "12"), 12);
  for (const char* bad : {"", "0", "-3", "12a", "abc"}) {
    EXPECT_FALSE(ParseId("ID", bad).ok()) << bad;
  }
  EXPECT_EQ(ParseId("ID", "abc").status().message(),
            "ID: expected a whole number from 1, got 'abc'");
}

v1::Credential SampleCredential() {
  v1::Credential c;
  c.set_id(12);
  c.set_role(v1::ROLE_DESK);
  c.set_library_id(3);
  c.set_label("Desk 2, lending hall");
  c.mutable_created_at()->set_seconds(1748840400);  // 2025-06-02 10:00 +05
  c.set_created_by(1);
  return c;
}

TEST(AdminTextTest, DescribesCredentials) {
  v1::Credential c = SampleCredential();
  EXPECT_EQ(DescribeCredential(c),
            "credential 12, desk of library 3, \"Desk 2, lending hall\"");
  v1::Credential regional;
  regional.set_role(v1::ROLE_REGIONAL_ADMIN);
  regional.set_region_code("KZ-75");
  EXPECT_EQ(CredentialScope(regional), "regional_admin of KZ-75");
  regional.set_role(v1::ROLE_NATIONAL_ADMIN);
  regional.clear_region_code();
  EXPECT_EQ(CredentialScope(regional), "national_admin");
  EXPECT_EQ(FormatInstant(c.created_at()), "2025-06-02 10:00:00");
}

TEST(AdminTextTest, WritesACredentialTable) {
  v1::Credential bootstrap;
  bootstrap.set_id(1);
  bootstrap.set_role(v1::ROLE_NATIONAL_ADMIN);
  bootstrap.set_label("operator");
  bootstrap.mutable_created_at()->set_seconds(1748840400);
  v1::Credential desk = SampleCredential();
  desk.mutable_revoked_at()->set_seconds(1748840400 + 3600);
  std::ostringstream out;
  WriteCredentials({bootstrap, desk}, out);
  EXPECT_EQ(out.str(),
            "ID  ROLE            SCOPE              CREATED              BY    "
            "     REVOKED              LABEL\n"
            "--  --------------  -----------------  -------------------  "
            "---------  -------------------  --------------------\n"
            "1   national_admin  national_admin     2025-06-02 10:00:00  "
            "bootstrap  -                    operator\n"
            "12  desk            desk of library 3  2025-06-02 10:00:00  1    "
            "      2025-06-02 11:00:00  Desk 2, lending hall\n");
  std::ostringstream none;
  WriteCredentials({}, none);
  EXPECT_EQ(none.str(), "No credentials.\n");
}

TEST(AdminTextTest, WritesAnAuditTable) {
  v1::AuditEntry ok;
  ok.mutable_at()->set_seconds(1748840400);
  ok.set_credential_id(12);
  ok.set_role(v1::ROLE_DESK);
  ok.set_library_id(3);
  ok.set_method("Circulation/CheckOut");
  ok.set_request_id("r-1");
  ok.set_result("OK");
  ok.set_peer("ipv4:10.0.0.7:5000");
  v1::AuditEntry stranger;
  stranger.mutable_at()->set_seconds(1748840401);
  stranger.set_method("Patrons/GetPatron");
  stranger.set_result("UNAUTHENTICATED");
  stranger.set_code(16);
  stranger.set_peer("ipv4:10.0.0.9:5001");
  std::ostringstream out;
  WriteAuditEntries({ok, stranger}, out);
  EXPECT_EQ(out.str(),
            "TIME                 CREDENTIAL  ROLE  LIBRARY  METHOD          "
            "      REQUEST ID  RESULT           PEER\n"
            "-------------------  ----------  ----  -------  "
            "--------------------  ----------  ---------------  "
            "------------------\n"
            "2025-06-02 10:00:00  12          desk  3        "
            "Circulation/CheckOut  r-1         OK               "
            "ipv4:10.0.0.7:5000\n"
            "2025-06-02 10:00:01  -           -     -        "
            "Patrons/GetPatron     -           UNAUTHENTICATED  "
            "ipv4:10.0.0.9:5001\n");
  std::ostringstream none;
  WriteAuditEntries({}, none);
  EXPECT_EQ(none.str(), "No audit entries.\n");
}

int RunKitap(std::vector<std::string> args, std::string* out,
             std::string* err) {
  std::ostringstream out_stream;
  std::ostringstream err_stream;
  int code = RunCli(args, out_stream, err_stream);
  *out = out_stream.str();
  *err = err_stream.str();
  return code;
}

TEST(CliTest, HelpAndVersion) {
  std::string out;
  std::string err;
  EXPECT_EQ(RunKitap({"--version"}, &out, &err), kExitOk);
  EXPECT_EQ(out, "kitap 0.1.0\n");
  EXPECT_EQ(RunKitap({"--help"}, &out, &err), kExitOk);
  EXPECT_NE(out.find("Exit codes:"), std::string::npos);
  EXPECT_NE(out.find("report annual"), std::string::npos);
  EXPECT_EQ(RunKitap({"demo", "--help"}, &out, &err), kExitOk);
  EXPECT_NE(out.find("demo-2025-checkout-3"), std::string::npos);
  EXPECT_EQ(RunKitap({"report", "annual", "-h"}, &out, &err), kExitOk);
  EXPECT_TRUE(out.starts_with("Usage: kitap report annual"));
}

TEST(CliTest, BadUsageExitsWithTwo) {
  std::string out;
  std::string err;
  EXPECT_EQ(RunKitap({}, &out, &err), kExitUsage);
  EXPECT_EQ(RunKitap({"lend"}, &out, &err), kExitUsage);
  EXPECT_EQ(err, "kitap: unknown command 'lend'\nTry 'kitap --help'.\n");
  EXPECT_EQ(RunKitap({"report"}, &out, &err), kExitUsage);
  EXPECT_EQ(RunKitap({"demo", "--format", "json"}, &out, &err), kExitUsage);
  EXPECT_EQ(RunKitap({"report", "annual"}, &out, &err), kExitUsage);
  EXPECT_EQ(RunKitap({"report", "annual", "--year", "2025", "--timeout", "0"},
                     &out, &err),
            kExitUsage);
  EXPECT_EQ(RunKitap({"demo", "--year", "1999"}, &out, &err), kExitUsage);
}

TEST(CliTest, AdminCommandsTakeTheirOperand) {
  std::string out;
  std::string err;
  EXPECT_EQ(RunKitap({"admin", "--help"}, &out, &err), kExitOk);
  for (const char* name :
       {"admin token issue", "admin token list", "admin token revoke",
        "admin audit", "admin patron export", "admin patron erase"}) {
    EXPECT_NE(out.find(name), std::string::npos) << name;
  }
  EXPECT_EQ(RunKitap({"admin", "token", "revoke", "7", "--help"}, &out, &err),
            kExitOk);
  EXPECT_TRUE(out.starts_with("Usage: kitap admin token revoke ID"));
  EXPECT_EQ(RunKitap({"admin", "token", "revoke"}, &out, &err), kExitUsage);
  EXPECT_EQ(err,
            "kitap: 'kitap admin token revoke' needs ID\n"
            "Try 'kitap admin token revoke --help'.\n");
  EXPECT_EQ(RunKitap({"admin", "token", "revoke", "x"}, &out, &err),
            kExitUsage);
  EXPECT_EQ(RunKitap({"admin", "token", "revoke", "1", "2"}, &out, &err),
            kExitUsage);
  EXPECT_EQ(RunKitap({"admin", "patron", "erase", "5"}, &out, &err),
            kExitUsage);
  EXPECT_EQ(err,
            "kitap: erasing patron 5 cannot be undone: add --yes to confirm\n"
            "Try 'kitap admin patron erase --help'.\n");
  EXPECT_EQ(RunKitap({"admin", "token", "issue", "--role", "desk"}, &out, &err),
            kExitUsage);
  EXPECT_EQ(RunKitap({"admin", "audit", "--yes"}, &out, &err), kExitUsage);
  EXPECT_EQ(RunKitap({"demo", "now"}, &out, &err), kExitUsage);
  EXPECT_EQ(err, "kitap: unknown command 'demo now'\nTry 'kitap --help'.\n");
}

}  // namespace
TEST(LanguageTest, ParsesTheThreeCodesOnly) {
  EXPECT_EQ(*ParseLanguage("kk"), Language::kKazakh);
  EXPECT_EQ(*ParseLanguage("ru"), Language::kRussian);
  EXPECT_EQ(*ParseLanguage("en"), Language::kEnglish);
  EXPECT_FALSE(ParseLanguage("de").ok());
  EXPECT_FALSE(ParseLanguage("").ok());
  EXPECT_EQ(LanguageCode(Language::kKazakh), "kk");
}

TEST(LanguageTest, LocaleFollowsPosixPrecedence) {
  EXPECT_EQ(LanguageFromLocale(nullptr, nullptr, nullptr), Language::kEnglish);
  EXPECT_EQ(LanguageFromLocale(nullptr, nullptr, "kk_KZ.UTF-8"),
            Language::kKazakh);
  EXPECT_EQ(LanguageFromLocale("", "ru_RU.UTF-8", "kk_KZ.UTF-8"),
            Language::kRussian);
  EXPECT_EQ(LanguageFromLocale("C.UTF-8", "ru_RU.UTF-8", nullptr),
            Language::kEnglish);
}

}  // namespace kitap::client
