#include "server/service/catalog_service.h"

#include "server/ops/catalog_ops.h"
#include "server/service/unary.h"

namespace kitap::service {

grpc::ServerUnaryReactor* CatalogService::CreateRecord(
    grpc::CallbackServerContext* context,
    const v1::CreateRecordRequest* request, v1::Record* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CreateRecord);
}

grpc::ServerUnaryReactor* CatalogService::GetRecord(
    grpc::CallbackServerContext* context, const v1::GetRecordRequest* request,
    v1::Record* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::GetRecord);
}

grpc::ServerUnaryReactor* CatalogService::ListRecords(
    grpc::CallbackServerContext* context, const v1::ListRecordsRequest* request,
    v1::ListRecordsResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListRecords);
}

grpc::ServerUnaryReactor* CatalogService::UpdateRecord(
    grpc::CallbackServerContext* context,
    const v1::UpdateRecordRequest* request, v1::Record* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::UpdateRecord);
}

grpc::ServerUnaryReactor* CatalogService::CreateItem(
    grpc::CallbackServerContext* context, const v1::CreateItemRequest* request,
    v1::Item* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::CreateItem);
}

grpc::ServerUnaryReactor* CatalogService::GetItem(
    grpc::CallbackServerContext* context, const v1::GetItemRequest* request,
    v1::Item* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::GetItem);
}

grpc::ServerUnaryReactor* CatalogService::ListItems(
    grpc::CallbackServerContext* context, const v1::ListItemsRequest* request,
    v1::ListItemsResponse* response) {
  return Unary(engine_, Access::kRead, context, request, response,
               &ops::ListItems);
}

grpc::ServerUnaryReactor* CatalogService::WithdrawItem(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::WithdrawItem);
}

grpc::ServerUnaryReactor* CatalogService::MarkItemLost(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::MarkItemLost);
}

grpc::ServerUnaryReactor* CatalogService::ReceiveItem(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary(engine_, Access::kWrite, context, request, response,
               &ops::ReceiveItem);
}

}  // namespace kitap::service
