// Concurrent unary calls through gRPC's callback API, so that loading over
// the network is not bound by one round trip at a time. A CallWindow keeps
// at most `limit` jobs in flight; a job is one call, or a chain of calls
// each started from the callback of the one before, and holds its slot
// from Begin() to End().
#ifndef KITAP_BENCH_CALL_WINDOW_H_
#define KITAP_BENCH_CALL_WINDOW_H_

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <utility>

#include "db/status.h"

namespace kitap::gen {

// A finished call's status as a kitap Status, with the server's reason
// from the trailing metadata.
Status FromGrpc(const grpc::ClientContext& context, const grpc::Status& status);

class CallWindow {
 public:
  explicit CallWindow(int limit) : limit_(limit) {}

  // Blocks while `limit` jobs are in flight, then takes a slot.
  void Begin();
  // Frees a job's slot, keeping the first failure. Any thread.
  void End(const Status& status);
  // Waits until no job is in flight; returns the first failure so far.
  Status Drain();

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  const int limit_;
  int in_flight_ = 0;   // guarded by mutex_
  Status first_error_;  // guarded by mutex_
};

inline constexpr std::chrono::seconds kCallDeadline{120};

// Sends "authorization: Bearer `token`" with a call (nothing when empty).
void Authorize(const std::string& token, grpc::ClientContext* context);

// Starts one call with `token`: `invoke(context, request, response, done)`
// must start it on a stub's async() interface. `then(status, response)`
// runs on a gRPC thread when it ends and must not block.
template <class Response, class Request, class Invoke, class Then>
void StartCall(const std::string& token, Invoke invoke, Request request,
               Then then) {
  struct Call {
    grpc::ClientContext context;
    Request request;
    Response response;
  };
  auto* call = new Call;
  call->request = std::move(request);
  call->context.set_deadline(std::chrono::system_clock::now() + kCallDeadline);
  Authorize(token, &call->context);
  invoke(&call->context, &call->request, &call->response,
         [call, then = std::move(then)](grpc::Status status) mutable {
           // The call is gone before `then` runs: after the last `then`,
           // its owner may tear the stubs and channels down.
           const Status outcome = FromGrpc(call->context, status);
           const Response response = std::move(call->response);
           delete call;
           then(outcome, response);
         });
}

}  // namespace kitap::gen

#endif  // KITAP_BENCH_CALL_WINDOW_H_
