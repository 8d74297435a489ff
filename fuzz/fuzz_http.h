// FuzzHttp: the HTTP side port's request handler (server/http/handler.h)
// with kitapd's real backend: an engine on a migrated SQLite file in a
// temp dir, the credential cache, the metrics and the live counters, as
// KitapServer wires them. Two credentials are known (kAdminToken, a
// national admin, and kDeskToken, a desk of library 1) so that inputs
// reach past authentication. Made once per process.
//
// Thread-safety: Handle is called from one thread (libFuzzer's).
#ifndef KITAP_FUZZ_FUZZ_HTTP_H_
#define KITAP_FUZZ_FUZZ_HTTP_H_

#include <memory>

#include "server/auth/credential_cache.h"
#include "server/auth/rate_limiter.h"
#include "server/core/engine.h"
#include "server/http/handler.h"
#include "server/http/server_backend.h"
#include "server/metrics/server_metrics.h"
#include "server/service/edge.h"
#include "server/stats/counter_hub.h"
#include "tests/temp_dir.h"

namespace kitap::fuzz {

inline constexpr char kAdminToken[] =
    "kitap_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
inline constexpr char kDeskToken[] =
    "kitap_dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";

class FuzzHttp {
 public:
  // The process's handler environment; aborts when it cannot be made.
  static FuzzHttp& Get();

  // Runs the handler on `request` and waits for its one response.
  http::Response Handle(const http::Request& request,
                        const http::HandlerOptions& options);

 private:
  FuzzHttp();

  test::TempDir dir_;
  std::unique_ptr<metrics::ServerMetrics> metrics_;
  stats::CounterHub hub_;
  std::unique_ptr<Engine> engine_;
  auth::CredentialCache credentials_;
  auth::RateLimiter limiter_{0, 0};  // off: the fuzzer calls as fast as it can
  std::unique_ptr<service::Edge> edge_;
  std::unique_ptr<http::ServerBackend> backend_;
};

}  // namespace kitap::fuzz

#endif  // KITAP_FUZZ_FUZZ_HTTP_H_
