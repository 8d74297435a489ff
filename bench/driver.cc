#include "bench/driver.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "bench/call_window.h"

namespace kitap::bench {

namespace {

// Starts `method` of a stub's async() interface with `token`; `done(status,
// response)` runs when it ends.
template <class Async, class Request, class Response, class Done>
void Send(Async* async,
          void (Async::*method)(grpc::ClientContext*, const Request*, Response*,
                                std::function<void(grpc::Status)>),
          const std::string& token, Request request, Done done) {
  gen::StartCall<Response>(
      token,
      [async, method](grpc::ClientContext* c, const Request* q, Response* p,
                      std::function<void(grpc::Status)> cb) {
        (async->*method)(c, q, p, std::move(cb));
      },
      std::move(request), std::move(done));
}

}  // namespace

struct Driver::Flight {
  Recorder recorder;
  Mix mix{};
  Clock::time_point end;
  std::mutex mutex;
  std::condition_variable idle;
  int running = 0;  // desks (closed) or calls (open); guarded by mutex

  void Add() {
    std::lock_guard lock(mutex);
    ++running;
  }
  void Sub() {
    std::lock_guard lock(mutex);
    if (--running == 0) idle.notify_all();
  }
  void Wait() {
    std::unique_lock lock(mutex);
    idle.wait(lock, [this] { return running == 0; });
  }
};

Driver::Driver(const std::vector<std::shared_ptr<grpc::Channel>>& channels,
               std::vector<std::unique_ptr<Desk>>* desks, std::string tag)
    : desks_(desks), tag_(std::move(tag)) {
  for (const auto& channel : channels) {
    stubs_.push_back({v1::Circulation::NewStub(channel),
                      v1::Patrons::NewStub(channel),
                      v1::Diagnostics::NewStub(channel)});
  }
}

PhaseSummary Driver::Run(const PhaseSpec& spec) {
  auto flight = std::make_shared<Flight>();
  flight->mix = spec.mix;
  Clock::time_point start = Clock::now();
  flight->end = start + std::chrono::duration_cast<Clock::duration>(
                            std::chrono::duration<double>(spec.seconds));
  if (spec.rate > 0) {
    RunOpen(spec, flight);
  } else {
    RunClosed(spec, flight);
  }
  flight->Wait();
  PhaseSummary phase;
  phase.name = spec.name;
  phase.mode = spec.rate > 0 ? "open" : "closed";
  phase.offered_rate = spec.rate;
  phase.desks = static_cast<int>(desks_->size());
  phase.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  phase.kinds = flight->recorder.Summarize(phase.seconds);
  Total(&phase);
  return phase;
}

void Driver::RunClosed(const PhaseSpec&, const std::shared_ptr<Flight>& f) {
  for (size_t d = 0; d < desks_->size(); ++d) f->Add();
  for (size_t d = 0; d < desks_->size(); ++d) Loop(static_cast<int>(d), f);
}

void Driver::Loop(int d, const std::shared_ptr<Flight>& f) {
  Action action;
  if (Clock::now() >= f->end || !(*desks_)[d]->Next(f->mix, &action)) {
    f->Sub();
    return;
  }
  Issue(d, action, Clock::now(), &f->recorder, [this, d, f] { Loop(d, f); });
}

void Driver::RunOpen(const PhaseSpec& spec, const std::shared_ptr<Flight>& f) {
  const int desks = static_cast<int>(desks_->size());
  const Clock::time_point start = Clock::now();
  f->Add();  // the pacer itself, so Wait() cannot end before it does
  for (int64_t i = 0;; ++i) {
    Clock::time_point intended =
        start + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(i / spec.rate));
    if (intended >= f->end) break;
    std::this_thread::sleep_until(intended);
    int d = static_cast<int>(i % desks);
    Action action;
    if (!(*desks_)[d]->Next(f->mix, &action)) continue;
    f->Add();
    Issue(d, action, intended, &f->recorder, [f] { f->Sub(); });
  }
  f->Sub();
}

void Driver::Issue(int d, const Action& action, Clock::time_point intended,
                   Recorder* recorder, std::function<void()> then) {
  Desk& desk = *(*desks_)[d];
  Stubs& s = stubs_[d % stubs_.size()];
  auto done = [this, d, action, intended, recorder, then = std::move(then)](
                  const Status& status, const auto&) {
    recorder->Add(
        KindName(action.kind),
        std::chrono::duration<double, std::micro>(Clock::now() - intended)
            .count(),
        status);
    (*desks_)[d]->Done(action, status.ok());
    then();
  };
  const std::string& token = desk.setup().token;
  const std::string& card = desk.setup().cards[action.patron];
  const int64_t library = desk.setup().library_id;
  std::string id = tag_ + "-" + std::to_string(next_request_++);
  switch (action.kind) {
    case Kind::kPing:
      Send(s.diagnostics->async(), &v1::Diagnostics::Stub::async::Ping, token,
           v1::PingRequest(), std::move(done));
      break;
    case Kind::kLookup: {
      v1::GetPatronRequest r;
      r.set_card_number(card);
      Send(s.patrons->async(), &v1::Patrons::Stub::async::GetPatron, token,
           std::move(r), std::move(done));
      break;
    }
    case Kind::kCheckOut: {
      v1::CheckOutRequest r;
      r.set_request_id(id);
      r.set_library_id(library);
      r.set_card_number(card);
      r.set_item_barcode(action.barcode);
      Send(s.circulation->async(), &v1::Circulation::Stub::async::CheckOut,
           token, std::move(r), std::move(done));
      break;
    }
    case Kind::kCheckIn: {
      v1::CheckInRequest r;
      r.set_request_id(id);
      r.set_library_id(library);
      r.set_item_barcode(action.barcode);
      Send(s.circulation->async(), &v1::Circulation::Stub::async::CheckIn,
           token, std::move(r), std::move(done));
      break;
    }
    case Kind::kRenew: {
      v1::RenewRequest r;
      r.set_request_id(id);
      r.set_library_id(library);
      r.set_item_barcode(action.barcode);
      Send(s.circulation->async(), &v1::Circulation::Stub::async::Renew, token,
           std::move(r), std::move(done));
      break;
    }
    case Kind::kVisit: {
      v1::RecordVisitRequest r;
      r.set_request_id(id);
      r.set_library_id(library);
      r.set_card_number(card);
      Send(s.circulation->async(), &v1::Circulation::Stub::async::RecordVisit,
           token, std::move(r), std::move(done));
      break;
    }
  }
}

}  // namespace kitap::bench
