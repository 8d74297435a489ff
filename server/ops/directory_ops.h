// Operations behind the Directory service.
#ifndef KITAP_SERVER_OPS_DIRECTORY_OPS_H_
#define KITAP_SERVER_OPS_DIRECTORY_OPS_H_

#include "kitap/v1/directory.pb.h"
#include "server/core/engine.h"

namespace kitap::ops {

Status ListRegions(OpContext& ctx, const v1::ListRegionsRequest& request,
                   v1::ListRegionsResponse* response);
Status CreateLibrary(OpContext& ctx, const v1::CreateLibraryRequest& request,
                     v1::Library* response);
Status GetLibrary(OpContext& ctx, const v1::GetLibraryRequest& request,
                  v1::Library* response);
Status ListLibraries(OpContext& ctx, const v1::ListLibrariesRequest& request,
                     v1::ListLibrariesResponse* response);
Status UpdateLibrary(OpContext& ctx, const v1::UpdateLibraryRequest& request,
                     v1::Library* response);
Status GetLibraryCalendar(OpContext& ctx,
                          const v1::GetLibraryCalendarRequest& request,
                          v1::LibraryCalendar* response);
Status UpdateLibraryCalendar(OpContext& ctx,
                             const v1::UpdateLibraryCalendarRequest& request,
                             v1::LibraryCalendar* response);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_DIRECTORY_OPS_H_
