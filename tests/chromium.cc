#include "tests/chromium.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <thread>

#include "tests/http_client.h"

extern char** environ;

namespace kitap::test {

namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;
namespace net = boost::asio;
using google::protobuf::Struct;
using google::protobuf::Value;
using tcp = net::ip::tcp;

namespace {

constexpr auto kStartLimit = std::chrono::seconds(60);

// Starts `argv` in a process group of its own with stdout and stderr
// appended to `log`; -1 when it cannot.
pid_t Spawn(const std::vector<std::string>& argv, const std::string& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, args.data(),
                  environ) != 0) {
    pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  return pid;
}

// The port Chromium wrote to DevToolsActivePort in its profile, or 0 when
// it has not yet.
int DevToolsPort(const std::string& profile_dir) {
  std::ifstream file(profile_dir + "/DevToolsActivePort");
  int port = 0;
  return (file >> port) ? port : 0;
}

// The path of the page's WebSocket ("/devtools/page/ID") from /json/list,
// or "".
std::string PagePath(int port) {
  HttpAnswer answer = HttpGet(port, "/json/list");
  google::protobuf::ListValue targets;
  if (answer.status != 200 ||
      !google::protobuf::util::JsonStringToMessage(answer.body, &targets)
           .ok()) {
    return "";
  }
  for (const Value& target : targets.values()) {
    const auto& fields = target.struct_value().fields();
    auto type = fields.find("type");
    auto url = fields.find("webSocketDebuggerUrl");
    if (type == fields.end() || url == fields.end() ||
        type->second.string_value() != "page") {
      continue;
    }
    const std::string& ws = url->second.string_value();
    size_t path = ws.find("/devtools/");
    if (path != std::string::npos) return ws.substr(path);
  }
  return "";
}

}  // namespace

struct DevToolsPage::Impl {
  net::io_context io;
  websocket::stream<beast::tcp_stream> ws{io};
  pid_t pid = -1;
  int next_id = 0;
  bool connected = false;
  std::string error;
  std::vector<std::string> console_errors;

  bool Connect(int port, const std::string& path) {
    beast::error_code ec;
    ws.next_layer().connect(tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                          static_cast<unsigned short>(port)),
                            ec);
    if (!ec) ws.handshake("127.0.0.1:" + std::to_string(port), path, ec);
    if (ec) error = "devtools websocket: " + ec.message();
    return !ec;
  }

  // Reads one message, waiting at most 30 s.
  std::optional<Struct> Read() {
    beast::flat_buffer buffer;
    beast::error_code result = net::error::timed_out;
    ws.async_read(buffer, [&](beast::error_code ec, size_t) { result = ec; });
    io.restart();
    io.run_for(std::chrono::seconds(30));
    if (!io.stopped()) {
      beast::get_lowest_layer(ws).cancel();
      io.restart();
      io.run();
    }
    Struct message;
    if (result || !google::protobuf::util::JsonStringToMessage(
                       beast::buffers_to_string(buffer.data()), &message)
                       .ok()) {
      error = "devtools read: " + result.message();
      return std::nullopt;
    }
    return message;
  }

  // Keeps the console errors and exceptions among the events.
  void Note(const Struct& event) {
    const auto& fields = event.fields();
    auto method = fields.find("method");
    if (method == fields.end()) return;
    const std::string& name = method->second.string_value();
    const auto& params = fields.at("params").struct_value().fields();
    auto type = params.find("type");
    const bool console_error = name == "Runtime.consoleAPICalled" &&
                               type != params.end() &&
                               (type->second.string_value() == "error" ||
                                type->second.string_value() == "assert");
    if (console_error || name == "Runtime.exceptionThrown") {
      std::string json;
      (void)google::protobuf::util::MessageToJsonString(event, &json);
      console_errors.push_back(json);
    }
  }

  // Sends `method` with `params` and returns the answer's "result".
  std::optional<Struct> Call(const std::string& method, const Struct& params) {
    Struct call;
    const int id = ++next_id;
    (*call.mutable_fields())["id"].set_number_value(id);
    (*call.mutable_fields())["method"].set_string_value(method);
    *(*call.mutable_fields())["params"].mutable_struct_value() = params;
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(call, &json);
    beast::error_code ec;
    ws.write(net::buffer(json), ec);
    if (ec) {
      error = "devtools write: " + ec.message();
      return std::nullopt;
    }
    while (auto message = Read()) {
      const auto& fields = message->fields();
      auto answer_id = fields.find("id");
      if (answer_id == fields.end()) {
        Note(*message);
        continue;
      }
      if (answer_id->second.number_value() != id) continue;
      auto result = fields.find("result");
      if (result == fields.end()) {
        (void)google::protobuf::util::MessageToJsonString(*message, &error);
        return std::nullopt;
      }
      return result->second.struct_value();
    }
    return std::nullopt;
  }
};

std::string FindChromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    std::string command = std::string("command -v ") + name + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) continue;
    char buffer[512] = {};
    bool found = std::fgets(buffer, sizeof(buffer), pipe) != nullptr;
    pclose(pipe);
    if (found) {
      std::string path = buffer;
      while (!path.empty() && path.back() == '\n') path.pop_back();
      return path;
    }
  }
  return "";
}

DevToolsPage::DevToolsPage(const std::string& chromium, const std::string& url,
                           const std::string& profile_dir,
                           const std::string& log)
    : impl_(std::make_unique<Impl>()) {
  std::vector<std::string> argv = {chromium};
  argv.insert(argv.end(), std::begin(kHeadlessFlags), std::end(kHeadlessFlags));
  argv.insert(argv.end(), {"--remote-debugging-port=0",
                           "--user-data-dir=" + profile_dir, url});
  impl_->pid = Spawn(argv, log);
  if (impl_->pid < 0) {
    impl_->error = "cannot start " + chromium;
    return;
  }
  const auto deadline = std::chrono::steady_clock::now() + kStartLimit;
  std::string path;
  int port = 0;
  while (path.empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (port == 0) port = DevToolsPort(profile_dir);
    if (port != 0) path = PagePath(port);
  }
  if (path.empty()) {
    impl_->error = "no DevTools page from chromium; see " + log;
    return;
  }
  impl_->connected = impl_->Connect(port, path) &&
                     impl_->Call("Runtime.enable", Struct()).has_value();
}

DevToolsPage::~DevToolsPage() {
  if (impl_->connected) {
    beast::error_code ec;
    impl_->ws.next_layer().socket().close(ec);
  }
  if (impl_->pid <= 0) return;
  kill(-impl_->pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (waitpid(impl_->pid, nullptr, WNOHANG) != 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(-impl_->pid, SIGKILL);
  waitpid(impl_->pid, nullptr, 0);
}

bool DevToolsPage::ok() const { return impl_->connected; }

const std::string& DevToolsPage::error() const { return impl_->error; }

std::optional<std::string> DevToolsPage::Evaluate(
    const std::string& expression) {
  Struct params;
  (*params.mutable_fields())["expression"].set_string_value("String(" +
                                                            expression + ")");
  (*params.mutable_fields())["returnByValue"].set_bool_value(true);
  std::optional<Struct> result = impl_->Call("Runtime.evaluate", params);
  if (!result.has_value()) return std::nullopt;
  const auto& fields = result->fields();
  if (fields.count("exceptionDetails") != 0) return std::nullopt;
  auto value = fields.find("result");
  if (value == fields.end()) return std::nullopt;
  const auto& remote = value->second.struct_value().fields();
  auto text = remote.find("value");
  if (text == remote.end()) return std::nullopt;
  return text->second.string_value();
}

bool DevToolsPage::WaitFor(const std::string& expression,
                           const std::string& want, std::chrono::seconds limit,
                           std::string* last) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (true) {
    std::optional<std::string> value = Evaluate(expression);
    if (last != nullptr) *last = value.value_or("(no answer)");
    if (value == want) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

const std::vector<std::string>& DevToolsPage::console_errors() const {
  return impl_->console_errors;
}

}  // namespace kitap::test
