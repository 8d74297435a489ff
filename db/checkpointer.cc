#include "db/checkpointer.h"

#include <sqlite3.h>

#include <utility>

namespace kitap::db {

Status Checkpointer::Start(Database& writer, const OpenOptions& options,
                           int pages, std::unique_ptr<Checkpointer>* out) {
  std::unique_ptr<Database> own;
  KITAP_RETURN_IF_ERROR(Database::Open(writer.path(), options, &own));
  out->reset(new Checkpointer(writer, std::move(own), pages));
  return Status::Ok();
}

Checkpointer::Checkpointer(Database& writer, std::unique_ptr<Database> own,
                           int pages)
    : writer_(writer), own_(std::move(own)), pages_(pages) {
  thread_ = std::thread([this] { Loop(); });
  sqlite3_wal_hook(writer_.handle(), &Checkpointer::OnCommit, this);
}

Checkpointer::~Checkpointer() {
  // Back to SQLite's own checkpoints before this object goes away.
  sqlite3_wal_autocheckpoint(writer_.handle(), 1000);
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_one();
  thread_.join();
}

// Runs on the writer's thread after each commit: must not block.
int Checkpointer::OnCommit(void* self, sqlite3*, const char*, int pages) {
  auto* c = static_cast<Checkpointer*>(self);
  if (pages < c->pages_) return SQLITE_OK;
  {
    std::lock_guard lock(c->mu_);
    c->wanted_ = true;
  }
  c->cv_.notify_one();
  return SQLITE_OK;
}

void Checkpointer::Loop() {
  for (;;) {
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || wanted_; });
      if (stopping_) return;
      wanted_ = false;
    }
    int rc = sqlite3_wal_checkpoint_v2(
        own_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    (rc == SQLITE_OK ? stats_.checkpoints : stats_.failures)
        .fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace kitap::db
