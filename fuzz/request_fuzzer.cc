// Fuzzes the protobuf requests of every unary RPC through the operations
// that serve them (server/ops, server/stats), on a real migrated SQLite
// database (fuzz_db.h). An input is
//
//   byte 0     the RPC: an index into kRpcs below (modulo its size)
//   byte 1     who calls: FuzzDb::PrincipalFor
//   the rest   the request message, in protobuf's binary format
//
// Bytes that do not decode as the request are dropped, as gRPC does. A
// request that decodes runs like the RPC's handler runs it (service/unary.h):
// the operation, then for a mutation that succeeded its audit entry; then
// the response is encoded. Everything is rolled back after each input.
// fuzz/make_corpus.sh finds the RPCs by name in kRpcs: add new ones at the
// end.
#include <google/protobuf/message.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "fuzz/fuzz_db.h"
#include "server/ops/admin_ops.h"
#include "server/ops/catalog_ops.h"
#include "server/ops/circulation_ops.h"
#include "server/ops/directory_ops.h"
#include "server/ops/event_ops.h"
#include "server/ops/patron_ops.h"
#include "server/ops/periodical_ops.h"
#include "server/service/edge.h"
#include "server/stats/report.h"

namespace kitap::fuzz {
namespace {

using Run = std::function<void(OpContext&, const uint8_t*, size_t)>;

struct Rpc {
  const char* method;  // as in the audit log: "Circulation/CheckOut"
  Run run;
};

// Decodes the request, runs `op` and, for a successful mutation
// (`write`), appends the audit entry, as service::Unary does.
template <class Request, class Response>
Rpc Op(const char* method, bool write,
       Status (*op)(OpContext&, const Request&, Response*)) {
  return {
      method,
      [method, write, op](OpContext& ctx, const uint8_t* data, size_t size) {
        Request request;
        if (!request.ParseFromArray(data, static_cast<int>(size))) return;
        Response response;
        Status status = op(ctx, request, &response);
        if (status.ok() && write) {
          service::CallInfo call{method, service::RequestIdOf(request), "fuzz"};
          status = service::AppendAudit(ctx, *ctx.principal, call, status);
        }
        if (status.ok()) response.SerializeAsString();
      }};
}

constexpr bool kRead = false;
constexpr bool kWrite = true;

const Rpc kRpcs[] = {
    Op("Directory/ListRegions", kRead, &ops::ListRegions),
    Op("Directory/CreateLibrary", kWrite, &ops::CreateLibrary),
    Op("Directory/GetLibrary", kRead, &ops::GetLibrary),
    Op("Directory/ListLibraries", kRead, &ops::ListLibraries),
    Op("Directory/UpdateLibrary", kWrite, &ops::UpdateLibrary),
    Op("Directory/GetLibraryCalendar", kRead, &ops::GetLibraryCalendar),
    Op("Directory/UpdateLibraryCalendar", kWrite, &ops::UpdateLibraryCalendar),
    Op("Patrons/CreatePatron", kWrite, &ops::CreatePatron),
    Op("Patrons/GetPatron", kRead, &ops::GetPatron),
    Op("Patrons/UpdatePatron", kWrite, &ops::UpdatePatron),
    Op("Patrons/BlockPatron", kWrite, &ops::BlockPatron),
    Op("Patrons/UnblockPatron", kWrite, &ops::UnblockPatron),
    Op("Patrons/RenewRegistration", kWrite, &ops::RenewRegistration),
    Op("Patrons/SearchPatrons", kRead, &ops::SearchPatrons),
    Op("Catalog/CreateRecord", kWrite, &ops::CreateRecord),
    Op("Catalog/GetRecord", kRead, &ops::GetRecord),
    Op("Catalog/ListRecords", kRead, &ops::ListRecords),
    Op("Catalog/UpdateRecord", kWrite, &ops::UpdateRecord),
    Op("Catalog/CreateItem", kWrite, &ops::CreateItem),
    Op("Catalog/GetItem", kRead, &ops::GetItem),
    Op("Catalog/ListItems", kRead, &ops::ListItems),
    Op("Catalog/WithdrawItem", kWrite, &ops::WithdrawItem),
    Op("Catalog/MarkItemLost", kWrite, &ops::MarkItemLost),
    Op("Catalog/ReceiveItem", kWrite, &ops::ReceiveItem),
    Op("Circulation/CheckOut", kWrite, &ops::CheckOut),
    Op("Circulation/CheckIn", kWrite, &ops::CheckIn),
    Op("Circulation/Renew", kWrite, &ops::Renew),
    Op("Circulation/RecordVisit", kWrite, &ops::RecordVisit),
    Op("Circulation/ListLoans", kRead, &ops::ListLoans),
    Op("Periodicals/CreatePeriodicalTitle", kWrite,
       &ops::CreatePeriodicalTitle),
    Op("Periodicals/ListPeriodicalTitles", kRead, &ops::ListPeriodicalTitles),
    Op("Periodicals/RequestIssue", kWrite, &ops::RequestIssue),
    Op("Periodicals/UpdateIssueRequest", kWrite, &ops::UpdateIssueRequest),
    Op("Periodicals/ListIssueRequests", kRead, &ops::ListIssueRequests),
    Op("Events/RecordEvent", kWrite, &ops::RecordEvent),
    Op("Events/ListEvents", kRead, &ops::ListEvents),
    Op("Statistics/GetAnnualReport", kRead, &stats::GetAnnualReport),
    Op("Admin/IssueCredential", kWrite, &ops::IssueCredential),
    Op("Admin/ListCredentials", kRead, &ops::ListCredentials),
    Op("Admin/RevokeCredential", kWrite, &ops::RevokeCredential),
    Op("Admin/QueryAudit", kRead, &ops::QueryAudit),
    Op("Admin/ExportPatron", kRead, &ops::ExportPatron),
    Op("Admin/ErasePatron", kWrite, &ops::ErasePatron),
};

}  // namespace
}  // namespace kitap::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using kitap::fuzz::FuzzDb;
  if (size < 2) return 0;
  const auto& rpc = kitap::fuzz::kRpcs[data[0] % std::size(kitap::fuzz::kRpcs)];
  kitap::auth::Principal principal = FuzzDb::PrincipalFor(data[1]);
  FuzzDb::Get().RunAndRollBack(principal, [&](kitap::OpContext& ctx) {
    rpc.run(ctx, data + 2, size - 2);
  });
  return 0;
}
