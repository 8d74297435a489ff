#include "server/service/queue_hub.h"

namespace kitap::service {

void QueueHub::Subscribe(int64_t library_id, Subscriber* subscriber) {
  std::lock_guard lock(mu_);
  subscribers_.emplace(library_id, subscriber);
}

void QueueHub::Unsubscribe(int64_t library_id, Subscriber* subscriber) {
  std::lock_guard lock(mu_);
  auto [begin, end] = subscribers_.equal_range(library_id);
  for (auto it = begin; it != end; ++it) {
    if (it->second == subscriber) {
      subscribers_.erase(it);
      return;
    }
  }
}

void QueueHub::Publish(const v1::IssueRequest& request) {
  std::lock_guard lock(mu_);
  auto [begin, end] = subscribers_.equal_range(request.library_id());
  for (auto it = begin; it != end; ++it) it->second->OnChange(request);
}

}  // namespace kitap::service
