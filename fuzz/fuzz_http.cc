#include "fuzz/fuzz_http.h"

#include <cstdio>
#include <cstdlib>
#include <future>
#include <utility>

#include "server/auth/token.h"
#include "server/service/metrics_interceptor.h"

namespace kitap::fuzz {

FuzzHttp& FuzzHttp::Get() {
  static FuzzHttp* http = new FuzzHttp();
  return *http;
}

FuzzHttp::FuzzHttp()
    : metrics_(std::make_unique<metrics::ServerMetrics>(
          service::KitapMethodNames())) {
  EngineOptions options;
  options.db_path = dir_.File("http.db");
  options.synchronous = "OFF";  // refusals are audited: keep writes cheap
  options.read_threads = 1;
  Status opened = Engine::Open(options, &engine_);
  if (!opened.ok()) {
    std::fprintf(stderr, "fuzz engine: %s\n", opened.ToString().c_str());
    std::abort();
  }
  hub_.Start(*engine_);
  credentials_.Add(auth::HashToken(kAdminToken),
                   {1, auth::Role::kNationalAdmin, 0, ""});
  credentials_.Add(auth::HashToken(kDeskToken), {2, auth::Role::kDesk, 1, ""});
  edge_.reset(new service::Edge{*engine_, credentials_, limiter_});
  backend_ = std::make_unique<http::ServerBackend>(*edge_, *metrics_, hub_);
}

http::Response FuzzHttp::Handle(const http::Request& request,
                                const http::HandlerOptions& options) {
  std::promise<http::Response> answer;
  std::future<http::Response> response = answer.get_future();
  http::HandleRequest(request, options, *backend_, [&answer](http::Response r) {
    answer.set_value(std::move(r));
  });
  return response.get();
}

}  // namespace kitap::fuzz
