#include "server/service/periodicals_service.h"

#include <deque>
#include <mutex>

#include "server/ops/periodical_ops.h"
#include "server/service/unary.h"

namespace kitap::service {
namespace {

// The periodicals queue's own staff and the library's admins.
constexpr auth::Roles kQueueStaff = auth::kPeriodicals | auth::kLibraryAdmin;

// Streams a library's open requests, then every committed change, until
// the client cancels. Deletes itself when gRPC is done with it.
class QueueReactor final : public grpc::ServerWriteReactor<v1::QueueUpdate>,
                           public QueueHub::Subscriber {
 public:
  QueueReactor(Edge& edge, QueueHub& hub, grpc::CallbackServerContext* context,
               int64_t library_id)
      : hub_(hub), context_(context), library_id_(library_id) {
    auth::Principal principal;
    Status admitted = Admit(
        edge, context, {"Periodicals/WatchRequestQueue", "", context->peer()},
        auth::AtLibrary(kQueueStaff | auth::kDesk, library_id), &principal);
    if (!admitted.ok()) {
      snapshot_pending_ = false;
      Close(admitted);
      return;
    }
    // Subscribe before the snapshot so no change falls between the two; a
    // change may then arrive twice, which is harmless (it is a state).
    hub_.Subscribe(library_id_, this);
    auto request = std::make_shared<v1::ListIssueRequestsRequest>();
    request->set_library_id(library_id);
    request->set_open_only(true);
    request->set_page_size(1000);
    auto snapshot = std::make_shared<v1::ListIssueRequestsResponse>();
    edge.engine.Read(
        [request, snapshot](OpContext& ctx) {
          return ops::ListIssueRequests(ctx, *request, snapshot.get());
        },
        [this, snapshot](const Status& status) {
          OnSnapshot(status, *snapshot);
        });
  }

  void OnChange(const v1::IssueRequest& request) override {
    Enqueue(request, false);
  }

  void OnWriteDone(bool ok) override {
    if (!ok) return Close(Status::Ok());
    std::lock_guard lock(mu_);
    pending_.pop_front();
    if (!pending_.empty()) StartWrite(&pending_.front());
  }

  void OnCancel() override { Close(Status::Ok()); }

  void OnDone() override {
    hub_.Unsubscribe(library_id_, this);
    bool snapshot_pending;
    {
      std::lock_guard lock(mu_);
      done_ = true;
      snapshot_pending = snapshot_pending_;
    }
    if (!snapshot_pending) delete this;  // else OnSnapshot deletes it
  }

 private:
  // Runs on a read-pool thread once the open requests are read.
  void OnSnapshot(const Status& status,
                  const v1::ListIssueRequestsResponse& snapshot) {
    bool done;
    {
      std::lock_guard lock(mu_);
      snapshot_pending_ = false;
      done = done_;
    }
    if (done) {
      delete this;
      return;
    }
    if (!status.ok()) return Close(status);
    for (const auto& r : snapshot.requests()) Enqueue(r, true);
  }

  void Enqueue(const v1::IssueRequest& request, bool initial) {
    std::unique_lock lock(mu_);
    if (finished_) return;
    if (pending_.size() >= kMaxPending) {  // the client stopped reading
      lock.unlock();
      return Close(Status::ResourceExhausted(
          "QUEUE_CLIENT_TOO_SLOW", "the client does not keep up; reconnect"));
    }
    v1::QueueUpdate& update = pending_.emplace_back();
    *update.mutable_request() = request;
    update.set_initial(initial);
    if (pending_.size() == 1) StartWrite(&pending_.front());
  }

  void Close(const Status& status) {
    std::lock_guard lock(mu_);
    if (finished_) return;
    finished_ = true;
    Finish(ToGrpc(context_, status));
  }

  QueueHub& hub_;
  grpc::CallbackServerContext* context_;
  const int64_t library_id_;
  static constexpr size_t kMaxPending = 10000;

  std::mutex mu_;
  std::deque<v1::QueueUpdate> pending_;  // guarded by mu_; front is in flight
  bool finished_ = false;                // guarded by mu_
  bool snapshot_pending_ = true;         // guarded by mu_
  bool done_ = false;                    // guarded by mu_
};

}  // namespace

grpc::ServerUnaryReactor* PeriodicalsService::CreatePeriodicalTitle(
    grpc::CallbackServerContext* context,
    const v1::CreatePeriodicalTitleRequest* request,
    v1::PeriodicalTitle* response) {
  return Unary<v1::CreatePeriodicalTitleRequest, v1::PeriodicalTitle>(
      edge_, "Periodicals/CreatePeriodicalTitle", Access::kWrite, context,
      request, response,
      [](const v1::CreatePeriodicalTitleRequest& r) {
        return auth::AtLibrary(kQueueStaff, r.title().library_id());
      },
      &ops::CreatePeriodicalTitle);
}

grpc::ServerUnaryReactor* PeriodicalsService::ListPeriodicalTitles(
    grpc::CallbackServerContext* context,
    const v1::ListPeriodicalTitlesRequest* request,
    v1::ListPeriodicalTitlesResponse* response) {
  return Unary<v1::ListPeriodicalTitlesRequest,
               v1::ListPeriodicalTitlesResponse>(
      edge_, "Periodicals/ListPeriodicalTitles", Access::kRead, context,
      request, response,
      [](const v1::ListPeriodicalTitlesRequest&) {
        return auth::Anywhere(auth::kAnyRole);
      },
      &ops::ListPeriodicalTitles);
}

grpc::ServerUnaryReactor* PeriodicalsService::RequestIssue(
    grpc::CallbackServerContext* context,
    const v1::RequestIssueRequest* request, v1::IssueRequest* response) {
  return Unary<v1::RequestIssueRequest, v1::IssueRequest>(
      edge_, "Periodicals/RequestIssue", Access::kWrite, context, request,
      response,
      [](const v1::RequestIssueRequest& r) {
        return auth::AtLibrary(kQueueStaff | auth::kDesk, r.library_id());
      },
      &ops::RequestIssue,
      [this](const v1::IssueRequest& r) { hub_.Publish(r); });
}

grpc::ServerUnaryReactor* PeriodicalsService::UpdateIssueRequest(
    grpc::CallbackServerContext* context,
    const v1::UpdateIssueRequestRequest* request, v1::IssueRequest* response) {
  return Unary<v1::UpdateIssueRequestRequest, v1::IssueRequest>(
      edge_, "Periodicals/UpdateIssueRequest", Access::kWrite, context, request,
      response,
      [](const v1::UpdateIssueRequestRequest& r) {
        return auth::AtLibrary(kQueueStaff, r.library_id());
      },
      &ops::UpdateIssueRequest,
      [this](const v1::IssueRequest& r) { hub_.Publish(r); });
}

grpc::ServerUnaryReactor* PeriodicalsService::ListIssueRequests(
    grpc::CallbackServerContext* context,
    const v1::ListIssueRequestsRequest* request,
    v1::ListIssueRequestsResponse* response) {
  return Unary<v1::ListIssueRequestsRequest, v1::ListIssueRequestsResponse>(
      edge_, "Periodicals/ListIssueRequests", Access::kRead, context, request,
      response,
      [](const v1::ListIssueRequestsRequest& r) {
        return auth::AtLibrary(kQueueStaff | auth::kDesk, r.library_id());
      },
      &ops::ListIssueRequests);
}

grpc::ServerWriteReactor<v1::QueueUpdate>*
PeriodicalsService::WatchRequestQueue(
    grpc::CallbackServerContext* context,
    const v1::WatchRequestQueueRequest* request) {
  return new QueueReactor(edge_, hub_, context, request->library_id());
}

}  // namespace kitap::service
