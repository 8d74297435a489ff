#include "db/read_pool.h"

#include <utility>

#include "db/thread_name.h"

namespace kitap::db {

ReadPool::ReadPool(const std::string& path, int threads, size_t max_queue)
    : max_queue_(max_queue) {
  OpenOptions options;
  options.mode = Mode::kReadOnly;
  for (int i = 0; i < threads; ++i) {
    std::unique_ptr<Database> db;
    status_ = Database::Open(path, options, &db);
    if (!status_.ok()) return;
    connections_.push_back(std::move(db));
  }
  for (auto& db : connections_) {
    threads_.emplace_back([this, raw = db.get()] { Loop(raw); });
  }
}

ReadPool::~ReadPool() { Stop(); }

void ReadPool::Submit(Work work) {
  {
    std::lock_guard lock(mu_);
    if (!stopping_ && !threads_.empty() && queue_.size() < max_queue_) {
      queue_.push_back(std::move(work));
      cv_.notify_one();
      return;
    }
  }
  work(nullptr, stopping_ ? Status::Unavailable("SHUTTING_DOWN",
                                                "the server is shutting down")
                          : Status::ResourceExhausted(
                                "READ_QUEUE_FULL",
                                "too many reads are waiting; retry shortly"));
}

void ReadPool::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
}

void ReadPool::Loop(Database* db) {
  NameThisThread("kitap-reader");
  for (;;) {
    Work work;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      work = std::move(queue_.front());
      queue_.pop_front();
    }
    work(db, Status::Ok());
  }
}

}  // namespace kitap::db
