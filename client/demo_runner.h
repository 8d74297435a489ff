// DemoRunner: the steps of `kitap demo` (demo.h). Internal to the demo; its
// methods live in demo_setup.cc (directory, patrons, catalogue),
// demo_circulation.cc (loans) and demo_activity.cc (visits, periodicals,
// events, statistics).
#ifndef KITAP_CLIENT_DEMO_RUNNER_H_
#define KITAP_CLIENT_DEMO_RUNNER_H_

#include <array>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "client/connection.h"
#include "client/demo_clock.h"
#include "client/demo_data.h"
#include "client/rpc_status.h"
#include "client/stubs.h"

namespace kitap::client {

// The words of an enum value's name after `prefix`, in lower case:
// EnumWords("ITEM_STATUS_IN_TRANSIT", "ITEM_STATUS_") is "in transit".
std::string EnumWords(std::string_view name, std::string_view prefix);

class DemoRunner {
 public:
  // `connection` must outlive the runner. REQUIRES: year <= current_year.
  DemoRunner(const Connection& connection, int year, int current_year,
             std::ostream& out);

  // Runs every step in order, printing what happens to `out`. Stops at the
  // first failure the demo did not expect and returns it.
  RpcStatus Run();

 private:
  RpcStatus LoadRegions();
  RpcStatus CreateLibraries();
  RpcStatus SetCalendar();
  RpcStatus RegisterPatrons();
  RpcStatus CreateCatalogue();
  RpcStatus CreateItems(DemoRecord record);

  RpcStatus CheckOuts();
  RpcStatus CheckOut(size_t index, const LoanSpec& loan);
  RpcStatus RefusedCheckOut();
  RpcStatus Renew();
  RpcStatus ReturnElsewhere();
  RpcStatus ReceiveAtOwner();
  v1::CheckOutRequest CheckOutRequestFor(std::string_view step,
                                         const LoanSpec& loan) const;

  RpcStatus RecordVisits();
  RpcStatus CreatePeriodicalTitle();
  RpcStatus RequestPeriodical();
  RpcStatus MoveIssueRequest(int64_t issue_request_id,
                             v1::IssueRequestState state, DemoMoment moment);
  RpcStatus RecordEvents();
  RpcStatus ShowNationalFigures();
  RpcStatus Recount();

  // The request id of `step` (demo.h).
  std::string StepId(std::string_view step) const;
  // "DEMO-2025-I01 «Абай жолы»".
  std::string ItemName(DemoItem item) const;
  // The short name of a demo library, or "library #ID" for another one.
  std::string LibraryName(int64_t library_id) const;
  std::string_view LibraryName(DemoLibrary library) const;

  const Connection& connection_;
  const Stubs stubs_;
  const DemoClock clock_;
  std::ostream& out_;

  // What the server assigned, filled in by the set-up steps.
  std::map<std::string, std::string> region_names_;  // code -> English name
  std::array<int64_t, kDemoLibraryCount> library_ids_{};
  std::array<int64_t, kDemoRecordCount> record_ids_{};
  int64_t periodical_title_id_ = 0;
};

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DEMO_RUNNER_H_
