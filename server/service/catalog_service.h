// The Catalog gRPC service: Records and items. Each method names the rule its
// caller must satisfy and hands its operation to the engine (unary.h).
#ifndef KITAP_SERVER_SERVICE_CATALOG_SERVICE_H_
#define KITAP_SERVER_SERVICE_CATALOG_SERVICE_H_

#include "kitap/v1/catalog.grpc.pb.h"
#include "server/service/edge.h"

namespace kitap::service {

class CatalogService final : public v1::Catalog::CallbackService {
 public:
  explicit CatalogService(Edge& edge) : edge_(edge) {}

  grpc::ServerUnaryReactor* CreateRecord(grpc::CallbackServerContext* context,
                                         const v1::CreateRecordRequest* request,
                                         v1::Record* response) override;
  grpc::ServerUnaryReactor* GetRecord(grpc::CallbackServerContext* context,
                                      const v1::GetRecordRequest* request,
                                      v1::Record* response) override;
  grpc::ServerUnaryReactor* ListRecords(
      grpc::CallbackServerContext* context,
      const v1::ListRecordsRequest* request,
      v1::ListRecordsResponse* response) override;
  grpc::ServerUnaryReactor* UpdateRecord(grpc::CallbackServerContext* context,
                                         const v1::UpdateRecordRequest* request,
                                         v1::Record* response) override;
  grpc::ServerUnaryReactor* CreateItem(grpc::CallbackServerContext* context,
                                       const v1::CreateItemRequest* request,
                                       v1::Item* response) override;
  grpc::ServerUnaryReactor* GetItem(grpc::CallbackServerContext* context,
                                    const v1::GetItemRequest* request,
                                    v1::Item* response) override;
  grpc::ServerUnaryReactor* ListItems(grpc::CallbackServerContext* context,
                                      const v1::ListItemsRequest* request,
                                      v1::ListItemsResponse* response) override;
  grpc::ServerUnaryReactor* WithdrawItem(grpc::CallbackServerContext* context,
                                         const v1::ItemActionRequest* request,
                                         v1::Item* response) override;
  grpc::ServerUnaryReactor* MarkItemLost(grpc::CallbackServerContext* context,
                                         const v1::ItemActionRequest* request,
                                         v1::Item* response) override;
  grpc::ServerUnaryReactor* ReceiveItem(grpc::CallbackServerContext* context,
                                        const v1::ItemActionRequest* request,
                                        v1::Item* response) override;

 private:
  Edge& edge_;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_CATALOG_SERVICE_H_
