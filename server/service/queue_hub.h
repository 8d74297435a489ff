// QueueHub: fans committed changes of periodical issue requests out to the
// live queues (WatchRequestQueue) of their library.
//
// Thread-safety: every method may be called from any thread. OnChange is
// called with the hub's lock held: it must only enqueue, never block.
#ifndef KITAP_SERVER_SERVICE_QUEUE_HUB_H_
#define KITAP_SERVER_SERVICE_QUEUE_HUB_H_

#include <cstdint>
#include <map>
#include <mutex>

#include "kitap/v1/periodicals.pb.h"

namespace kitap::service {

class QueueHub {
 public:
  class Subscriber {
   public:
    virtual ~Subscriber() = default;
    virtual void OnChange(const v1::IssueRequest& request) = 0;
  };

  void Subscribe(int64_t library_id, Subscriber* subscriber);
  // After this returns, `subscriber` gets no more calls.
  void Unsubscribe(int64_t library_id, Subscriber* subscriber);
  void Publish(const v1::IssueRequest& request);

 private:
  std::mutex mu_;
  std::multimap<int64_t, Subscriber*> subscribers_;  // guarded by mu_
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_QUEUE_HUB_H_
