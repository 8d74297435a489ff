// Access control over real gRPC (docs/security.md): who may do what, and
// where. Library A is in Almaty (KZ-75), library B in Astana (KZ-71). Each
// test checks one rule: authentication, the library and region a credential
// is bound to, roles, credentials, the rate limit, personal data and the
// audit log. A refusal changes nothing: a snapshot of the visible state is
// the same before and after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "db/database.h"
#include "server/auth/token.h"
#include "tests/test_server.h"

namespace kitap::test {
namespace {

using grpc::StatusCode;
using v1::Admin;
using v1::Catalog;
using v1::Circulation;
using v1::Diagnostics;
using v1::Directory;
using v1::Patrons;
using v1::Statistics;

constexpr char kCardA[] = "KZ0001";  // home library A; phone and email
constexpr char kCardB[] = "KZ0002";  // home library B
constexpr char kPhone[] = "+7 701 555 0101";
constexpr char kEmail[] = "reader@example.kz";
constexpr domain::Micros kHour = 3600 * domain::kMicrosPerSecond;

// Sends one request of any kind and drops the response.
template <class Stub, class Request, class Response>
Outcome Rpc(Stub& stub,
            grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                         Response*),
            const Request& request) {
  Response response;
  return Call(stub, method, request, &response);
}

google::protobuf::Timestamp Ts(domain::Micros micros) {
  google::protobuf::Timestamp ts;
  ts.set_seconds(micros / domain::kMicrosPerSecond);
  return ts;
}

// The "kitap-reason" trailing metadata of a finished call.
std::string ReasonIn(const grpc::ClientContext& context) {
  const auto& trailers = context.GetServerTrailingMetadata();
  auto it = trailers.find("kitap-reason");
  return it == trailers.end()
             ? ""
             : std::string(it->second.data(), it->second.size());
}

// A Ping whose "authorization" metadata is `authorization` verbatim.
Outcome PingWithAuthorization(const std::string& address,
                              const std::string& authorization) {
  auto stub = Diagnostics::NewStub(ChannelWithToken(address, ""));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  context.AddMetadata("authorization", authorization);
  v1::PingResponse response;
  grpc::Status status = stub->Ping(&context, v1::PingRequest(), &response);
  return {status.error_code(), ReasonIn(context), status.error_message()};
}

// Sends `entries` in one SubmitJournal stream and returns how it ended.
Outcome SubmitJournal(Stubs& as, const std::vector<v1::JournalEntry>& entries) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(10));
  auto stream = as.circulation->SubmitJournal(&context);
  for (const auto& entry : entries) {
    if (!stream->Write(entry)) break;  // the server ended the stream
  }
  stream->WritesDone();
  v1::JournalResult result;
  while (stream->Read(&result)) {
  }
  grpc::Status status = stream->Finish();
  return {status.error_code(), ReasonIn(context), status.error_message()};
}

void ExpectRefused(const Outcome& o, StatusCode code, const std::string& reason,
                   const std::string& what) {
  EXPECT_EQ(o.code, code) << what << ": " << o.reason << ": " << o.message;
  EXPECT_EQ(o.reason, reason) << what << ": " << o.message;
}

void ExpectOk(const Outcome& o, const std::string& what) {
  EXPECT_TRUE(o.ok()) << what << ": " << o.reason << ": " << o.message;
}

// Two libraries, a reader and two items at each, and a desk of library A.
class AccessTest : public ::testing::Test {
 public:
  AccessTest() {
    a_ = server_.AddLibrary("KZ-75");
    b_ = server_.AddLibrary("KZ-71");
    ExpectOk(Register(server_admin(), kCardA, a_), "register A");
    ExpectOk(Register(server_admin(), kCardB, b_), "register B");
    patron_a_ = PatronByCard(kCardA).id();
    patron_b_ = PatronByCard(kCardB).id();
    record_ = server_.AddRecord();
    for (int64_t library : {a_, b_}) {
      server_.AddItem(record_, library, Barcode(library, 1));
      server_.AddItem(record_, library, Barcode(library, 2));
    }
    desk_a_token_ = server_.IssueToken(v1::ROLE_DESK, a_);
    desk_a_ = server_.StubsFor(desk_a_token_);
  }

  // The stubs of the national admin made by the bootstrap step.
  Stubs& server_admin() {
    if (!admin_.admin) admin_ = server_.StubsFor(server_.admin_token());
    return admin_;
  }
  Stubs As(v1::Role role, int64_t library = 0, const std::string& region = "") {
    return server_.StubsFor(server_.IssueToken(role, library, region));
  }

  std::string Barcode(int64_t library, int n) const {
    return (library == a_ ? "A-" : "B-") + std::to_string(n);
  }
  std::string CardAt(int64_t library) const {
    return library == a_ ? kCardA : kCardB;
  }
  static std::string NewCard(int64_t library) {
    return "KZNEW" + std::to_string(library);
  }

  // ---- Requests, each with a fresh request_id. ----

  Outcome Register(Stubs& as, const std::string& card, int64_t home) {
    v1::CreatePatronRequest r;
    r.set_request_id(server_.NewRequestId());
    v1::Patron* p = r.mutable_patron();
    p->set_card_number(card);
    p->set_full_name("Оқырман " + card);
    *p->mutable_birth_date() = MakeDate(1990, 5, 15);
    p->set_home_library_id(home);
    p->set_category(v1::PATRON_CATEGORY_ADULT);
    p->set_phone(kPhone);
    p->set_email(kEmail);
    return Rpc(*as.patrons, &Patrons::Stub::CreatePatron, r);
  }
  Outcome CheckOut(Stubs& as, int64_t library, const std::string& card,
                   const std::string& barcode, std::string request_id = "") {
    v1::CheckOutRequest r;
    r.set_request_id(request_id.empty() ? server_.NewRequestId() : request_id);
    r.set_library_id(library);
    r.set_card_number(card);
    r.set_item_barcode(barcode);
    return Rpc(*as.circulation, &Circulation::Stub::CheckOut, r);
  }
  Outcome Renew(Stubs& as, int64_t library, const std::string& barcode) {
    v1::RenewRequest r;
    r.set_request_id(server_.NewRequestId());
    r.set_library_id(library);
    r.set_item_barcode(barcode);
    return Rpc(*as.circulation, &Circulation::Stub::Renew, r);
  }
  Outcome CheckIn(Stubs& as, int64_t library, const std::string& barcode) {
    v1::CheckInRequest r;
    r.set_request_id(server_.NewRequestId());
    r.set_library_id(library);
    r.set_item_barcode(barcode);
    return Rpc(*as.circulation, &Circulation::Stub::CheckIn, r);
  }
  Outcome Visit(Stubs& as, int64_t library, const std::string& card) {
    v1::RecordVisitRequest r;
    r.set_request_id(server_.NewRequestId());
    r.set_library_id(library);
    r.set_card_number(card);
    return Rpc(*as.circulation, &Circulation::Stub::RecordVisit, r);
  }
  Outcome Search(Stubs& as, int64_t home, v1::SearchPatronsResponse* response) {
    v1::SearchPatronsRequest r;
    r.set_query("Оқырман");
    r.set_home_library_id(home);
    return Call(*as.patrons, &Patrons::Stub::SearchPatrons, r, response);
  }
  // One journal entry: a visit of the library's reader an hour ago.
  v1::JournalEntry VisitEntry(int64_t library) {
    v1::JournalEntry e;
    e.set_request_id(server_.NewRequestId());
    *e.mutable_occurred_at() = Ts(kJune2 - kHour);
    e.mutable_visit()->set_library_id(library);
    e.mutable_visit()->set_card_number(CardAt(library));
    return e;
  }
  Outcome Report(Stubs& as, const std::string& region, int64_t library,
                 v1::AnnualReport* report = nullptr) {
    v1::GetAnnualReportRequest r;
    r.set_year(2025);
    r.set_region_code(region);
    r.set_library_id(library);
    v1::AnnualReport ignored;
    return Call(*as.statistics, &Statistics::Stub::GetAnnualReport, r,
                report ? report : &ignored);
  }
  Outcome Issue(Stubs& as, v1::Role role, int64_t library,
                const std::string& region, v1::IssueCredentialResponse* out,
                std::string request_id = "") {
    v1::IssueCredentialRequest r;
    r.set_request_id(request_id.empty() ? server_.NewRequestId() : request_id);
    r.set_role(role);
    r.set_library_id(library);
    r.set_region_code(region);
    r.set_label("Desk 2, lending hall");
    return Call(*as.admin, &Admin::Stub::IssueCredential, r, out);
  }
  Outcome Revoke(Stubs& as, int64_t credential_id) {
    v1::RevokeCredentialRequest r;
    r.set_request_id(server_.NewRequestId());
    r.set_credential_id(credential_id);
    return Rpc(*as.admin, &Admin::Stub::RevokeCredential, r);
  }
  Outcome Erase(Stubs& as, int64_t patron_id) {
    v1::ErasePatronRequest r;
    r.set_request_id(server_.NewRequestId());
    r.set_patron_id(patron_id);
    return Rpc(*as.admin, &Admin::Stub::ErasePatron, r);
  }
  Outcome Export(Stubs& as, int64_t patron_id, v1::PatronExport* out) {
    v1::ExportPatronRequest r;
    r.set_patron_id(patron_id);
    return Call(*as.admin, &Admin::Stub::ExportPatron, r, out);
  }

  // ---- What is visible now (read as the national admin). ----

  v1::Patron PatronByCard(const std::string& card, Outcome* outcome = nullptr) {
    v1::GetPatronRequest r;
    r.set_card_number(card);
    v1::Patron p;
    Outcome o = Call(*server_admin().patrons, &Patrons::Stub::GetPatron, r, &p);
    if (outcome) *outcome = o;
    return p;
  }
  v1::Figures Totals() {
    v1::AnnualReport report;
    ExpectOk(Report(server_admin(), "", 0, &report), "national report");
    return report.totals();
  }
  std::vector<v1::Credential> Credentials(Stubs& as, int64_t library) {
    v1::ListCredentialsRequest r;
    r.set_library_id(library);
    r.set_include_revoked(true);
    v1::ListCredentialsResponse response;
    ExpectOk(Call(*as.admin, &Admin::Stub::ListCredentials, r, &response),
             "list credentials");
    return {response.credentials().begin(), response.credentials().end()};
  }
  std::vector<v1::AuditEntry> Audit(Stubs& as, int64_t library,
                                    bool refused_only = false) {
    v1::QueryAuditRequest r;
    r.set_library_id(library);
    r.set_refused_only(refused_only);
    r.set_page_size(1000);
    v1::QueryAuditResponse response;
    ExpectOk(Call(*as.admin, &Admin::Stub::QueryAudit, r, &response),
             "query audit");
    return {response.entries().begin(), response.entries().end()};
  }

  // Items, loans, patrons (and the cards the tests register), libraries,
  // records, credentials and the 2025 totals, as text.
  std::string Snapshot() {
    Stubs& admin = server_admin();
    std::string s;
    auto add = [&s](const Outcome& o, const google::protobuf::Message& m) {
      s += std::to_string(static_cast<int>(o.code)) + " " +
           m.ShortDebugString() + "\n";
    };
    v1::ListItemsRequest items;
    items.set_page_size(1000);
    v1::ListItemsResponse item_list;
    add(Call(*admin.catalog, &Catalog::Stub::ListItems, items, &item_list),
        item_list);
    for (int64_t patron : {patron_a_, patron_b_}) {
      v1::ListLoansRequest loans;
      loans.set_patron_id(patron);
      v1::ListLoansResponse loan_list;
      add(Call(*admin.circulation, &Circulation::Stub::ListLoans, loans,
               &loan_list),
          loan_list);
    }
    for (const std::string& card :
         {std::string(kCardA), std::string(kCardB), NewCard(a_), NewCard(b_)}) {
      Outcome o;
      v1::Patron p = PatronByCard(card, &o);
      add(o, p);
    }
    v1::ListLibrariesResponse libraries;
    add(Call(*admin.directory, &Directory::Stub::ListLibraries,
             v1::ListLibrariesRequest(), &libraries),
        libraries);
    v1::ListRecordsResponse records;
    add(Call(*admin.catalog, &Catalog::Stub::ListRecords,
             v1::ListRecordsRequest(), &records),
        records);
    for (const v1::Credential& c : Credentials(admin, 0)) add({}, c);
    add({}, Totals());
    return s;
  }

  TestServer server_;
  Stubs admin_;
  std::string desk_a_token_;
  Stubs desk_a_;
  int64_t a_ = 0;
  int64_t b_ = 0;
  int64_t patron_a_ = 0;
  int64_t patron_b_ = 0;
  int64_t record_ = 0;
};

// ---- Authentication ----

TEST_F(AccessTest, MissingMalformedOrUnknownTokensAreUnauthenticated) {
  std::string token = server_.IssueToken(v1::ROLE_DESK, a_);
  std::string altered = token;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  const std::string before = Snapshot();
  for (const std::string& bad :
       {std::string("no token"), std::string("not-a-real-token"), altered}) {
    Stubs stranger = server_.StubsFor(bad == "no token" ? "" : bad);
    ExpectRefused(CheckOut(stranger, a_, kCardA, "A-1"),
                  StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED", bad);
    ExpectRefused(Register(stranger, NewCard(a_), a_),
                  StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED", bad);
    ExpectRefused(SubmitJournal(stranger, {VisitEntry(a_)}),
                  StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED", bad);
    v1::Patron patron;
    v1::GetPatronRequest get;
    get.set_card_number(kCardA);
    ExpectRefused(
        Call(*stranger.patrons, &Patrons::Stub::GetPatron, get, &patron),
        StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED", bad);
    EXPECT_EQ(patron.full_name(), "");
  }
  for (const std::string& header :
       {"Basic " + token, std::string("Bearer "), token}) {
    ExpectRefused(PingWithAuthorization(server_.address(), header),
                  StatusCode::UNAUTHENTICATED, "UNAUTHENTICATED", header);
  }
  EXPECT_EQ(Snapshot(), before);
  ExpectOk(PingWithAuthorization(server_.address(), "Bearer " + token),
           "the real token");
}

// ---- The library a credential is bound to ----

// The desk's work at `library`, one request of each kind, in an order that
// succeeds for a desk of that library.
std::vector<std::pair<std::string, std::function<Outcome(Stubs&, int64_t)>>>
DeskWork(AccessTest& t) {
  return {
      {"CheckOut",
       [&t](Stubs& as, int64_t l) {
         return t.CheckOut(as, l, t.CardAt(l), t.Barcode(l, 1));
       }},
      {"Renew",
       [&t](Stubs& as, int64_t l) { return t.Renew(as, l, t.Barcode(l, 1)); }},
      {"CheckIn",
       [&t](Stubs& as, int64_t l) {
         return t.CheckIn(as, l, t.Barcode(l, 1));
       }},
      {"RecordVisit",
       [&t](Stubs& as, int64_t l) { return t.Visit(as, l, t.CardAt(l)); }},
      {"CreatePatron",
       [&t](Stubs& as, int64_t l) {
         return t.Register(as, AccessTest::NewCard(l), l);
       }},
      {"SearchPatrons",
       [&t](Stubs& as, int64_t l) {
         v1::SearchPatronsResponse response;
         return t.Search(as, l, &response);
       }},
      {"SubmitJournal",
       [&t](Stubs& as, int64_t l) {
         return SubmitJournal(as, {t.VisitEntry(l)});
       }},
  };
}

TEST_F(AccessTest, DeskCannotWorkAsAnotherLibrary) {
  const std::string before = Snapshot();
  for (const auto& [name, work] : DeskWork(*this)) {
    ExpectRefused(work(desk_a_, b_), StatusCode::PERMISSION_DENIED,
                  "LIBRARY_NOT_ALLOWED", name);
  }
  // A journal with one entry of another library is refused whole: its own
  // library's entry before it is not applied either.
  ExpectRefused(SubmitJournal(desk_a_, {VisitEntry(a_), VisitEntry(b_)}),
                StatusCode::PERMISSION_DENIED, "LIBRARY_NOT_ALLOWED",
                "mixed journal");
  EXPECT_EQ(Snapshot(), before);
  // The same requests were valid: library B's own desk may make them.
  Stubs desk_b = As(v1::ROLE_DESK, b_);
  for (const auto& [name, work] : DeskWork(*this)) {
    ExpectOk(work(desk_b, b_), "desk B: " + name);
  }
}

TEST_F(AccessTest, DeskDoesItsWorkAtItsOwnLibrary) {
  for (const auto& [name, work] : DeskWork(*this)) {
    ExpectOk(work(desk_a_, a_), name);
  }
  v1::Figures totals = Totals();
  EXPECT_EQ(totals.loans().value(), 1);
  EXPECT_EQ(totals.renewals().value(), 1);
  EXPECT_EQ(totals.visits().value(), 2);
  EXPECT_EQ(totals.new_registrations().value(), 3);
  server_.ExpectCountersMatchRecount();
}

// ---- Personal data ----

TEST_F(AccessTest, DeskSeesAnyReaderWithoutContactDetailsOrBirthDate) {
  v1::GetPatronRequest get;
  get.set_card_number(kCardB);  // a reader of another library
  v1::Patron seen;
  ExpectOk(Call(*desk_a_.patrons, &Patrons::Stub::GetPatron, get, &seen),
           "desk GetPatron");
  EXPECT_EQ(seen.id(), patron_b_);
  EXPECT_EQ(seen.full_name(), "Оқырман KZ0002");
  EXPECT_EQ(seen.home_library_id(), b_);
  EXPECT_TRUE(seen.has_expires_on());
  EXPECT_EQ(seen.phone(), "");
  EXPECT_EQ(seen.email(), "");
  EXPECT_FALSE(seen.has_birth_date());

  v1::SearchPatronsResponse found;
  ExpectOk(Search(desk_a_, a_, &found), "desk SearchPatrons");
  ASSERT_EQ(found.patrons_size(), 1);
  EXPECT_EQ(found.patrons(0).phone(), "");
  EXPECT_FALSE(found.patrons(0).has_birth_date());

  // Nor in the answer to a change it makes.
  v1::UpdatePatronRequest update;
  update.set_request_id(server_.NewRequestId());
  update.set_library_id(a_);
  update.mutable_patron()->set_id(patron_b_);
  update.mutable_patron()->set_category(v1::PATRON_CATEGORY_STUDENT);
  update.add_update_mask("category");
  ExpectOk(Call(*desk_a_.patrons, &Patrons::Stub::UpdatePatron, update, &seen),
           "desk UpdatePatron");
  EXPECT_EQ(seen.category(), v1::PATRON_CATEGORY_STUDENT);
  EXPECT_EQ(seen.phone(), "");
  EXPECT_FALSE(seen.has_birth_date());
  v1::RenewRegistrationRequest renew;
  renew.set_request_id(server_.NewRequestId());
  renew.set_library_id(a_);
  renew.set_patron_id(patron_b_);
  *renew.mutable_expires_on() = MakeDate(2027, 1, 1);
  ExpectOk(
      Call(*desk_a_.patrons, &Patrons::Stub::RenewRegistration, renew, &seen),
      "desk RenewRegistration");
  EXPECT_EQ(seen.email(), "");
  EXPECT_FALSE(seen.has_birth_date());

  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);
  get.set_card_number(kCardA);
  ExpectOk(Call(*library_admin.patrons, &Patrons::Stub::GetPatron, get, &seen),
           "library admin GetPatron");
  EXPECT_EQ(seen.phone(), kPhone);
  EXPECT_EQ(seen.email(), kEmail);
  EXPECT_EQ(seen.birth_date().year(), 1990);
}

// ---- Roles ----

TEST_F(AccessTest, EachRoleIsRefusedWhatIsNotItsJob) {
  Stubs periodicals = As(v1::ROLE_PERIODICALS, a_);
  Stubs regional = As(v1::ROLE_REGIONAL_ADMIN, 0, "KZ-75");
  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);
  v1::CreateRecordRequest record;
  record.set_request_id(server_.NewRequestId());
  record.mutable_record()->set_title("Қан мен тер");
  record.mutable_record()->set_subject(v1::SUBJECT_FICTION);
  v1::CreateItemRequest item;
  item.set_request_id(server_.NewRequestId());
  item.mutable_item()->set_barcode("A-9");
  item.mutable_item()->set_record_id(record_);
  item.mutable_item()->set_library_id(a_);
  v1::BlockPatronRequest block;
  block.set_request_id(server_.NewRequestId());
  block.set_patron_id(patron_a_);
  block.set_reason("lost three books");
  block.set_library_id(a_);
  v1::CreateLibraryRequest library;
  library.set_request_id(server_.NewRequestId());
  library.mutable_library()->set_name_kk("Жаңа");
  library.mutable_library()->set_name_ru("Новая");
  library.mutable_library()->set_name_en("New");
  library.mutable_library()->set_region_code("KZ-75");
  library.mutable_library()->set_type(v1::LIBRARY_TYPE_CITY);
  v1::RecountRequest recount;
  recount.set_repair(true);
  v1::IssueCredentialResponse issued;

  const std::string before = Snapshot();
  std::vector<std::pair<std::string, Outcome>> refused = {
      {"desk CreateRecord",
       Rpc(*desk_a_.catalog, &Catalog::Stub::CreateRecord, record)},
      {"desk CreateItem",
       Rpc(*desk_a_.catalog, &Catalog::Stub::CreateItem, item)},
      {"desk BlockPatron",
       Rpc(*desk_a_.patrons, &Patrons::Stub::BlockPatron, block)},
      {"desk CreateLibrary",
       Rpc(*desk_a_.directory, &Directory::Stub::CreateLibrary, library)},
      {"desk Recount",
       Rpc(*desk_a_.statistics, &Statistics::Stub::Recount, recount)},
      {"desk GetAnnualReport", Report(desk_a_, "", a_)},
      {"desk IssueCredential", Issue(desk_a_, v1::ROLE_DESK, a_, "", &issued)},
      {"periodicals CheckOut", CheckOut(periodicals, a_, kCardA, "A-1")},
      {"periodicals CreatePatron", Register(periodicals, NewCard(a_), a_)},
      {"regional admin CheckOut", CheckOut(regional, a_, kCardA, "A-1")},
      {"library admin CreateLibrary",
       Rpc(*library_admin.directory, &Directory::Stub::CreateLibrary, library)},
      {"library admin Recount",
       Rpc(*library_admin.statistics, &Statistics::Stub::Recount, recount)},
  };
  for (const auto& [what, outcome] : refused) {
    ExpectRefused(outcome, StatusCode::PERMISSION_DENIED, "ROLE_NOT_ALLOWED",
                  what);
  }
  EXPECT_TRUE(issued.token().empty());
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(AccessTest, ReportsAreReadForOneRegionOrLibraryOnly) {
  Stubs regional = As(v1::ROLE_REGIONAL_ADMIN, 0, "KZ-75");
  ExpectOk(Report(regional, "KZ-75", 0), "regional: own region");
  ExpectOk(Report(regional, "KZ-75", a_), "regional: a library in it");
  ExpectRefused(Report(regional, "KZ-71", 0), StatusCode::PERMISSION_DENIED,
                "REGION_NOT_ALLOWED", "regional: another region");
  ExpectRefused(Report(regional, "", 0), StatusCode::PERMISSION_DENIED,
                "REGION_NOT_ALLOWED", "regional: national");
  ExpectRefused(Report(regional, "", b_), StatusCode::PERMISSION_DENIED,
                "REGION_NOT_ALLOWED", "regional: library without region");

  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);
  ExpectOk(Report(library_admin, "", a_), "library admin: own library");
  for (auto [region, library] : {std::pair{"", b_}, std::pair{"", int64_t{0}},
                                 std::pair{"KZ-75", int64_t{0}}}) {
    ExpectRefused(Report(library_admin, region, library),
                  StatusCode::PERMISSION_DENIED, "LIBRARY_NOT_ALLOWED",
                  std::string("library admin: ") + region + " " +
                      std::to_string(library));
  }
  Stubs periodicals = As(v1::ROLE_PERIODICALS, a_);
  ExpectRefused(Report(periodicals, "", a_), StatusCode::PERMISSION_DENIED,
                "ROLE_NOT_ALLOWED", "periodicals");
}

// ---- Credentials ----

TEST_F(AccessTest, RevokedTokenFailsAtOnceAndAfterARestart) {
  v1::IssueCredentialResponse issued;
  ExpectOk(Issue(server_admin(), v1::ROLE_DESK, a_, "", &issued), "issue");
  Stubs desk = server_.StubsFor(issued.token());
  ExpectOk(Visit(desk, a_, kCardA), "before revocation");
  ExpectOk(Revoke(server_admin(), issued.credential().id()), "revoke");
  const std::string before = Snapshot();
  ExpectRefused(Visit(desk, a_, kCardA), StatusCode::UNAUTHENTICATED,
                "UNAUTHENTICATED", "the very next call");
  EXPECT_EQ(Snapshot(), before);

  server_.Restart();  // a new port: new channels
  admin_ = server_.StubsFor(server_.admin_token());
  Stubs revoked = server_.StubsFor(issued.token());
  ExpectRefused(Visit(revoked, a_, kCardA), StatusCode::UNAUTHENTICATED,
                "UNAUTHENTICATED", "after a restart");
  Stubs valid = server_.StubsFor(desk_a_token_);
  ExpectOk(Visit(valid, a_, kCardA), "a desk that was not revoked");
}

TEST_F(AccessTest, LibraryAdminManagesTheDesksOfItsLibraryOnly) {
  v1::IssueCredentialResponse desk_b;
  ExpectOk(Issue(server_admin(), v1::ROLE_DESK, b_, "", &desk_b), "desk B");
  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);

  v1::IssueCredentialResponse desk, periodicals;
  ExpectOk(Issue(library_admin, v1::ROLE_DESK, a_, "", &desk), "desk A");
  ExpectOk(Issue(library_admin, v1::ROLE_PERIODICALS, a_, "", &periodicals),
           "periodicals A");
  EXPECT_FALSE(desk.token().empty());
  EXPECT_EQ(desk.credential().library_id(), a_);
  EXPECT_EQ(desk.credential().role(), v1::ROLE_DESK);
  Stubs new_desk = server_.StubsFor(desk.token());
  ExpectOk(Visit(new_desk, a_, kCardA), "the new desk works");

  const size_t credentials = Credentials(server_admin(), 0).size();
  v1::IssueCredentialResponse refused;
  for (auto [role, library, region] :
       {std::tuple{v1::ROLE_DESK, b_, ""},
        std::tuple{v1::ROLE_PERIODICALS, b_, ""},
        std::tuple{v1::ROLE_LIBRARY_ADMIN, a_, ""},
        std::tuple{v1::ROLE_REGIONAL_ADMIN, int64_t{0}, "KZ-75"},
        std::tuple{v1::ROLE_NATIONAL_ADMIN, int64_t{0}, ""}}) {
    ExpectRefused(Issue(library_admin, role, library, region, &refused),
                  StatusCode::PERMISSION_DENIED, "CREDENTIAL_NOT_ALLOWED",
                  v1::Role_Name(role) + " " + std::to_string(library));
  }
  ExpectRefused(Revoke(library_admin, desk_b.credential().id()),
                StatusCode::PERMISSION_DENIED, "CREDENTIAL_NOT_ALLOWED",
                "revoke desk B");
  EXPECT_EQ(Credentials(server_admin(), 0).size(), credentials);

  // It lists its own library's credentials, whatever library it asks for.
  for (int64_t asked : {int64_t{0}, a_, b_}) {
    std::vector<v1::Credential> listed = Credentials(library_admin, asked);
    EXPECT_EQ(listed.size(), 4u)
        << asked;  // desk_a_, itself, desk, periodicals
    for (const v1::Credential& c : listed) EXPECT_EQ(c.library_id(), a_);
  }
  ExpectOk(Revoke(library_admin, desk.credential().id()), "revoke desk A");
  ExpectRefused(Visit(new_desk, a_, kCardA), StatusCode::UNAUTHENTICATED,
                "UNAUTHENTICATED", "revoked");
  Stubs other_desk = server_.StubsFor(desk_b.token());
  ExpectOk(Visit(other_desk, b_, kCardB), "desk B still works");
}

TEST_F(AccessTest, RepeatedIssueReturnsTheCredentialWithoutTheToken) {
  v1::IssueCredentialResponse first, again;
  ExpectOk(Issue(server_admin(), v1::ROLE_DESK, a_, "", &first, "issue-once"),
           "first");
  const size_t credentials = Credentials(server_admin(), 0).size();
  ExpectOk(Issue(server_admin(), v1::ROLE_DESK, a_, "", &again, "issue-once"),
           "again");
  EXPECT_FALSE(first.token().empty());
  EXPECT_TRUE(again.token().empty());
  EXPECT_EQ(again.credential().ShortDebugString(),
            first.credential().ShortDebugString());
  EXPECT_EQ(Credentials(server_admin(), 0).size(), credentials);
}

// The number of rows of `table` where `column` holds `bytes`.
int64_t RowsHolding(db::Database& db, const std::string& table,
                    const std::string& column, const std::string& bytes) {
  db::Statement& st =
      db.Prepare("SELECT COUNT(*) FROM " + table + " WHERE instr(CAST(" +
                 column + " AS BLOB), CAST(? AS BLOB)) > 0");
  st.BindBlob(1, bytes);
  int64_t rows = st.Step() ? st.ColumnInt(0) : -1;
  EXPECT_TRUE(st.status().ok()) << st.status().ToString();
  st.Reset();
  return rows;
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_F(AccessTest, TokensAreStoredOnlyAsHashes) {
  v1::IssueCredentialResponse issued;
  ExpectOk(Issue(server_admin(), v1::ROLE_DESK, a_, "", &issued), "issue");
  const std::string& token = issued.token();
  ASSERT_GE(token.size(), 32u);
  std::unique_ptr<db::Database> db;
  db::OpenOptions read_only;
  read_only.mode = db::Mode::kReadOnly;
  ASSERT_TRUE(db::Database::Open(server_.db_path(), read_only, &db).ok());
  for (const char* column : {"token_hash", "label"}) {
    EXPECT_EQ(RowsHolding(*db, "credential", column, token), 0) << column;
  }
  EXPECT_EQ(RowsHolding(*db, "request_log", "response", token), 0);
  EXPECT_EQ(
      RowsHolding(*db, "credential", "token_hash", auth::HashToken(token)), 1);
  for (const std::string& file :
       {server_.db_path() + "-wal", server_.db_path()}) {
    EXPECT_EQ(FileBytes(file).find(token), std::string::npos) << file;
  }
}

// ---- Limits ----

TEST(RateLimitTest, TooManyCallsFromOneCredentialAreRateLimited) {
  TestServer server(domain::Policy{}, /*rate_limit=*/5);  // bursts of 10
  std::string other_token = server.IssueToken(v1::ROLE_NATIONAL_ADMIN);
  Outcome last;
  int calls = 0;
  while (calls < 100 && last.ok()) {
    ++calls;
    last =
        Rpc(server.diagnostics(), &Diagnostics::Stub::Ping, v1::PingRequest());
  }
  ExpectRefused(last, StatusCode::RESOURCE_EXHAUSTED, "RATE_LIMITED", "ping");
  EXPECT_GE(calls, 10);  // the burst (less the call that issued the token)
  EXPECT_LT(calls, 100);
  // The limit is per credential: another one is not held back.
  Stubs other = server.StubsFor(other_token);
  ExpectOk(Rpc(*other.diagnostics, &Diagnostics::Stub::Ping, v1::PingRequest()),
           "another credential");
}

// ---- Export and erasure ----

TEST_F(AccessTest, ExportHasTheReaderAndTheirLoans) {
  ExpectOk(CheckOut(desk_a_, a_, kCardA, "A-1"), "lend A-1");
  ExpectOk(CheckOut(desk_a_, a_, kCardA, "A-2"), "lend A-2");
  ExpectOk(CheckIn(desk_a_, a_, "A-2"), "return A-2");
  ExpectOk(Visit(desk_a_, a_, kCardA), "visit");
  v1::PatronExport exported;
  ExpectOk(Export(server_admin(), patron_a_, &exported), "export");
  EXPECT_EQ(exported.patron().card_number(), kCardA);
  EXPECT_EQ(exported.patron().phone(), kPhone);
  EXPECT_EQ(exported.patron().email(), kEmail);
  EXPECT_EQ(exported.loans(), 2);
  EXPECT_EQ(exported.open_loans(), 1);
  EXPECT_EQ(exported.visits(), 1);
  const std::string& csv = exported.loans_csv();
  EXPECT_TRUE(csv.starts_with("loaned_at,due_at,returned_at,barcode,title\n"));
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;
  EXPECT_NE(csv.find(",A-1,\"Абай жолы"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",A-2,\"Абай жолы"), std::string::npos) << csv;

  for (v1::Role role : {v1::ROLE_DESK, v1::ROLE_LIBRARY_ADMIN}) {
    Stubs as = As(role, a_);
    v1::PatronExport denied;
    ExpectRefused(Export(as, patron_a_, &denied), StatusCode::PERMISSION_DENIED,
                  "ROLE_NOT_ALLOWED", v1::Role_Name(role));
    EXPECT_FALSE(denied.has_patron());
  }
}

TEST_F(AccessTest, ErasedReaderKeepsOnlyAnonymousHistory) {
  ExpectOk(CheckOut(desk_a_, a_, kCardA, "A-1"), "lend A-1");
  ExpectOk(CheckOut(desk_a_, a_, kCardA, "A-2"), "lend A-2");
  ExpectOk(CheckIn(desk_a_, a_, "A-2"), "return A-2");
  ExpectOk(Visit(desk_a_, a_, kCardA), "visit");
  const v1::Figures before = Totals();

  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);
  const std::string snapshot = Snapshot();
  for (Stubs* as : {&desk_a_, &library_admin}) {
    ExpectRefused(Erase(*as, patron_a_), StatusCode::PERMISSION_DENIED,
                  "ROLE_NOT_ALLOWED", as == &desk_a_ ? "desk" : "admin");
  }
  EXPECT_EQ(Snapshot(), snapshot);

  ExpectOk(Erase(server_admin(), patron_a_), "erase");
  Outcome lookup;
  PatronByCard(kCardA, &lookup);
  EXPECT_EQ(lookup.code, StatusCode::NOT_FOUND);
  v1::SearchPatronsResponse found;
  ExpectOk(Search(server_admin(), a_, &found), "search by the old name");
  EXPECT_EQ(found.patrons_size(), 0);
  v1::PatronExport left;
  ExpectOk(Export(server_admin(), patron_a_, &left), "export");
  const v1::Patron& p = left.patron();
  EXPECT_EQ(p.full_name().find(kCardA), std::string::npos);
  EXPECT_NE(p.card_number(), kCardA);
  EXPECT_EQ(p.phone(), "");
  EXPECT_EQ(p.email(), "");
  EXPECT_NE(p.birth_date().year(), 1990);
  EXPECT_TRUE(p.blocked());
  EXPECT_EQ(left.loans(), 2);  // the history stays, anonymous
  {  // nor do the stored exactly-once answers keep the card or the name
    std::unique_ptr<db::Database> db;
    db::OpenOptions read_only;
    read_only.mode = db::Mode::kReadOnly;
    ASSERT_TRUE(db::Database::Open(server_.db_path(), read_only, &db).ok());
    EXPECT_EQ(RowsHolding(*db, "request_log", "response", kCardA), 0);
    EXPECT_EQ(RowsHolding(*db, "request_log", "response",
                          std::string("Оқырман ") + kCardA),
              0);
  }

  const v1::Figures after = Totals();
  EXPECT_EQ(after.ShortDebugString(), before.ShortDebugString());
  EXPECT_EQ(after.loans().value(), 2);
  server_.ExpectCountersMatchRecount();
  ExpectOk(CheckIn(desk_a_, a_, "A-1"), "its open loan can still be closed");
}

// ---- The audit log ----

// A refused attempt's audit entry is written after its answer; a mutation
// answered later was queued after it on the one writer, so once that answer
// is in, so is the entry.
TEST_F(AccessTest, AuditLogHasEveryMutationAndEveryRefusal) {
  // A librarian's cycle: each mutation is audited in its own transaction.
  for (const auto& [name, work] : DeskWork(*this)) {
    ExpectOk(work(desk_a_, a_), name);
  }
  // Refused attempts: another library, another role's job, a rule of the
  // circulation policy, and no credentials at all.
  CheckOut(desk_a_, b_, kCardB, "B-1", "refused-library");
  v1::IssueCredentialRequest issue;
  issue.set_request_id("refused-role");
  issue.set_role(v1::ROLE_DESK);
  issue.set_library_id(a_);
  issue.set_label("Desk 3");
  Rpc(*desk_a_.admin, &Admin::Stub::IssueCredential, issue);
  v1::RenewRequest renew;
  renew.set_request_id("refused-rule");
  renew.set_library_id(a_);
  renew.set_item_barcode("A-2");
  Rpc(*desk_a_.circulation, &Circulation::Stub::Renew, renew);
  Stubs stranger = server_.StubsFor("");
  CheckOut(stranger, a_, kCardA, "A-2", "refused-stranger");
  ExpectOk(Visit(desk_a_, a_, kCardA), "the last mutation");

  std::vector<std::string> methods;
  for (const v1::AuditEntry& e : Audit(server_admin(), a_)) {
    if (e.result() != "OK") continue;
    EXPECT_EQ(e.code(), 0);
    EXPECT_EQ(e.role(), v1::ROLE_DESK);
    EXPECT_NE(e.credential_id(), 0);
    EXPECT_TRUE(e.request_id().starts_with("test-request-")) << e.request_id();
    EXPECT_EQ(e.at().seconds(), kJune2 / domain::kMicrosPerSecond);
    EXPECT_NE(e.peer(), "");
    methods.push_back(e.method());
  }
  // SearchPatrons is a read: a read is audited only when refused.
  EXPECT_EQ(methods, (std::vector<std::string>{
                         "Circulation/CheckOut", "Circulation/Renew",
                         "Circulation/CheckIn", "Circulation/RecordVisit",
                         "Patrons/CreatePatron", "Circulation/SubmitJournal",
                         "Circulation/RecordVisit"}));

  std::vector<v1::AuditEntry> refused = Audit(server_admin(), 0, true);
  for (auto [request_id, reason] :
       {std::pair{"refused-library", "LIBRARY_NOT_ALLOWED"},
        std::pair{"refused-role", "ROLE_NOT_ALLOWED"},
        std::pair{"refused-rule", "ITEM_NOT_ON_LOAN"},
        std::pair{"refused-stranger", "UNAUTHENTICATED"}}) {
    auto it = std::find_if(
        refused.begin(), refused.end(),
        [&](const v1::AuditEntry& e) { return e.request_id() == request_id; });
    ASSERT_NE(it, refused.end()) << request_id;
    EXPECT_EQ(it->result(), reason);
    EXPECT_NE(it->code(), 0);
    bool stranger_call = std::string(reason) == "UNAUTHENTICATED";
    EXPECT_EQ(it->credential_id() == 0, stranger_call) << request_id;
    EXPECT_EQ(it->library_id(), stranger_call ? 0 : a_) << request_id;
  }
  for (const v1::AuditEntry& e : refused) EXPECT_NE(e.result(), "OK");
}

TEST_F(AccessTest, LibraryAdminReadsOnlyItsLibrarysAuditLog) {
  Stubs desk_b = As(v1::ROLE_DESK, b_);
  Visit(desk_a_, b_, kCardB);  // refused
  ExpectOk(Visit(desk_a_, a_, kCardA), "visit A");
  ExpectOk(Visit(desk_b, b_, kCardB), "visit B");
  Stubs library_admin = As(v1::ROLE_LIBRARY_ADMIN, a_);
  for (int64_t asked : {int64_t{0}, a_, b_}) {
    std::vector<v1::AuditEntry> entries = Audit(library_admin, asked);
    EXPECT_EQ(entries.size(), 2u) << asked;  // the refusal and the visit
    for (const v1::AuditEntry& e : entries) EXPECT_EQ(e.library_id(), a_);
  }
  EXPECT_EQ(Audit(server_admin(), b_).size(), 1u);
  ExpectRefused(
      Rpc(*desk_a_.admin, &Admin::Stub::QueryAudit, v1::QueryAuditRequest()),
      StatusCode::PERMISSION_DENIED, "ROLE_NOT_ALLOWED", "desk");
}

}  // namespace
}  // namespace kitap::test
