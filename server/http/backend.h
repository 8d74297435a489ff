// Backend: what the HTTP request handler needs from the rest of kitapd.
// The server's implementation (server_backend.h) runs everything that
// touches the database on the engine; tests substitute a fake.
#ifndef KITAP_SERVER_HTTP_BACKEND_H_
#define KITAP_SERVER_HTTP_BACKEND_H_

#include <functional>
#include <string>

#include "db/status.h"
#include "kitap/v1/statistics.pb.h"
#include "server/auth/principal.h"

namespace kitap::http {

class Backend {
 public:
  virtual ~Backend() = default;

  // Authenticates `authorization` (an Authorization header value: "Bearer
  // <token>"; empty when none was sent), applies the per-credential rate
  // limit and authorizes by `rule`, exactly as for gRPC calls (see
  // service/edge.h): UNAUTHENTICATED, RESOURCE_EXHAUSTED/RATE_LIMITED or
  // PERMISSION_DENIED, each audited as `method` from `peer`. Does not
  // block on the database.
  virtual Status Admit(const std::string& authorization, const char* method,
                       const std::string& peer, const auth::Rule& rule,
                       auth::Principal* principal) = 0;

  // The callbacks below run exactly once, on any thread.

  // OK when the database answers a trivial read.
  virtual void CheckReady(std::function<void(const Status&)> done) = 0;
  // The Prometheus exposition (see metrics/server_metrics.h).
  virtual void RenderMetrics(std::function<void(std::string)> done) = 0;
  // GetAnnualReport for an admitted `principal`.
  virtual void AnnualReport(
      const auth::Principal& principal,
      const v1::GetAnnualReportRequest& request,
      std::function<void(const Status&, const v1::AnnualReport&)> done) = 0;
  // The current year's national figures.
  virtual void LiveCounters(
      std::function<void(const Status&, const v1::LiveCounters&)> done) = 0;
};

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_BACKEND_H_
