#include "bench/desk_world.h"

#include <chrono>
#include <deque>

#include "bench/call_window.h"
#include "kitap/v1/admin.grpc.pb.h"
#include "kitap/v1/catalog.grpc.pb.h"
#include "kitap/v1/directory.grpc.pb.h"
#include "kitap/v1/patrons.grpc.pb.h"

namespace kitap::bench {
namespace {

using gen::CallWindow;
using gen::StartCall;

constexpr int kInFlight = 64;
// Region codes the libraries cycle through (data/regions.tsv).
constexpr const char* kRegions[] = {"KZ-75", "KZ-71", "KZ-79", "KZ-11"};

v1::Date Date(int year, int month, int day) {
  v1::Date d;
  d.set_year(year);
  d.set_month(month);
  d.set_day(day);
  return d;
}

// Makes the world in stages; each stage's ids are complete (Drain) before
// the next stage uses them.
class Builder {
 public:
  Builder(const std::shared_ptr<grpc::Channel>& channel, std::string token,
          const WorldOptions& options)
      : token_(std::move(token)),
        options_(options),
        directory_(v1::Directory::NewStub(channel)),
        catalog_(v1::Catalog::NewStub(channel)),
        patrons_(v1::Patrons::NewStub(channel)),
        admin_(v1::Admin::NewStub(channel)),
        window_(kInFlight) {}

  Status Build(std::vector<DeskSetup>* desks) {
    int libraries = (options_.desks + options_.desks_per_library - 1) /
                    options_.desks_per_library;
    library_ids_.resize(libraries);
    record_ids_.resize(options_.records);
    desks->assign(options_.desks, DeskSetup{});
    for (int i = 0; i < libraries; ++i) AddLibrary(i);
    for (int i = 0; i < options_.records; ++i) AddRecord(i);
    KITAP_RETURN_IF_ERROR(window_.Drain());
    for (int d = 0; d < options_.desks; ++d) {
      DeskSetup& desk = (*desks)[d];
      desk.library_id = library_ids_[d / options_.desks_per_library];
      IssueToken(d, &desk);
      for (int p = 0; p < options_.patrons_per_desk; ++p)
        AddPatron(d, p, &desk);
      for (int i = 0; i < options_.items_per_desk; ++i) AddItem(d, i, &desk);
    }
    return window_.Drain();
  }

 private:
  std::string Id(const std::string& what, int a, int b = 0) const {
    return options_.tag + "-" + what + std::to_string(a) + "-" +
           std::to_string(b);
  }

  void AddLibrary(int i) {
    v1::CreateLibraryRequest r;
    r.set_request_id(Id("lib", i));
    v1::Library* l = r.mutable_library();
    l->set_name_kk("Бенч кітапханасы " + r.request_id());
    l->set_name_ru("Бенч библиотека " + r.request_id());
    l->set_name_en("Bench library " + r.request_id());
    l->set_region_code(kRegions[i % std::size(kRegions)]);
    l->set_type(v1::LIBRARY_TYPE_CITY);
    *l->mutable_opened_on() = Date(2000, 1, 1);
    Start<v1::Library>(
        [this](auto* c, auto* q, auto* s, auto done) {
          directory_->async()->CreateLibrary(c, q, s, std::move(done));
        },
        std::move(r),
        [this, i](const v1::Library& made) { library_ids_[i] = made.id(); });
  }

  void AddRecord(int i) {
    v1::CreateRecordRequest r;
    r.set_request_id(Id("rec", i));
    r.mutable_record()->set_title("Bench title " + std::to_string(i));
    r.mutable_record()->set_language("kk");
    r.mutable_record()->set_year(2000 + i % 25);
    r.mutable_record()->set_subject(v1::SUBJECT_FICTION);
    Start<v1::Record>(
        [this](auto* c, auto* q, auto* s, auto done) {
          catalog_->async()->CreateRecord(c, q, s, std::move(done));
        },
        std::move(r),
        [this, i](const v1::Record& rec) { record_ids_[i] = rec.id(); });
  }

  void IssueToken(int d, DeskSetup* desk) {
    v1::IssueCredentialRequest r;
    r.set_request_id(Id("desk", d));
    r.set_role(v1::ROLE_DESK);
    r.set_library_id(desk->library_id);
    r.set_label("kitap-bench desk " + std::to_string(d));
    Start<v1::IssueCredentialResponse>(
        [this](auto* c, auto* q, auto* s, auto done) {
          admin_->async()->IssueCredential(c, q, s, std::move(done));
        },
        std::move(r),
        [desk](const v1::IssueCredentialResponse& s) {
          desk->token = s.token();
        });
  }

  void AddPatron(int d, int p, DeskSetup* desk) {
    v1::CreatePatronRequest r;
    r.set_request_id(Id("pat", d, p));
    v1::Patron* patron = r.mutable_patron();
    patron->set_card_number(Id("C", d, p));
    patron->set_full_name("Bench Reader " + std::to_string(p));
    *patron->mutable_birth_date() = Date(1980 + p % 30, 1 + p % 12, 1 + p % 28);
    patron->set_home_library_id(desk->library_id);
    patron->set_category(v1::PATRON_CATEGORY_STAFF);
    desk->cards.push_back(patron->card_number());
    Start<v1::Patron>(
        [this](auto* c, auto* q, auto* s, auto done) {
          patrons_->async()->CreatePatron(c, q, s, std::move(done));
        },
        std::move(r), [](const v1::Patron&) {});
  }

  void AddItem(int d, int i, DeskSetup* desk) {
    v1::CreateItemRequest r;
    r.set_request_id(Id("item", d, i));
    v1::Item* item = r.mutable_item();
    item->set_barcode(Id("B", d, i));
    item->set_record_id(record_ids_[(d * 7919 + i) % record_ids_.size()]);
    item->set_library_id(desk->library_id);
    item->set_loan_type(v1::LOAN_TYPE_NORMAL);
    *item->mutable_acquired_on() = Date(2020, 1, 1);
    desk->barcodes.push_back(item->barcode());
    Start<v1::Item>(
        [this](auto* c, auto* q, auto* s, auto done) {
          catalog_->async()->CreateItem(c, q, s, std::move(done));
        },
        std::move(r), [](const v1::Item&) {});
  }

  // One call in the window; `keep` sees its response when it succeeds.
  template <class Response, class Request, class Invoke, class Keep>
  void Start(Invoke invoke, Request request, Keep keep) {
    window_.Begin();
    StartCall<Response>(token_, std::move(invoke), std::move(request),
                        [this, keep](const Status& s, const Response& r) {
                          if (s.ok()) keep(r);
                          window_.End(s);
                        });
  }

  const std::string token_;
  const WorldOptions options_;
  std::unique_ptr<v1::Directory::Stub> directory_;
  std::unique_ptr<v1::Catalog::Stub> catalog_;
  std::unique_ptr<v1::Patrons::Stub> patrons_;
  std::unique_ptr<v1::Admin::Stub> admin_;
  CallWindow window_;
  // Written by callbacks, read after Drain().
  std::vector<int64_t> library_ids_, record_ids_;
};

}  // namespace

Status PrepareWorld(const std::shared_ptr<grpc::Channel>& channel,
                    const std::string& admin_token, const WorldOptions& options,
                    std::vector<DeskSetup>* desks) {
  return Builder(channel, admin_token, options).Build(desks);
}

std::string FreshTag() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return "kb" + std::to_string(
                    std::chrono::duration_cast<std::chrono::milliseconds>(now)
                        .count() %
                    100000000000LL);
}

}  // namespace kitap::bench
