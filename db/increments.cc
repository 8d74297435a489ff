#include "db/increments.h"

#include "db/database.h"

namespace kitap::db {

Status Increments::Add(std::string_view upsert, std::vector<Value> key,
                       int64_t delta) {
  if (!deferred_) return Write(upsert, key, delta);
  staged_[Row(upsert, std::move(key))] += delta;
  return Status::Ok();
}

Status Increments::Write(std::string_view upsert, const std::vector<Value>& key,
                         int64_t delta) {
  Statement& st = db_->Prepare(upsert);
  int index = 1;
  for (const Value& value : key) {
    std::visit([&st, &index](const auto& v) { st.Bind(index++, v); }, value);
  }
  return st.Bind(index, delta).Run();
}

Status Increments::Flush() {
  for (Deltas* deltas : {&kept_, &staged_}) {
    for (const auto& [row, delta] : *deltas) {
      KITAP_RETURN_IF_ERROR(Write(row.first, row.second, delta));
    }
  }
  // The running piece's own increments are now rows of its savepoint: its
  // rollback takes them away with everything else it did.
  staged_.clear();
  Merge(kept_, &flushed_kept_);
  return Status::Ok();
}

void Increments::Merge(Deltas& from, Deltas* into) {
  for (auto& [row, delta] : from) (*into)[row] += delta;
  from.clear();
}

void Increments::Defer() { deferred_ = true; }

void Increments::Keep() {
  Merge(staged_, &kept_);
  flushed_kept_.clear();
}

void Increments::Drop() {
  staged_.clear();
  Merge(flushed_kept_, &kept_);
}

void Increments::Stop() {
  deferred_ = false;
  kept_.clear();
  staged_.clear();
  flushed_kept_.clear();
}

}  // namespace kitap::db
