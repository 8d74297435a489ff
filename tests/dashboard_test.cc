// The dashboard in headless Chromium (Debian's chromium package, installed
// by scripts/install-deps.sh) against the in-process server with some
// data: the page must show the right figures and record no errors, and its
// live counters must follow a check-out made while it is open. A
// screenshot is kept in the working directory (build/tests/dashboard.png
// under ctest) as an artifact. Without chromium the test fails.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "tests/chromium.h"
#include "tests/temp_dir.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

// Runs headless chromium on `url` with `action` (e.g. "--dump-dom") and
// returns its standard output; its log goes to `log`.
std::string RunChromium(const std::string& chromium, const std::string& url,
                        const std::string& action, const TempDir& profile,
                        const std::string& log) {
  std::string command = "timeout 120 " + chromium;
  for (const char* flag : kHeadlessFlags) command += std::string(" ") + flag;
  command += " --hide-scrollbars --user-data-dir=" + profile.path() +
             " --virtual-time-budget=5000 " + action + " '" + url + "' 2>>" +
             log;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return "";
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
    out.append(buffer, n);
  }
  pclose(pipe);
  return out;
}

// The text of the element with `id` in serialized DOM `dom`, and its
// data-value attribute.
struct Shown {
  std::string value;
  std::string text;
};
Shown Element(const std::string& dom, const std::string& id) {
  Shown shown;
  size_t at = dom.find("id=\"" + id + "\"");
  if (at == std::string::npos) return shown;
  size_t end = dom.find('>', at);
  size_t attr = dom.find("data-value=\"", at);
  if (attr != std::string::npos && attr < end) {
    attr += sizeof("data-value=\"") - 1;
    shown.value = dom.substr(attr, dom.find('"', attr) - attr);
  }
  shown.text = dom.substr(end + 1, dom.find('<', end) - end - 1);
  return shown;
}

class DashboardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    almaty_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_NATIONAL);
    const int64_t almaty = almaty_;
    int64_t turkistan = server_.AddLibrary("KZ-61", v1::LIBRARY_TYPE_RURAL);
    server_.AddPatron(almaty, "KZ0001", MakeDate(2006, 3, 10),
                      v1::PATRON_CATEGORY_STUDENT);
    server_.AddPatron(turkistan, "KZ0002", MakeDate(2012, 9, 1),
                      v1::PATRON_CATEGORY_CHILD);
    fiction_ = server_.AddRecord(v1::SUBJECT_FICTION);
    const int64_t fiction = fiction_;
    int64_t history = server_.AddRecord(v1::SUBJECT_HISTORY_ETHNOGRAPHY);
    server_.AddItem(fiction, almaty, "A-1");
    server_.AddItem(history, almaty, "A-2");
    server_.AddItem(fiction, turkistan, "T-1");
    CheckOut(almaty, "KZ0001", "A-1");
    CheckOut(almaty, "KZ0001", "A-2");
    CheckOut(turkistan, "KZ0002", "T-1");
  }

  void CheckOut(int64_t library, const std::string& card,
                const std::string& barcode) {
    v1::CheckOutRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_library_id(library);
    request.set_card_number(card);
    request.set_item_barcode(barcode);
    v1::CheckOutResponse response;
    Outcome o = Call(server_.circulation(), &v1::Circulation::Stub::CheckOut,
                     request, &response);
    ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  }

  std::string Url(const std::string& fragment) {
    return "http://127.0.0.1:" + std::to_string(server_.http_port()) + "/#" +
           fragment;
  }

  TestServer server_;
  TempDir profile_;
  int64_t almaty_ = 0;
  int64_t fiction_ = 0;
};

TEST_F(DashboardTest, ShowsTheFiguresWithoutErrors) {
  std::string chromium = FindChromium();
  ASSERT_FALSE(chromium.empty())
      << "chromium is not installed: run scripts/install-deps.sh as root "
         "(Debian package 'chromium')";
  std::string log = profile_.File("chromium.log");
  std::string dom = RunChromium(chromium, Url("token=" + server_.admin_token()),
                                "--dump-dom", profile_, log);
  ASSERT_NE(dom.find("</html>"), std::string::npos)
      << "no DOM from chromium; its log is in " << log << ":\n"
      << dom;
  // The errors box: no script error, rejection or console.error.
  EXPECT_EQ(dom.find("class=\"error\""), std::string::npos) << dom;
  // The totals and the live counters show the three loans.
  EXPECT_EQ(Element(dom, "total-loans").value, "3") << dom;
  EXPECT_EQ(Element(dom, "total-loans").text, "3");
  EXPECT_EQ(Element(dom, "live-loans").value, "3");
  EXPECT_EQ(Element(dom, "total-libraries").value, "2");
  EXPECT_EQ(Element(dom, "total-registered-users").value, "");  // camelCase
  EXPECT_EQ(Element(dom, "total-registeredUsers").value, "2");
  // In Kazakh by default, with the regions' own names and the charts.
  EXPECT_NE(dom.find("Кітап берілімі"), std::string::npos);
  EXPECT_NE(dom.find("Көркем әдебиет"), std::string::npos);
  EXPECT_NE(dom.find("<svg"), std::string::npos);
  // The token left the address bar.
  EXPECT_EQ(dom.find(server_.admin_token()), std::string::npos);
}

TEST_F(DashboardTest, SpeaksRussianAndEnglish) {
  std::string chromium = FindChromium();
  ASSERT_FALSE(chromium.empty()) << "chromium is not installed";
  std::string log = profile_.File("chromium.log");
  std::string ru =
      RunChromium(chromium, Url("token=" + server_.admin_token() + "&lang=ru"),
                  "--dump-dom", profile_, log);
  EXPECT_NE(ru.find("Книговыдача"), std::string::npos) << ru;
  EXPECT_EQ(ru.find("class=\"error\""), std::string::npos) << ru;
  std::string en =
      RunChromium(chromium, Url("token=" + server_.admin_token() + "&lang=en"),
                  "--dump-dom", profile_, log);
  EXPECT_NE(en.find("Registered users"), std::string::npos) << en;
}

TEST_F(DashboardTest, ABadTokenAsksToSignIn) {
  std::string chromium = FindChromium();
  ASSERT_FALSE(chromium.empty()) << "chromium is not installed";
  std::string dom =
      RunChromium(chromium, Url("token=kitap_bad&lang=en"), "--dump-dom",
                  profile_, profile_.File("chromium.log"));
  EXPECT_NE(dom.find("The token is missing or not valid."), std::string::npos)
      << dom;
  EXPECT_EQ(dom.find("class=\"error\""), std::string::npos) << dom;
  EXPECT_EQ(Element(dom, "total-loans").value, "");
}

// The live loans card's value, or "" while there is none.
constexpr char kLiveLoans[] =
    "(document.getElementById('live-loans') || {dataset: {}}).dataset.value "
    "|| ''";

TEST_F(DashboardTest, LiveCountersFollowACheckOut) {
  std::string chromium = FindChromium();
  ASSERT_FALSE(chromium.empty()) << "chromium is not installed";
  server_.AddItem(fiction_, almaty_, "A-3");
  DevToolsPage page(chromium, Url("token=" + server_.admin_token()),
                    profile_.File("profile"), profile_.File("chromium.log"));
  ASSERT_TRUE(page.ok()) << page.error();
  std::string shown;
  // Bounds, not timings: the page reads the counters every 5 seconds.
  constexpr auto kLimit = std::chrono::seconds(60);
  ASSERT_TRUE(page.WaitFor(kLiveLoans, "3", kLimit, &shown)) << shown;

  CheckOut(almaty_, "KZ0001", "A-3");  // a real check-out, over gRPC
  EXPECT_TRUE(page.WaitFor(kLiveLoans, "4", kLimit, &shown)) << shown;
  EXPECT_EQ(page.Evaluate("document.getElementById('live-loans')"
                          ".textContent.trim()"),
            "4");
  // No console error or uncaught exception, and nothing in the errors box.
  EXPECT_TRUE(page.console_errors().empty()) << page.console_errors().front();
  EXPECT_EQ(page.Evaluate("document.querySelectorAll('.error').length"), "0");
}

TEST_F(DashboardTest, KeepsAScreenshot) {
  std::string chromium = FindChromium();
  ASSERT_FALSE(chromium.empty()) << "chromium is not installed";
  std::string png =
      (std::filesystem::current_path() / "dashboard.png").string();
  std::filesystem::remove(png);
  RunChromium(chromium, Url("token=" + server_.admin_token()),
              "--window-size=1280,900 --screenshot=" + png, profile_,
              profile_.File("chromium.log"));
  ASSERT_TRUE(std::filesystem::exists(png)) << png;
  EXPECT_GT(std::filesystem::file_size(png), 10000u);
  std::printf("dashboard screenshot: %s\n", png.c_str());
}

}  // namespace
}  // namespace kitap::test
