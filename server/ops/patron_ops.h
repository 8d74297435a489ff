// Operations behind the Patrons service. Registration and its renewal count
// registered users (and new registrations) in every year they cover.
#ifndef KITAP_SERVER_OPS_PATRON_OPS_H_
#define KITAP_SERVER_OPS_PATRON_OPS_H_

#include "kitap/v1/patrons.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

Status CreatePatron(OpContext& ctx, const v1::CreatePatronRequest& request,
                    v1::Patron* response);
Status GetPatron(OpContext& ctx, const v1::GetPatronRequest& request,
                 v1::Patron* response);
Status UpdatePatron(OpContext& ctx, const v1::UpdatePatronRequest& request,
                    v1::Patron* response);
Status BlockPatron(OpContext& ctx, const v1::BlockPatronRequest& request,
                   v1::Patron* response);
Status UnblockPatron(OpContext& ctx, const v1::UnblockPatronRequest& request,
                     v1::Patron* response);
Status RenewRegistration(OpContext& ctx,
                         const v1::RenewRegistrationRequest& request,
                         v1::Patron* response);
Status SearchPatrons(OpContext& ctx, const v1::SearchPatronsRequest& request,
                     v1::SearchPatronsResponse* response);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_PATRON_OPS_H_
