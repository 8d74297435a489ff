#include "server/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>

#include "server/http/http_server.h"
#include "server/http/server_backend.h"
#include "server/metrics/server_metrics.h"
#include "server/service/admin_service.h"
#include "server/service/catalog_service.h"
#include "server/service/circulation_service.h"
#include "server/service/decode_error_interceptor.h"
#include "server/service/diagnostics_service.h"
#include "server/service/directory_service.h"
#include "server/service/events_service.h"
#include "server/service/metrics_interceptor.h"
#include "server/service/patrons_service.h"
#include "server/service/periodicals_service.h"
#include "server/service/statistics_service.h"
#include "server/stats/counter_hub.h"

namespace kitap {

Status KitapServer::Start(const ServerOptions& options,
                          std::unique_ptr<KitapServer>* out) {
  KITAP_RETURN_IF_ERROR(
      CheckPlaintextAllowed("gRPC", options.grpc_listen, options.tls));
  if (!options.http_listen.empty()) {
    KITAP_RETURN_IF_ERROR(
        CheckPlaintextAllowed("HTTP", options.http_listen, options.tls));
  }
  std::shared_ptr<grpc::ServerCredentials> credentials;
  KITAP_RETURN_IF_ERROR(MakeGrpcServerCredentials(options.tls, &credentials));
  std::unique_ptr<KitapServer> server(new KitapServer());
  EngineOptions engine = options.engine;
  server->PrepareObservers(&engine);
  KITAP_RETURN_IF_ERROR(Engine::Open(engine, &server->engine_));
  server->counter_hub_->Start(*server->engine_);
  KITAP_RETURN_IF_ERROR(server->LoadCredentials(options.engine.db_path));
  server->limiter_ = std::make_unique<auth::RateLimiter>(
      options.rate_limit, 2 * options.rate_limit);
  server->edge_.reset(new service::Edge{*server->engine_, server->credentials_,
                                        *server->limiter_});
  service::Edge& edge = *server->edge_;
  auto& services = server->services_;
  services.push_back(std::make_unique<service::DirectoryService>(edge));
  services.push_back(std::make_unique<service::PatronsService>(edge));
  services.push_back(std::make_unique<service::CatalogService>(edge));
  services.push_back(std::make_unique<service::CirculationService>(edge));
  services.push_back(std::make_unique<service::PeriodicalsService>(edge));
  services.push_back(std::make_unique<service::EventsService>(edge));
  services.push_back(std::make_unique<service::StatisticsService>(
      edge, *server->counter_hub_));
  services.push_back(std::make_unique<service::AdminService>(edge));
  services.push_back(std::make_unique<service::DiagnosticsService>(edge));

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.grpc_listen, credentials,
                           &server->grpc_port_);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  for (auto& s : services) builder.RegisterService(s.get());
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(
      std::make_unique<service::DecodeErrorInterceptorFactory>());
  interceptors.push_back(std::make_unique<service::MetricsInterceptorFactory>(
      server->metrics_->rpc()));
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  server->grpc_ = builder.BuildAndStart();
  if (!server->grpc_ || server->grpc_port_ == 0) {
    return Status::Unavailable(
        "LISTEN_FAILED", "cannot listen for gRPC on " + options.grpc_listen);
  }
  server->grpc_->GetHealthCheckService()->SetServingStatus(true);
  KITAP_RETURN_IF_ERROR(server->StartHttp(options));
  *out = std::move(server);
  return Status::Ok();
}

KitapServer::~KitapServer() { Shutdown(); }

Status KitapServer::LoadCredentials(const std::string& db_path) {
  std::unique_ptr<db::Database> db;
  db::OpenOptions options;
  options.mode = db::Mode::kReadOnly;
  KITAP_RETURN_IF_ERROR(db::Database::Open(db_path, options, &db));
  return credentials_.Load(*db);
}

void KitapServer::Shutdown(std::chrono::milliseconds grace) {
  if (shut_down_) return;
  shut_down_ = true;
  if (counter_hub_) counter_hub_->Stop();
  if (grpc_) {
    grpc_->GetHealthCheckService()->SetServingStatus(false);
    grpc_->Shutdown(std::chrono::system_clock::now() + grace);
  }
  if (engine_) engine_->Stop();
  // After the engine: HTTP responses still being read are written first.
  if (http_) http_->Stop();
}

}  // namespace kitap
