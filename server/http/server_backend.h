// ServerBackend: the HTTP handler's Backend in kitapd. Credentials go
// through the same edge as gRPC calls (service::AdmitAuthorization);
// everything that reads the database runs on the engine's read pool, and
// the callbacks run there too.
//
// Thread-safety: every method may be called from any thread.
#ifndef KITAP_SERVER_HTTP_SERVER_BACKEND_H_
#define KITAP_SERVER_HTTP_SERVER_BACKEND_H_

#include "server/http/backend.h"
#include "server/metrics/server_metrics.h"
#include "server/service/edge.h"
#include "server/stats/counter_hub.h"

namespace kitap::http {

class ServerBackend final : public Backend {
 public:
  // Every argument must outlive the backend's last callback.
  ServerBackend(service::Edge& edge, metrics::ServerMetrics& metrics,
                stats::CounterHub& hub)
      : edge_(edge), metrics_(metrics), hub_(hub) {}

  Status Admit(const std::string& authorization, const char* method,
               const std::string& peer, const auth::Rule& rule,
               auth::Principal* principal) override;
  void CheckReady(std::function<void(const Status&)> done) override;
  void RenderMetrics(std::function<void(std::string)> done) override;
  void AnnualReport(const auth::Principal& principal,
                    const v1::GetAnnualReportRequest& request,
                    std::function<void(const Status&, const v1::AnnualReport&)>
                        done) override;
  void LiveCounters(std::function<void(const Status&, const v1::LiveCounters&)>
                        done) override;

 private:
  service::Edge& edge_;
  metrics::ServerMetrics& metrics_;
  stats::CounterHub& hub_;
};

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_SERVER_BACKEND_H_
