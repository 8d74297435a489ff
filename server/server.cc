#include "server/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>

#include "server/service/catalog_service.h"
#include "server/service/circulation_service.h"
#include "server/service/decode_error_interceptor.h"
#include "server/service/diagnostics_service.h"
#include "server/service/directory_service.h"
#include "server/service/events_service.h"
#include "server/service/patrons_service.h"
#include "server/service/periodicals_service.h"
#include "server/service/statistics_service.h"

namespace kitap {

Status KitapServer::Start(const ServerOptions& options,
                          std::unique_ptr<KitapServer>* out) {
  std::unique_ptr<KitapServer> server(new KitapServer());
  KITAP_RETURN_IF_ERROR(Engine::Open(options.engine, &server->engine_));
  Engine& engine = *server->engine_;
  auto& services = server->services_;
  services.push_back(std::make_unique<service::DirectoryService>(engine));
  services.push_back(std::make_unique<service::PatronsService>(engine));
  services.push_back(std::make_unique<service::CatalogService>(engine));
  services.push_back(std::make_unique<service::CirculationService>(engine));
  services.push_back(std::make_unique<service::PeriodicalsService>(engine));
  services.push_back(std::make_unique<service::EventsService>(engine));
  services.push_back(std::make_unique<service::StatisticsService>(engine));
  services.push_back(std::make_unique<service::DiagnosticsService>());

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.grpc_listen,
                           grpc::InsecureServerCredentials(),
                           &server->grpc_port_);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  for (auto& s : services) builder.RegisterService(s.get());
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(
      std::make_unique<service::DecodeErrorInterceptorFactory>());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  server->grpc_ = builder.BuildAndStart();
  if (!server->grpc_ || server->grpc_port_ == 0) {
    return Status::Unavailable(
        "LISTEN_FAILED", "cannot listen for gRPC on " + options.grpc_listen);
  }
  server->grpc_->GetHealthCheckService()->SetServingStatus(true);
  *out = std::move(server);
  return Status::Ok();
}

KitapServer::~KitapServer() { Shutdown(); }

void KitapServer::Shutdown(std::chrono::milliseconds grace) {
  if (shut_down_) return;
  shut_down_ = true;
  if (grpc_) {
    grpc_->GetHealthCheckService()->SetServingStatus(false);
    grpc_->Shutdown(std::chrono::system_clock::now() + grace);
  }
  if (engine_) engine_->Stop();
}

}  // namespace kitap
