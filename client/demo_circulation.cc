// The circulation steps of the demo: check-outs, a refusal, a renewal, and
// a return away from the owner with the receipt at the owner.
#include <iterator>
#include <string>

#include "absl/strings/str_cat.h"
#include "client/demo_runner.h"
#include "client/exit_code.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

std::string_view PatronName(DemoPatron patron) {
  return kDemoPatrons[patron].full_name;
}

}  // namespace

v1::CheckOutRequest DemoRunner::CheckOutRequestFor(std::string_view step,
                                                   const LoanSpec& loan) const {
  v1::CheckOutRequest request;
  request.set_request_id(StepId(step));
  request.set_library_id(library_ids_[loan.desk]);
  request.set_card_number(DemoCardNumber(clock_.year(), loan.patron));
  request.set_item_barcode(DemoBarcode(clock_.year(), loan.item));
  StampOccurredAt(clock_, kCheckOutMoment, &request);
  return request;
}

RpcStatus DemoRunner::CheckOuts() {
  out_ << "Circulation\n";
  for (size_t i = 0; i < std::size(kDemoLoans); ++i) {
    KITAP_CLIENT_RETURN_IF_ERROR(CheckOut(i, kDemoLoans[i]));
  }
  return RpcStatus();
}

RpcStatus DemoRunner::CheckOut(size_t index, const LoanSpec& loan) {
  const v1::CheckOutRequest request =
      CheckOutRequestFor(absl::StrCat("checkout-", index + 1), loan);
  v1::CheckOutResponse response;
  KITAP_CLIENT_RETURN_IF_ERROR(
      connection_.Call(*stubs_.circulation, &v1::Circulation::Stub::CheckOut,
                       request, &response));
  out_ << "  check-out  " << ItemName(loan.item) << " to "
       << PatronName(loan.patron) << " at " << LibraryName(loan.desk)
       << ", due " << FormatDay(response.loan().due_at()) << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::RefusedCheckOut() {
  const LoanSpec& loan = kRefusedLoan;
  const v1::CheckOutRequest request =
      CheckOutRequestFor("checkout-refused", loan);
  v1::CheckOutResponse response;
  RpcStatus status =
      connection_.Call(*stubs_.circulation, &v1::Circulation::Stub::CheckOut,
                       request, &response);
  if (status.ok()) {
    return RpcStatus(grpc::StatusCode::UNKNOWN, "DEMO_REFUSAL_MISSING",
                     "the server lent a reading-room item");
  }
  if (ExitCodeFor(status.code()) != kExitRefused) return status;
  out_ << "  refused    " << ItemName(loan.item) << " to "
       << PatronName(loan.patron) << " at " << LibraryName(loan.desk)
       << "\n             " << status.ToString() << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::Renew() {
  const LoanSpec& loan = kRenewedLoan;
  v1::RenewRequest request;
  request.set_request_id(StepId("renew-1"));
  request.set_library_id(library_ids_[loan.desk]);
  request.set_item_barcode(DemoBarcode(clock_.year(), loan.item));
  StampOccurredAt(clock_, kRenewalMoment, &request);
  v1::RenewResponse response;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.circulation, &v1::Circulation::Stub::Renew, request, &response));
  out_ << "  renewal    " << ItemName(loan.item) << " for "
       << PatronName(loan.patron) << ": due "
       << FormatDay(response.loan().due_at()) << " (renewal "
       << response.loan().renewals() << ")\n";
  return RpcStatus();
}

RpcStatus DemoRunner::ReturnElsewhere() {
  const LoanSpec& loan = kReturnedLoan;
  v1::CheckInRequest check_in;
  check_in.set_request_id(StepId("checkin-1"));
  check_in.set_library_id(library_ids_[kReturnDesk]);
  check_in.set_item_barcode(DemoBarcode(clock_.year(), loan.item));
  StampOccurredAt(clock_, kCheckInMoment, &check_in);
  v1::CheckInResponse returned;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(*stubs_.circulation,
                                                &v1::Circulation::Stub::CheckIn,
                                                check_in, &returned));
  out_ << "  check-in   " << ItemName(loan.item) << " at "
       << LibraryName(kReturnDesk) << ": "
       << EnumWords(v1::ItemStatus_Name(returned.item_status()),
                    "ITEM_STATUS_");
  if (returned.item_status() == v1::ITEM_STATUS_IN_TRANSIT) {
    out_ << " to " << LibraryName(returned.transit_to_library_id());
  }
  out_ << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::ReceiveAtOwner() {
  const LoanSpec& loan = kReturnedLoan;
  const DemoLibrary owner = kDemoItems[loan.item].owner;
  v1::ItemActionRequest receive;
  receive.set_request_id(StepId("receive-1"));
  receive.set_barcode(DemoBarcode(clock_.year(), loan.item));
  receive.set_library_id(library_ids_[owner]);
  StampOccurredAt(clock_, kReceiveMoment, &receive);
  v1::Item item;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.catalog, &v1::Catalog::Stub::ReceiveItem, receive, &item));
  out_ << "  received   " << ItemName(loan.item) << " at " << LibraryName(owner)
       << ": " << EnumWords(v1::ItemStatus_Name(item.status()), "ITEM_STATUS_")
       << '\n';
  return RpcStatus();
}

}  // namespace kitap::client
