#include "bench/grpc_sink.h"

#include <cstdio>
#include <cstring>

#include "bench/convert.h"
#include "bench/rng.h"
#include "server/core/convert.h"

namespace kitap::gen {

std::string RunTag(uint64_t seed, int year, double scale) {
  uint64_t bits = 0;
  std::memcpy(&bits, &scale, sizeof bits);
  char tag[32];
  std::snprintf(tag, sizeof tag, "kg-%08llx",
                static_cast<unsigned long long>(
                    Hash(seed, static_cast<uint64_t>(year), bits) >> 32));
  return tag;
}

GrpcSink::GrpcSink(const std::shared_ptr<grpc::Channel>& channel,
                   GrpcOptions options)
    : options_(std::move(options)),
      directory_(v1::Directory::NewStub(channel)),
      catalog_(v1::Catalog::NewStub(channel)),
      patrons_(v1::Patrons::NewStub(channel)),
      periodicals_(v1::Periodicals::NewStub(channel)),
      events_(v1::Events::NewStub(channel)),
      circulation_(v1::Circulation::NewStub(channel)),
      window_(options_.in_flight),
      journal_(circulation_.get(), options_.token, options_.lanes,
               options_.journal_batch) {}

GrpcSink::~GrpcSink() { window_.Drain(); }

Status GrpcSink::Enter(int stage) {
  if (stage == stage_) return Status::Ok();
  stage_ = stage;
  return window_.Drain();
}

std::string GrpcSink::RequestId(const char* kind, int64_t n, int k) const {
  std::string id = options_.run_tag + "." + kind + "." + std::to_string(n);
  if (k >= 0) id += "." + std::to_string(k);
  return id;
}

Status GrpcSink::Put(const Library& l) {
  depth_.push_back(l.parent < 0 ? 0 : depth_[l.parent] + 1);
  KITAP_RETURN_IF_ERROR(Enter(depth_.back()));
  int64_t& id = library_ids_.emplace_back(0);
  v1::CreateLibraryRequest request;
  request.set_request_id(RequestId("lib", l.index));
  *request.mutable_library() =
      ToLibrary(l, l.parent < 0 ? 0 : library_ids_[l.parent]);
  v1::UpdateLibraryCalendarRequest calendar;
  calendar.set_request_id(RequestId("cal", l.index));
  *calendar.mutable_calendar() = ToCalendar(l.calendar);
  window_.Begin();
  StartCall<v1::Library>(
      options_.token,
      [this](auto... a) { directory_->async()->CreateLibrary(a...); },
      std::move(request),
      [this, &id, calendar = std::move(calendar)](
          const Status& s, const v1::Library& created) mutable {
        if (!s.ok()) return window_.End(s);
        id = created.id();
        calendar.mutable_calendar()->set_library_id(created.id());
        StartCall<v1::LibraryCalendar>(
            options_.token,
            [this](auto... a) {
              directory_->async()->UpdateLibraryCalendar(a...);
            },
            std::move(calendar),
            [this](const Status& s2, const v1::LibraryCalendar&) {
              window_.End(s2);
            });
      });
  return Status::Ok();
}

Status GrpcSink::Put(const Record& r) {
  KITAP_RETURN_IF_ERROR(Enter(kRecords));
  int64_t& id = record_ids_.emplace_back(0);
  v1::CreateRecordRequest request;
  request.set_request_id(RequestId("rec", r.index));
  *request.mutable_record() = ToRecord(r);
  window_.Begin();
  StartCall<v1::Record>(
      options_.token,
      [this](auto... a) { catalog_->async()->CreateRecord(a...); },
      std::move(request),
      [this, &id](const Status& s, const v1::Record& out) {
        if (s.ok()) id = out.id();
        window_.End(s);
      });
  return Status::Ok();
}

Status GrpcSink::Put(const Item& i) {
  KITAP_RETURN_IF_ERROR(Enter(kItems));
  v1::CreateItemRequest request;
  request.set_request_id(RequestId("item", i.index));
  *request.mutable_item() =
      ToItem(i, record_ids_[i.record], library_ids_[i.library]);
  window_.Begin();
  StartCall<v1::Item>(
      options_.token,
      [this](auto... a) { catalog_->async()->CreateItem(a...); },
      std::move(request),
      [this](const Status& s, const v1::Item&) { window_.End(s); });
  return Status::Ok();
}

Status GrpcSink::Put(const Patron& p) {
  KITAP_RETURN_IF_ERROR(Enter(kPatrons));
  v1::CreatePatronRequest request;
  request.set_request_id(RequestId("pat", p.index));
  *request.mutable_patron() = ToPatron(p, library_ids_[p.library]);
  ToTimestamp(p.registered_at, request.mutable_occurred_at());
  window_.Begin();
  StartCall<v1::Patron>(
      options_.token,
      [this](auto... a) { patrons_->async()->CreatePatron(a...); },
      std::move(request),
      [this](const Status& s, const v1::Patron&) { window_.End(s); });
  return Status::Ok();
}

Status GrpcSink::Put(const PeriodicalTitle& t) {
  KITAP_RETURN_IF_ERROR(Enter(kTitles));
  int64_t& id = title_ids_.emplace_back(0);
  v1::CreatePeriodicalTitleRequest request;
  request.set_request_id(RequestId("ttl", t.index));
  *request.mutable_title() = ToTitle(t, library_ids_[t.library]);
  window_.Begin();
  StartCall<v1::PeriodicalTitle>(
      options_.token,
      [this](auto... a) { periodicals_->async()->CreatePeriodicalTitle(a...); },
      std::move(request),
      [this, &id](const Status& s, const v1::PeriodicalTitle& out) {
        if (s.ok()) id = out.id();
        window_.End(s);
      });
  return Status::Ok();
}

Status GrpcSink::Finish() {
  Status calls = window_.Drain();
  Status journal = journal_.Finish();
  return calls.ok() ? journal : calls;
}

}  // namespace kitap::gen
