// Operations behind the Periodicals service: reading-room requests for
// newspaper and magazine issues, counted as periodical requests when made.
#ifndef KITAP_SERVER_OPS_PERIODICAL_OPS_H_
#define KITAP_SERVER_OPS_PERIODICAL_OPS_H_

#include "kitap/v1/periodicals.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

Status CreatePeriodicalTitle(OpContext& ctx,
                             const v1::CreatePeriodicalTitleRequest& request,
                             v1::PeriodicalTitle* response);
Status ListPeriodicalTitles(OpContext& ctx,
                            const v1::ListPeriodicalTitlesRequest& request,
                            v1::ListPeriodicalTitlesResponse* response);
Status RequestIssue(OpContext& ctx, const v1::RequestIssueRequest& request,
                    v1::IssueRequest* response);
// Allowed moves: REQUESTED -> DELIVERED | CANCELLED, DELIVERED -> RETURNED.
Status UpdateIssueRequest(OpContext& ctx,
                          const v1::UpdateIssueRequestRequest& request,
                          v1::IssueRequest* response);
Status ListIssueRequests(OpContext& ctx,
                         const v1::ListIssueRequestsRequest& request,
                         v1::ListIssueRequestsResponse* response);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_PERIODICAL_OPS_H_
