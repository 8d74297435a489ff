// KitapServer's observers and HTTP side port: the metrics registry and the
// live national counters, fed by the engine's writer after every batch,
// and the HTTP server that shows them.
#include "server/http/http_server.h"
#include "server/http/server_backend.h"
#include "server/metrics/server_metrics.h"
#include "server/server.h"
#include "server/service/metrics_interceptor.h"
#include "server/stats/counter_hub.h"

namespace kitap {

void KitapServer::PrepareObservers(EngineOptions* engine) {
  metrics_ =
      std::make_unique<metrics::ServerMetrics>(service::KitapMethodNames());
  counter_hub_ = std::make_unique<stats::CounterHub>();
  auto chained = std::move(engine->on_batch);
  engine->on_batch = [metrics = metrics_.get(), hub = counter_hub_.get(),
                      chained](const db::BatchInfo& batch) {
    metrics->RecordBatch(batch.pieces, static_cast<double>(batch.micros) / 1e6);
    if (batch.committed) hub->NoteWrite();
    if (chained) chained(batch);
  };
}

Status KitapServer::StartHttp(const ServerOptions& options) {
  if (options.http_listen.empty()) return Status::Ok();
  http_backend_ =
      std::make_unique<http::ServerBackend>(*edge_, *metrics_, *counter_hub_);
  http::HttpOptions http;
  http.listen = options.http_listen;
  http.io_threads = options.http_threads;
  http.tls = options.tls;
  KITAP_RETURN_IF_ERROR(http::HttpServer::Start(http, *http_backend_, &http_));
  http_port_ = http_->port();
  return Status::Ok();
}

}  // namespace kitap
