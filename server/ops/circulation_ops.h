// The live circulation operations behind the Circulation service. Each
// validates its request, runs exactly once per request_id, applies the
// rules and changes rows and counters together; a refusal changes nothing.
#ifndef KITAP_SERVER_OPS_CIRCULATION_OPS_H_
#define KITAP_SERVER_OPS_CIRCULATION_OPS_H_

#include "kitap/v1/circulation.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

Status CheckOut(OpContext& ctx, const v1::CheckOutRequest& request,
                v1::CheckOutResponse* response);
Status CheckIn(OpContext& ctx, const v1::CheckInRequest& request,
               v1::CheckInResponse* response);
Status Renew(OpContext& ctx, const v1::RenewRequest& request,
             v1::RenewResponse* response);
Status RecordVisit(OpContext& ctx, const v1::RecordVisitRequest& request,
                   v1::RecordVisitResponse* response);
// A read.
Status ListLoans(OpContext& ctx, const v1::ListLoansRequest& request,
                 v1::ListLoansResponse* response);

// Validation alone, shared with the journal (which settles rule conflicts
// but rejects malformed entries).
Status ValidateCheckOut(const v1::CheckOutRequest& request);
Status ValidateCheckIn(const v1::CheckInRequest& request);
Status ValidateRenew(const v1::RenewRequest& request);
Status ValidateRecordVisit(const v1::RecordVisitRequest& request);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_CIRCULATION_OPS_H_
