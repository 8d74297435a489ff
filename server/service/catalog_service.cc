#include "server/service/catalog_service.h"

#include "server/ops/catalog_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// Desk work: desks and the library's admins.
constexpr auth::Roles kStaff = auth::kDesk | auth::kLibraryAdmin;

}  // namespace

grpc::ServerUnaryReactor* CatalogService::CreateRecord(
    grpc::CallbackServerContext* context,
    const v1::CreateRecordRequest* request, v1::Record* response) {
  return Unary<v1::CreateRecordRequest, v1::Record>(
      edge_, "Catalog/CreateRecord", Access::kWrite, context, request, response,
      [](const v1::CreateRecordRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::CreateRecord);
}

grpc::ServerUnaryReactor* CatalogService::GetRecord(
    grpc::CallbackServerContext* context, const v1::GetRecordRequest* request,
    v1::Record* response) {
  return Unary<v1::GetRecordRequest, v1::Record>(
      edge_, "Catalog/GetRecord", Access::kRead, context, request, response,
      [](const v1::GetRecordRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::GetRecord);
}

grpc::ServerUnaryReactor* CatalogService::ListRecords(
    grpc::CallbackServerContext* context, const v1::ListRecordsRequest* request,
    v1::ListRecordsResponse* response) {
  return Unary<v1::ListRecordsRequest, v1::ListRecordsResponse>(
      edge_, "Catalog/ListRecords", Access::kRead, context, request, response,
      [](const v1::ListRecordsRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListRecords);
}

grpc::ServerUnaryReactor* CatalogService::UpdateRecord(
    grpc::CallbackServerContext* context,
    const v1::UpdateRecordRequest* request, v1::Record* response) {
  return Unary<v1::UpdateRecordRequest, v1::Record>(
      edge_, "Catalog/UpdateRecord", Access::kWrite, context, request, response,
      [](const v1::UpdateRecordRequest&) {
        return auth::Anywhere(auth::kLibraryAdmin);
      },
      &ops::UpdateRecord);
}

grpc::ServerUnaryReactor* CatalogService::CreateItem(
    grpc::CallbackServerContext* context, const v1::CreateItemRequest* request,
    v1::Item* response) {
  return Unary<v1::CreateItemRequest, v1::Item>(
      edge_, "Catalog/CreateItem", Access::kWrite, context, request, response,
      [](const v1::CreateItemRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.item().library_id());
      },
      &ops::CreateItem);
}

grpc::ServerUnaryReactor* CatalogService::GetItem(
    grpc::CallbackServerContext* context, const v1::GetItemRequest* request,
    v1::Item* response) {
  return Unary<v1::GetItemRequest, v1::Item>(
      edge_, "Catalog/GetItem", Access::kRead, context, request, response,
      [](const v1::GetItemRequest&) { return auth::Anywhere(auth::kAnyRole); },
      &ops::GetItem);
}

grpc::ServerUnaryReactor* CatalogService::ListItems(
    grpc::CallbackServerContext* context, const v1::ListItemsRequest* request,
    v1::ListItemsResponse* response) {
  return Unary<v1::ListItemsRequest, v1::ListItemsResponse>(
      edge_, "Catalog/ListItems", Access::kRead, context, request, response,
      [](const v1::ListItemsRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListItems);
}

grpc::ServerUnaryReactor* CatalogService::WithdrawItem(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary<v1::ItemActionRequest, v1::Item>(
      edge_, "Catalog/WithdrawItem", Access::kWrite, context, request, response,
      [](const v1::ItemActionRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.library_id());
      },
      &ops::WithdrawItem);
}

grpc::ServerUnaryReactor* CatalogService::MarkItemLost(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary<v1::ItemActionRequest, v1::Item>(
      edge_, "Catalog/MarkItemLost", Access::kWrite, context, request, response,
      [](const v1::ItemActionRequest& r) {
        return auth::AtLibrary(auth::kLibraryAdmin, r.library_id());
      },
      &ops::MarkItemLost);
}

grpc::ServerUnaryReactor* CatalogService::ReceiveItem(
    grpc::CallbackServerContext* context, const v1::ItemActionRequest* request,
    v1::Item* response) {
  return Unary<v1::ItemActionRequest, v1::Item>(
      edge_, "Catalog/ReceiveItem", Access::kWrite, context, request, response,
      [](const v1::ItemActionRequest& r) {
        return auth::AtLibrary(kStaff, r.library_id());
      },
      &ops::ReceiveItem);
}

}  // namespace kitap::service
