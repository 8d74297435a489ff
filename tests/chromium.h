// Headless Chromium for end-to-end tests of the dashboard: finding the
// binary, and a page driven over the DevTools protocol (a WebSocket on
// loopback) so that a test can watch the page change while it acts.
#ifndef KITAP_TESTS_CHROMIUM_H_
#define KITAP_TESTS_CHROMIUM_H_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kitap::test {

// The chromium binary on PATH (Debian's package `chromium`), or "".
std::string FindChromium();

// The flags of every headless run in the tests: no sandbox (tests may run
// as root), no GPU, no background network or first-run work.
inline constexpr const char* kHeadlessFlags[] = {
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage"};

// One headless Chromium showing one page. Not thread-safe.
class DevToolsPage {
 public:
  // Starts `chromium` headless on `url` with the profile directory
  // `profile_dir` (which must be empty or new) and the DevTools port on
  // 127.0.0.1 (chosen by Chromium), its output appended to `log`; connects
  // to the page and turns on the console and exception events. ok() says
  // whether all of that worked within 60 seconds.
  DevToolsPage(const std::string& chromium, const std::string& url,
               const std::string& profile_dir, const std::string& log);
  // Ends Chromium (its whole process group) and waits for it.
  ~DevToolsPage();

  bool ok() const;
  // Why not ok(), or why the last call failed.
  const std::string& error() const;

  // The value of JavaScript `expression` in the page, converted with
  // String(); nullopt when it throws or the page does not answer.
  std::optional<std::string> Evaluate(const std::string& expression);

  // Evaluates `expression` every 100 ms until it equals `want` or `limit`
  // has passed; true when it did. `last` (if not null) gets the last value.
  bool WaitFor(const std::string& expression, const std::string& want,
               std::chrono::seconds limit, std::string* last = nullptr);

  // The console.error and console.assert messages and the uncaught
  // exceptions the page reported so far, as the protocol's JSON.
  const std::vector<std::string>& console_errors() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kitap::test

#endif  // KITAP_TESTS_CHROMIUM_H_
