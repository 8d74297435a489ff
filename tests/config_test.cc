#include "server/config.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "server/log.h"
#include "server/version.h"
#include "tests/temp_dir.h"

namespace kitap {
namespace {

// Every option (by its flag name) and its value in `config`, as text.
std::map<std::string, std::string> Values(const ServerConfig& config) {
  const domain::Policy& policy = config.policy;
  auto text = [](int n) { return std::to_string(n); };
  return {
      {"db", config.db_path},
      {"grpc-listen", config.grpc_listen},
      {"http-listen", config.http_listen},
      {"log-level", config.log_level},
      {"synchronous", config.synchronous},
      {"read-threads", text(config.read_threads)},
      {"max-batch", text(config.max_batch)},
      {"policy.loan_limit_adult", text(policy.loan_limit_adult)},
      {"policy.loan_limit_child", text(policy.loan_limit_child)},
      {"policy.loan_limit_student", text(policy.loan_limit_student)},
      {"policy.loan_limit_staff", text(policy.loan_limit_staff)},
      {"policy.loan_days_normal", text(policy.loan_days_normal)},
      {"policy.loan_days_short", text(policy.loan_days_short)},
      {"policy.max_renewals", text(policy.max_renewals)},
      {"policy.renew_max_overdue_days", text(policy.renew_max_overdue_days)},
      {"policy.registration_days", text(policy.registration_days)},
  };
}

// A valid value, different from the default, for every option.
const std::map<std::string, std::string> kSamples = {
    {"db", "/var/lib/kitap/other.db"},
    {"grpc-listen", "0.0.0.0:9090"},
    {"http-listen", "[::]:9091"},
    {"log-level", "debug"},
    {"synchronous", "NORMAL"},
    {"read-threads", "8"},
    {"max-batch", "256"},
    {"policy.loan_limit_adult", "11"},
    {"policy.loan_limit_child", "6"},
    {"policy.loan_limit_student", "12"},
    {"policy.loan_limit_staff", "25"},
    {"policy.loan_days_normal", "28"},
    {"policy.loan_days_short", "3"},
    {"policy.max_renewals", "5"},
    {"policy.renew_max_overdue_days", "7"},
    {"policy.registration_days", "730"},
};

// The repository root: $KITAP_SOURCE_DIR under ctest, else found from this
// file's path so that the binary also runs on its own.
std::string SourceDir() {
  const char* source = std::getenv("KITAP_SOURCE_DIR");
  if (source != nullptr) return source;
  return std::filesystem::path(__FILE__).parent_path().parent_path().string();
}

class ConfigTest : public ::testing::Test {
 protected:
  // Writes `text` to a file in the temp dir and returns its path.
  std::string WriteFile(const std::string& text) {
    std::string path = dir_.File("kitapd.conf");
    std::ofstream(path) << text;
    return path;
  }

  // Parses `args` (without the program name) onto config_.
  ParseResult Parse(std::vector<std::string> args) {
    args.insert(args.begin(), "kitapd");
    std::vector<const char*> argv;
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    return ParseServerConfig(static_cast<int>(argv.size()), argv.data(),
                             &config_, &output_);
  }

  // Parses `args`, expecting kError with exactly `message`.
  void ExpectError(std::vector<std::string> args, const std::string& message) {
    ServerConfig before = config_;
    EXPECT_EQ(Parse(args), ParseResult::kError) << args.back();
    EXPECT_EQ(output_, message);
    EXPECT_EQ(Values(config_), Values(before)) << "changed on error";
  }

  // Parses a config file holding `text`, expecting kError with `message`
  // prefixed by "<path>:".
  void ExpectFileError(const std::string& text, const std::string& message) {
    std::string path = WriteFile(text);
    ExpectError({"--config", path}, path + ":" + message);
  }

  test::TempDir dir_;
  ServerConfig config_;
  std::string output_;
};

TEST_F(ConfigTest, DefaultsWithoutArguments) {
  ASSERT_EQ(Parse({}), ParseResult::kRun);
  EXPECT_EQ(output_, "");
  EXPECT_EQ(config_.db_path, "kitap.db");
  EXPECT_EQ(config_.grpc_listen, "127.0.0.1:7070");
  EXPECT_EQ(config_.http_listen, "127.0.0.1:7080");
  EXPECT_EQ(config_.log_level, "info");
  EXPECT_EQ(config_.synchronous, "FULL");
  EXPECT_EQ(config_.read_threads, 4);
  EXPECT_EQ(config_.max_batch, 1024);
  EXPECT_EQ(config_.config_file, "");
  EXPECT_EQ(Values(config_), Values(ServerConfig()));
}

TEST_F(ConfigTest, EachFlagInBothSyntaxes) {
  for (const auto& [key, value] : kSamples) {
    for (bool joined : {false, true}) {
      config_ = ServerConfig();
      std::vector<std::string> args = {"--" + key, value};
      if (joined) args = {"--" + key + "=" + value};
      ASSERT_EQ(Parse(args), ParseResult::kRun) << output_;
      std::map<std::string, std::string> expected = Values(ServerConfig());
      expected[key] = value;
      EXPECT_EQ(Values(config_), expected) << args[0];
    }
  }
}

TEST_F(ConfigTest, SampleValuesDifferFromDefaults) {
  std::map<std::string, std::string> defaults = Values(ServerConfig());
  ASSERT_EQ(defaults.size(), kSamples.size());
  for (const auto& [key, value] : kSamples) EXPECT_NE(defaults[key], value);
}

TEST_F(ConfigTest, LaterFlagWins) {
  ASSERT_EQ(Parse({"--read-threads", "2", "--read-threads=3"}),
            ParseResult::kRun);
  EXPECT_EQ(config_.read_threads, 3);
}

TEST_F(ConfigTest, HttpListenMayBeEmptyAndGrpcMayBeUnixSocket) {
  ASSERT_EQ(Parse({"--http-listen=", "--grpc-listen", "unix:/run/k.sock"}),
            ParseResult::kRun);
  EXPECT_EQ(config_.http_listen, "");
  EXPECT_EQ(config_.grpc_listen, "unix:/run/k.sock");
  ASSERT_EQ(Parse({"--http-listen", ""}), ParseResult::kRun);
  EXPECT_EQ(config_.http_listen, "");
}

TEST_F(ConfigTest, FileSetsEveryOption) {
  std::string text;
  for (const auto& [key, value] : kSamples) text += key + " = " + value + "\n";
  std::string path = WriteFile(text);
  ASSERT_EQ(Parse({"--config", path}), ParseResult::kRun) << output_;
  EXPECT_EQ(Values(config_), kSamples);
  EXPECT_EQ(config_.config_file, path);
}

TEST_F(ConfigTest, FileSyntax) {
  std::string path = WriteFile(
      "# a comment\n"
      "\n"
      "   \t\n"
      "db=plain.db\n"
      "  read-threads   =   6   # trailing comment\r\n"
      "http-listen = \"\"\n"
      "grpc-listen = \"0.0.0.0:7070\"\n"
      "log-level = warn\n"
      "log-level = error\n");
  ASSERT_EQ(Parse({"--config=" + path}), ParseResult::kRun) << output_;
  EXPECT_EQ(config_.db_path, "plain.db");
  EXPECT_EQ(config_.read_threads, 6);
  EXPECT_EQ(config_.http_listen, "");
  EXPECT_EQ(config_.grpc_listen, "0.0.0.0:7070");
  EXPECT_EQ(config_.log_level, "error");
}

TEST_F(ConfigTest, FlagsOverrideFileWhateverTheOrder) {
  std::string path = WriteFile("db = file.db\nmax-batch = 10\n");
  ASSERT_EQ(Parse({"--db", "flag.db", "--config", path}), ParseResult::kRun);
  EXPECT_EQ(config_.db_path, "flag.db");
  EXPECT_EQ(config_.max_batch, 10);
  ASSERT_EQ(Parse({"--config", path, "--max-batch=20"}), ParseResult::kRun);
  EXPECT_EQ(config_.max_batch, 20);
}

TEST_F(ConfigTest, CommandLineErrors) {
  ExpectError({"--bogus=1"}, "unknown flag --bogus; see kitapd --help");
  ExpectError({"-x"}, "unexpected argument '-x'; see kitapd --help");
  ExpectError({"extra"}, "unexpected argument 'extra'; see kitapd --help");
  ExpectError({"--db"}, "--db needs a value");
  ExpectError({"--db", "--log-level=info"}, "--db needs a value");
  ExpectError({"--config="}, "--config needs a file name");
  ExpectError({"--db="}, "--db: must not be empty");
}

TEST_F(ConfigTest, ValueErrors) {
  ExpectError({"--read-threads", "four"},
              "--read-threads: 'four' is not a whole number");
  ExpectError({"--max-batch=10x"}, "--max-batch: '10x' is not a whole number");
  ExpectError({"--max-batch="}, "--max-batch: '' is not a whole number");
  ExpectError({"--max-batch=+5"}, "--max-batch: '+5' is not a whole number");
  ExpectError({"--read-threads=0"},
              "--read-threads: '0' is out of range 1..64");
  ExpectError({"--max-batch=99999999999"},
              "--max-batch: '99999999999' is out of range 1..100000");
  ExpectError({"--policy.max_renewals=-1"},
              "--policy.max_renewals: '-1' is out of range 0..100");
  ExpectError({"--log-level=verbose"},
              "--log-level: 'verbose' is not one of debug, info, warn, error");
  ExpectError({"--synchronous", "full"},
              "--synchronous: 'full' is not one of FULL, NORMAL, OFF");
}

TEST_F(ConfigTest, AddressErrors) {
  const std::string hint =
      "' is not host:port (e.g. 127.0.0.1:7070) with a "
      "port 0..65535";
  ExpectError({"--grpc-listen=localhost"}, "--grpc-listen: 'localhost" + hint);
  ExpectError({"--grpc-listen="}, "--grpc-listen: '" + hint);
  ExpectError({"--grpc-listen=unix:"}, "--grpc-listen: 'unix:" + hint);
  ExpectError({"--http-listen=:7080"}, "--http-listen: ':7080" + hint);
  ExpectError({"--http-listen=127.0.0.1:70000"},
              "--http-listen: '127.0.0.1:70000" + hint);
  ExpectError({"--http-listen=127.0.0.1:http"},
              "--http-listen: '127.0.0.1:http" + hint);
}

TEST_F(ConfigTest, FileErrorsNameFileAndLine) {
  ExpectFileError("# ok\n\ncolour = blue\n", "3: unknown key 'colour'");
  ExpectFileError("db = a.db\ndb\n", "2: expected 'key = value', got 'db'");
  ExpectFileError("read-threads = x\n",
                  "1: read-threads: 'x' is not a whole number");
  ExpectFileError("policy.loan_days_short = 0\n",
                  "1: policy.loan_days_short: '0' is out of range 1..365");
  ExpectFileError("synchronous = EXTRA\n",
                  "1: synchronous: 'EXTRA' is not one of FULL, NORMAL, OFF");
  ExpectFileError("config = other.conf\n", "1: unknown key 'config'");
  ExpectFileError("help = yes\n", "1: unknown key 'help'");
  ExpectFileError("bootstrap-admin = root\n",
                  "1: bootstrap-admin issues a credential and exits: give it "
                  "on the command line, not in a config file");
}

TEST_F(ConfigTest, UnreadableFile) {
  std::string missing = dir_.File("missing.conf");
  ExpectError({"--config", missing}, "cannot open config file " + missing +
                                         ": No such file or directory");
  ExpectError({"--config", dir_.path()},
              "cannot read config file " + dir_.path());
}

TEST_F(ConfigTest, FileErrorWinsOverLaterFlags) {
  std::string path = WriteFile("max-batch = 0\n");
  ExpectError({"--config", path, "--max-batch=5"},
              path + ":1: max-batch: '0' is out of range 1..100000");
}

TEST_F(ConfigTest, HelpListsEveryOptionWithDefault) {
  for (const char* flag : {"--help", "-h"}) {
    ASSERT_EQ(Parse({"--db=x.db", flag}), ParseResult::kHelp);
    EXPECT_EQ(config_.db_path, "kitap.db");
    for (const auto& [key, value] : Values(ServerConfig())) {
      std::string entry = "\n  --" + key + " ";
      size_t at = output_.find(entry);
      ASSERT_NE(at, std::string::npos) << key;
      std::string rest = output_.substr(at + entry.size());
      std::string line = rest.substr(0, rest.find("\n  --"));
      EXPECT_NE(line.find("(default: " + value + ")"), std::string::npos)
          << line;
    }
    for (const char* text : {"Usage: kitapd", "--config FILE", "-h, --help",
                             "--version", "docs/configuration.md"}) {
      EXPECT_NE(output_.find(text), std::string::npos) << text;
    }
  }
}

TEST_F(ConfigTest, Version) {
  ASSERT_EQ(Parse({"--version"}), ParseResult::kVersion);
  EXPECT_EQ(output_, std::string("kitapd ") + Version() + "\n");
  EXPECT_TRUE(std::regex_match(Version(), std::regex(R"(\d+\.\d+\.\d+)")));
}

// deploy/kitapd.conf.example lists every option, commented out, with its
// default: uncommented, it must parse to the defaults.
TEST_F(ConfigTest, ExampleConfigListsEveryDefault) {
  std::ifstream example(SourceDir() + "/deploy/kitapd.conf.example");
  ASSERT_TRUE(example) << "deploy/kitapd.conf.example";
  std::regex option(R"(# ?([a-z_.-]+ = .*))");
  std::string line, text;
  std::map<std::string, int> seen;
  std::smatch match;
  while (std::getline(example, line)) {
    if (!std::regex_match(line, match, option)) continue;
    text += match[1].str() + "\n";
    ++seen[match[1].str().substr(0, match[1].str().find(' '))];
  }
  for (const auto& [key, value] : Values(ServerConfig())) {
    EXPECT_EQ(seen[key], 1) << key;
  }
  ASSERT_EQ(Parse({"--config", WriteFile(text)}), ParseResult::kRun) << output_;
  EXPECT_EQ(Values(config_), Values(ServerConfig()));
}

TEST(LogTest, FormatsRfc3339UtcWithMilliseconds) {
  auto time = std::chrono::system_clock::from_time_t(1740820502) +
              std::chrono::microseconds(123456);
  EXPECT_EQ(FormatLogLine(LogLevel::kWarn, time, "disk almost full"),
            "2025-03-01T09:15:02.123Z WARN disk almost full\n");
}

TEST(LogTest, LevelFiltersMessages) {
  ASSERT_TRUE(SetLogLevel("warn"));
  EXPECT_FALSE(SetLogLevel("loud"));
  EXPECT_FALSE(LogEnabled(LogLevel::kInfo));
  EXPECT_TRUE(LogEnabled(LogLevel::kWarn));
  ::testing::internal::CaptureStderr();
  Log(LogLevel::kInfo, "hidden");
  Log(LogLevel::kError, "shown");
  std::string written = ::testing::internal::GetCapturedStderr();
  SetLogLevel(LogLevel::kInfo);
  EXPECT_TRUE(std::regex_match(
      written,
      std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ERROR shown\n)")))
      << written;
}

TEST(LogTest, AcceptsEveryConfigLogLevel) {
  for (const char* name : {"debug", "info", "warn", "error"}) {
    EXPECT_TRUE(ParseLogLevel(name).has_value()) << name;
  }
}

}  // namespace
}  // namespace kitap
