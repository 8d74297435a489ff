// FuzzDb: the database the request and journal fuzzers run operations on.
// A real SQLite file in a temp dir, migrated like kitapd's, with a small
// country in it (two libraries, a record, items, patrons, an open loan, a
// periodical title and a request for one of its issues), made once per
// process through the operations themselves. Each input then runs in a
// transaction that is rolled back, so every input starts from the same state
// and the reset costs one ROLLBACK.
//
// Thread-safety: one thread (libFuzzer's) at a time.
#ifndef KITAP_FUZZ_FUZZ_DB_H_
#define KITAP_FUZZ_FUZZ_DB_H_

#include <functional>
#include <memory>

#include "db/database.h"
#include "server/auth/principal.h"
#include "server/core/engine.h"
#include "tests/temp_dir.h"

namespace kitap::fuzz {

// The time every operation runs at (2025-06-02 10:00 UTC).
inline constexpr domain::Micros kNow = 1748858400LL * 1000000;

class FuzzDb {
 public:
  // The process's database, made and seeded on first use; aborts when that
  // fails (a broken fuzzer must not look like a quiet one).
  static FuzzDb& Get();

  // Runs `op` as `principal` in a transaction and rolls it back.
  void RunAndRollBack(const auth::Principal& principal,
                      const std::function<void(OpContext&)>& op);

  // Principals the fuzzers act as: 0 national admin, 1 desk, 2 library
  // admin, 3 periodicals staff (all of the first library), 4 regional admin
  // of its region. `n` is taken modulo 5.
  static auth::Principal PrincipalFor(unsigned n);

 private:
  FuzzDb() = default;
  void Seed();

  test::TempDir dir_;
  domain::Policy policy_;
  std::unique_ptr<db::Database> db_;
};

}  // namespace kitap::fuzz

#endif  // KITAP_FUZZ_FUZZ_DB_H_
