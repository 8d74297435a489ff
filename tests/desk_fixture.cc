#include "tests/desk_fixture.h"

namespace kitap::test {
namespace {

using v1::Catalog;
using v1::Circulation;
using v1::Directory;
using v1::Events;
using v1::Patrons;
using v1::Periodicals;
using v1::Statistics;

// Calls a read RPC that must succeed and returns its response as text.
template <class Stub, class Request, class Response>
std::string ReadAsText(Stub& stub,
                       grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                    const Request&, Response*),
                       const Request& request) {
  Response response;
  Outcome o = Call(stub, method, request, &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.ShortDebugString() + "\n";
}

v1::JournalEntry Entry(const std::string& request_id, domain::Micros at) {
  v1::JournalEntry entry;
  entry.set_request_id(request_id);
  *entry.mutable_occurred_at() = Ts(at);
  return entry;
}

}  // namespace

google::protobuf::Timestamp Ts(domain::Micros micros) {
  google::protobuf::Timestamp ts;
  ts.set_seconds(micros / domain::kMicrosPerSecond);
  ts.set_nanos(static_cast<int32_t>(micros % domain::kMicrosPerSecond) * 1000);
  return ts;
}

v1::JournalEntry CheckOutEntry(const std::string& request_id, domain::Micros at,
                               int64_t library, const std::string& card,
                               const std::string& barcode) {
  v1::JournalEntry entry = Entry(request_id, at);
  entry.mutable_check_out()->set_library_id(library);
  entry.mutable_check_out()->set_card_number(card);
  entry.mutable_check_out()->set_item_barcode(barcode);
  return entry;
}

v1::JournalEntry CheckInEntry(const std::string& request_id, domain::Micros at,
                              int64_t library, const std::string& barcode) {
  v1::JournalEntry entry = Entry(request_id, at);
  entry.mutable_check_in()->set_library_id(library);
  entry.mutable_check_in()->set_item_barcode(barcode);
  return entry;
}

v1::JournalEntry RenewEntry(const std::string& request_id, domain::Micros at,
                            int64_t library, const std::string& barcode) {
  v1::JournalEntry entry = Entry(request_id, at);
  entry.mutable_renew()->set_library_id(library);
  entry.mutable_renew()->set_item_barcode(barcode);
  return entry;
}

v1::JournalEntry VisitEntry(const std::string& request_id, domain::Micros at,
                            int64_t library, const std::string& card) {
  v1::JournalEntry entry = Entry(request_id, at);
  entry.mutable_visit()->set_library_id(library);
  entry.mutable_visit()->set_card_number(card);
  return entry;
}

DeskTest::DeskTest(domain::Policy policy) : server_(policy) {
  almaty_ = server_.AddLibrary("KZ-75", v1::LIBRARY_TYPE_NATIONAL);
  astana_ = server_.AddLibrary("KZ-71", v1::LIBRARY_TYPE_ACADEMIC);
  patron1_ = server_.AddPatron(almaty_, kCard1, MakeDate(1990, 5, 15));
  patron2_ = server_.AddPatron(almaty_, kCard2, MakeDate(2006, 3, 10),
                               v1::PATRON_CATEGORY_STUDENT);
  record_ = server_.AddRecord(v1::SUBJECT_HISTORY_ETHNOGRAPHY);
  for (const char* barcode : {kItem1, kItem2, kItem3}) {
    server_.AddItem(record_, almaty_, barcode);
  }
  server_.AddItem(record_, almaty_, kReadingRoomItem,
                  v1::LOAN_TYPE_READING_ROOM);
}

v1::CheckOutRequest DeskTest::CheckOutRequest(const std::string& card,
                                              const std::string& barcode,
                                              int64_t library) {
  v1::CheckOutRequest request;
  request.set_request_id(server_.NewRequestId());
  request.set_library_id(library ? library : almaty_);
  request.set_card_number(card);
  request.set_item_barcode(barcode);
  return request;
}

v1::CheckInRequest DeskTest::CheckInRequest(const std::string& barcode,
                                            int64_t library) {
  v1::CheckInRequest request;
  request.set_request_id(server_.NewRequestId());
  request.set_library_id(library ? library : almaty_);
  request.set_item_barcode(barcode);
  return request;
}

v1::RenewRequest DeskTest::RenewRequest(const std::string& barcode,
                                        int64_t library) {
  v1::RenewRequest request;
  request.set_request_id(server_.NewRequestId());
  request.set_library_id(library ? library : almaty_);
  request.set_item_barcode(barcode);
  return request;
}

v1::RecordVisitRequest DeskTest::VisitRequest(const std::string& card,
                                              int64_t library) {
  v1::RecordVisitRequest request;
  request.set_request_id(server_.NewRequestId());
  request.set_library_id(library ? library : almaty_);
  request.set_card_number(card);
  return request;
}

Outcome DeskTest::CheckOut(const v1::CheckOutRequest& request,
                           v1::CheckOutResponse* response) {
  v1::CheckOutResponse ignored;
  return Call(server_.circulation(), &Circulation::Stub::CheckOut, request,
              response ? response : &ignored);
}

Outcome DeskTest::CheckIn(const v1::CheckInRequest& request,
                          v1::CheckInResponse* response) {
  v1::CheckInResponse ignored;
  return Call(server_.circulation(), &Circulation::Stub::CheckIn, request,
              response ? response : &ignored);
}

Outcome DeskTest::Renew(const v1::RenewRequest& request,
                        v1::RenewResponse* response) {
  v1::RenewResponse ignored;
  return Call(server_.circulation(), &Circulation::Stub::Renew, request,
              response ? response : &ignored);
}

Outcome DeskTest::RecordVisit(const v1::RecordVisitRequest& request,
                              v1::RecordVisitResponse* response) {
  v1::RecordVisitResponse ignored;
  return Call(server_.circulation(), &Circulation::Stub::RecordVisit, request,
              response ? response : &ignored);
}

v1::Loan DeskTest::Lend(const std::string& card, const std::string& barcode) {
  v1::CheckOutResponse response;
  Outcome o = CheckOut(CheckOutRequest(card, barcode), &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.loan();
}

v1::Loan DeskTest::Return(const std::string& barcode) {
  v1::CheckInResponse response;
  Outcome o = CheckIn(CheckInRequest(barcode), &response);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return response.loan();
}

void DeskTest::SetBlocked(int64_t patron_id, bool blocked) {
  v1::Patron response;
  Outcome o;
  if (blocked) {
    v1::BlockPatronRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_patron_id(patron_id);
    request.set_reason("unpaid damage");
    o = Call(server_.patrons(), &Patrons::Stub::BlockPatron, request,
             &response);
  } else {
    v1::UnblockPatronRequest request;
    request.set_request_id(server_.NewRequestId());
    request.set_patron_id(patron_id);
    o = Call(server_.patrons(), &Patrons::Stub::UnblockPatron, request,
             &response);
  }
  ASSERT_TRUE(o.ok()) << o.reason << ": " << o.message;
  EXPECT_EQ(response.blocked(), blocked);
}

int64_t DeskTest::AddPeriodicalTitle() {
  v1::CreatePeriodicalTitleRequest request;
  request.set_request_id(server_.NewRequestId());
  request.mutable_title()->set_title("Егемен Қазақстан");
  request.mutable_title()->set_kind(v1::PERIODICAL_KIND_NEWSPAPER);
  request.mutable_title()->set_library_id(almaty_);
  v1::PeriodicalTitle title;
  Outcome o = Call(server_.periodicals(),
                   &Periodicals::Stub::CreatePeriodicalTitle, request, &title);
  EXPECT_TRUE(o.ok()) << o.reason << ": " << o.message;
  return title.id();
}

JournalReply DeskTest::SubmitJournal(
    const std::vector<v1::JournalEntry>& entries) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  auto stream = server_.circulation().SubmitJournal(&context);
  for (const auto& entry : entries) {
    if (!stream->Write(entry)) break;  // the server ended the stream
  }
  stream->WritesDone();
  JournalReply reply;
  v1::JournalResult result;
  while (stream->Read(&result)) reply.results.push_back(result);
  reply.status = stream->Finish();
  const auto& trailers = context.GetServerTrailingMetadata();
  auto it = trailers.find("kitap-reason");
  if (it != trailers.end()) {
    reply.reason = std::string(it->second.data(), it->second.size());
  }
  return reply;
}

v1::Item DeskTest::Item(const std::string& barcode) {
  v1::GetItemRequest request;
  request.set_barcode(barcode);
  v1::Item item;
  Outcome o = Call(server_.catalog(), &Catalog::Stub::GetItem, request, &item);
  EXPECT_TRUE(o.ok()) << barcode << ": " << o.reason;
  return item;
}

v1::ItemStatus DeskTest::ItemStatus(const std::string& barcode) {
  return Item(barcode).status();
}

v1::Patron DeskTest::Patron(const std::string& card) {
  v1::GetPatronRequest request;
  request.set_card_number(card);
  v1::Patron patron;
  Outcome o =
      Call(server_.patrons(), &Patrons::Stub::GetPatron, request, &patron);
  EXPECT_TRUE(o.ok()) << card << ": " << o.reason;
  return patron;
}

std::vector<v1::Loan> DeskTest::LoansOfItem(const std::string& barcode) {
  v1::ListLoansRequest request;
  request.set_item_barcode(barcode);
  v1::ListLoansResponse response;
  Outcome o = Call(server_.circulation(), &Circulation::Stub::ListLoans,
                   request, &response);
  EXPECT_TRUE(o.ok()) << o.reason;
  return {response.loans().begin(), response.loans().end()};
}

std::vector<v1::Loan> DeskTest::LoansOfPatron(int64_t patron_id,
                                              bool open_only) {
  v1::ListLoansRequest request;
  request.set_patron_id(patron_id);
  request.set_open_only(open_only);
  v1::ListLoansResponse response;
  Outcome o = Call(server_.circulation(), &Circulation::Stub::ListLoans,
                   request, &response);
  EXPECT_TRUE(o.ok()) << o.reason;
  return {response.loans().begin(), response.loans().end()};
}

v1::Figures DeskTest::Totals(int year) {
  v1::GetAnnualReportRequest request;
  request.set_year(year);
  v1::AnnualReport report;
  Outcome o = Call(server_.statistics(), &Statistics::Stub::GetAnnualReport,
                   request, &report);
  EXPECT_TRUE(o.ok()) << o.reason;
  return report.totals();
}

std::string DeskTest::Snapshot() {
  std::string text;
  v1::ListItemsResponse all_items;
  Outcome o = Call(server_.catalog(), &Catalog::Stub::ListItems,
                   v1::ListItemsRequest(), &all_items);
  EXPECT_TRUE(o.ok()) << o.reason;
  text += all_items.ShortDebugString() + "\n";
  for (const v1::Item& item : all_items.items()) {
    v1::ListLoansRequest loans;
    loans.set_item_barcode(item.barcode());
    text +=
        ReadAsText(server_.circulation(), &Circulation::Stub::ListLoans, loans);
  }
  for (int64_t id = 1; id <= patron2_ + 1; ++id) {
    v1::GetPatronRequest patron;
    patron.set_id(id);
    v1::Patron response;
    o = Call(server_.patrons(), &Patrons::Stub::GetPatron, patron, &response);
    text += o.reason + " " + response.ShortDebugString() + "\n";
  }
  text += ReadAsText(server_.directory(), &Directory::Stub::ListLibraries,
                     v1::ListLibrariesRequest());
  text += ReadAsText(server_.catalog(), &Catalog::Stub::ListRecords,
                     v1::ListRecordsRequest());
  text += ReadAsText(server_.events(), &Events::Stub::ListEvents,
                     v1::ListEventsRequest());
  text += ReadAsText(server_.periodicals(),
                     &Periodicals::Stub::ListPeriodicalTitles,
                     v1::ListPeriodicalTitlesRequest());
  v1::ListIssueRequestsRequest issues;
  issues.set_library_id(almaty_);
  text += ReadAsText(server_.periodicals(),
                     &Periodicals::Stub::ListIssueRequests, issues);
  return text + Totals().ShortDebugString();
}

}  // namespace kitap::test
