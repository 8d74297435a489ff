#include "server/stats/counter_hub.h"

#include <memory>
#include <utility>

#include "db/thread_name.h"
#include "server/core/convert.h"
#include "server/domain/civil_time.h"
#include "server/stats/report.h"

namespace kitap::stats {

int NationalYear(domain::Micros now) {
  return domain::LocalDate(now, kNationalTimeZone).year;
}

CounterHub::CounterHub(std::chrono::milliseconds period) : period_(period) {}

CounterHub::~CounterHub() { Stop(); }

void CounterHub::Start(Engine& engine) {
  engine_ = &engine;
  thread_ = std::thread([this] { Loop(); });
}

void CounterHub::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    for (Subscriber* s : subscribers_) s->OnStop();
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void CounterHub::Subscribe(Subscriber* subscriber) {
  std::lock_guard lock(mu_);
  subscribers_.insert(subscriber);
  if (stopping_) subscriber->OnStop();
}

void CounterHub::Unsubscribe(Subscriber* subscriber) {
  std::lock_guard lock(mu_);
  subscribers_.erase(subscriber);
}

void CounterHub::Read(ReadDone done) {
  uint64_t generation = generation_.fetch_add(1) + 1;
  auto counters = std::make_shared<v1::LiveCounters>();
  engine_->Read(
      [counters](OpContext& ctx) {
        counters->set_year(NationalYear(ctx.now));
        ToTimestamp(ctx.now, counters->mutable_as_of());
        return GetNationalFigures(ctx, counters->year(),
                                  counters->mutable_figures());
      },
      [counters, generation, done = std::move(done)](const Status& status) {
        done(status, generation, *counters);
      });
}

void CounterHub::Loop() {
  db::NameThisThread("kitap-counters");
  std::unique_lock lock(mu_);
  while (!cv_.wait_for(lock, period_, [this] { return stopping_; })) {
    if (subscribers_.empty() || reading_) continue;
    // A new year changes the figures without any write.
    bool new_year = NationalYear(engine_->clock().Now()) != last_year_;
    if (!dirty_.exchange(false) && !new_year) continue;
    reading_ = true;
    lock.unlock();  // the engine may call back at once on this thread
    Read([this](const Status& status, uint64_t generation,
                const v1::LiveCounters& counters) {
      Publish(status, generation, counters);
    });
    lock.lock();
  }
}

void CounterHub::Publish(const Status& status, uint64_t generation,
                         const v1::LiveCounters& counters) {
  std::lock_guard lock(mu_);
  reading_ = false;
  if (!status.ok()) {
    dirty_.store(true);  // try again at the next tick
    return;
  }
  last_year_ = counters.year();
  std::string figures = counters.figures().SerializeAsString();
  if (figures == last_figures_) return;
  last_figures_ = std::move(figures);
  for (Subscriber* s : subscribers_) s->OnCounters(generation, counters);
}

}  // namespace kitap::stats
