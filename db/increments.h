// Increments: additive updates of counter rows ("add delta to the row with
// this key") that a write batch collects in memory and writes once per row
// just before its COMMIT. Many pieces of one batch touch the same counters
// (the national roll-ups, a busy library's totals); collected, each such row
// is written once per transaction instead of once per piece.
//
// Outside a batch (the Writer's), Add writes at once: tools and tests that
// use a Database directly see every increment immediately.
//
// Contract with the Writer (all calls on its thread, inside its
// transaction): Defer() when the batch begins; after each piece Keep() if
// its SAVEPOINT was released or Drop() if it was rolled back; Flush() before
// COMMIT; Stop() when the batch is over, committed or not.
#ifndef KITAP_DB_INCREMENTS_H_
#define KITAP_DB_INCREMENTS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "db/status.h"

namespace kitap::db {

class Database;

class Increments {
 public:
  using Value = std::variant<int64_t, std::string>;

  explicit Increments(Database* db) : db_(db) {}

  // Adds `delta` to the row `key` names. `upsert` is an INSERT ... ON
  // CONFLICT DO UPDATE whose parameters are the key's values in order and
  // then the delta, which it adds to the row. REQUIRES: `upsert` has static
  // storage duration (a literal): it is kept by reference until the flush.
  Status Add(std::string_view upsert, std::vector<Value> key, int64_t delta);

  // Writes every collected increment now, in the current transaction. A
  // piece that reads the rows it counts (a recount) calls this first; the
  // Writer calls it before COMMIT.
  Status Flush();

  void Defer();
  void Keep();
  void Drop();
  void Stop();

 private:
  // One counter row: its upsert and key.
  using Row = std::pair<std::string_view, std::vector<Value>>;
  using Deltas = std::map<Row, int64_t>;

  static void Merge(Deltas& from, Deltas* into);
  Status Write(std::string_view upsert, const std::vector<Value>& key,
               int64_t delta);

  Database* db_;
  bool deferred_ = false;
  Deltas kept_;    // of the batch's released pieces
  Deltas staged_;  // of the running piece
  // Kept increments that a Flush() inside the running piece wrote: the
  // piece's rollback undoes those writes, so Drop() takes them back.
  Deltas flushed_kept_;
};

}  // namespace kitap::db

#endif  // KITAP_DB_INCREMENTS_H_
