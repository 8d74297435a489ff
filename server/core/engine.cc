#include "server/core/engine.h"

#include <utility>

#include "db/migrations.h"

namespace kitap {

Engine::Engine(EngineOptions options)
    : options_(std::move(options)),
      clock_(options_.clock ? options_.clock : &system_clock_) {}

Engine::~Engine() { Stop(); }

Status Engine::Open(const EngineOptions& options,
                    std::unique_ptr<Engine>* out) {
  std::unique_ptr<Engine> engine(new Engine(options));
  db::OpenOptions open;
  open.synchronous = options.synchronous;
  db::OpenOptions write = open;
  write.gather_wal_writes = true;
  std::unique_ptr<db::Database> db;
  KITAP_RETURN_IF_ERROR(db::Database::Open(options.db_path, write, &db));
  KITAP_RETURN_IF_ERROR(db::Migrate(*db));
  engine->readers_ =
      std::make_unique<db::ReadPool>(options.db_path, options.read_threads);
  KITAP_RETURN_IF_ERROR(engine->readers_->status());
  // Last before the writer takes the connection: nothing can fail after it
  // while `db` is still a local.
  KITAP_RETURN_IF_ERROR(db::Checkpointer::Start(
      *db, open, options.checkpoint_pages, &engine->checkpointer_));
  db::WriterOptions writer;
  writer.max_batch = options.max_batch;
  writer.on_batch = options.on_batch;
  engine->writer_ = std::make_unique<db::Writer>(std::move(db), writer);
  *out = std::move(engine);
  return Status::Ok();
}

void Engine::Write(Op op, Done done) {
  writer_->Submit(
      [this, op = std::move(op)](db::Database& db) {
        OpContext ctx{db, options_.policy, clock_->Now()};
        return op(ctx);
      },
      std::move(done));
}

void Engine::Read(Op op, Done done) {
  readers_->Submit([this, op = std::move(op), done = std::move(done)](
                       db::Database* db, const Status& status) {
    if (!status.ok()) return done(status);
    OpContext ctx{*db, options_.policy, clock_->Now()};
    // A read runs in one transaction so it sees one consistent snapshot.
    Status s = db->Exec("BEGIN");
    if (s.ok()) s = op(ctx);
    db->Exec("COMMIT");
    done(s);
  });
}

void Engine::Stop() {
  if (writer_) writer_->Stop();
  checkpointer_.reset();
  if (readers_) readers_->Stop();
}

}  // namespace kitap
