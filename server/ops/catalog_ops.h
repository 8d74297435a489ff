// Operations behind the Catalog service. Items entering and leaving the
// holdings are counted (holdings_in / holdings_out) by year and subject.
#ifndef KITAP_SERVER_OPS_CATALOG_OPS_H_
#define KITAP_SERVER_OPS_CATALOG_OPS_H_

#include "kitap/v1/catalog.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

Status CreateRecord(OpContext& ctx, const v1::CreateRecordRequest& request,
                    v1::Record* response);
Status GetRecord(OpContext& ctx, const v1::GetRecordRequest& request,
                 v1::Record* response);
Status ListRecords(OpContext& ctx, const v1::ListRecordsRequest& request,
                   v1::ListRecordsResponse* response);
Status UpdateRecord(OpContext& ctx, const v1::UpdateRecordRequest& request,
                    v1::Record* response);
Status CreateItem(OpContext& ctx, const v1::CreateItemRequest& request,
                  v1::Item* response);
Status GetItem(OpContext& ctx, const v1::GetItemRequest& request,
               v1::Item* response);
Status ListItems(OpContext& ctx, const v1::ListItemsRequest& request,
                 v1::ListItemsResponse* response);
Status WithdrawItem(OpContext& ctx, const v1::ItemActionRequest& request,
                    v1::Item* response);
Status MarkItemLost(OpContext& ctx, const v1::ItemActionRequest& request,
                    v1::Item* response);
Status ReceiveItem(OpContext& ctx, const v1::ItemActionRequest& request,
                   v1::Item* response);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_CATALOG_OPS_H_
