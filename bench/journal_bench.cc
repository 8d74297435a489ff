#include "bench/journal_bench.h"

#include <chrono>
#include <mutex>
#include <thread>

#include "bench/call_window.h"
#include "kitap/v1/circulation.grpc.pb.h"
#include "server/core/convert.h"

namespace kitap::bench {
namespace {

constexpr size_t kItemsPerJournal = 64;
constexpr domain::Micros kStep = 10;  // between entries' occurred_at

domain::Micros NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The journal of one desk: entry j happens at `start` + j * kStep.
std::vector<v1::JournalEntry> Entries(const DeskSetup& desk,
                                      const std::vector<std::string>& items,
                                      int count, domain::Micros start,
                                      const std::string& prefix) {
  std::vector<v1::JournalEntry> out(count);
  for (int j = 0; j < count; ++j) {
    int group = j / 5;
    const std::string& card = desk.cards[group % desk.cards.size()];
    const std::string& item = items[(2 * group + (j % 5) % 2) % items.size()];
    v1::JournalEntry& e = out[j];
    e.set_request_id(prefix + std::to_string(j));
    ToTimestamp(start + j * kStep, e.mutable_occurred_at());
    switch (j % 5) {
      case 0:
      case 1:
        e.mutable_check_out()->set_library_id(desk.library_id);
        e.mutable_check_out()->set_card_number(card);
        e.mutable_check_out()->set_item_barcode(item);
        break;
      case 2:
      case 3:
        e.mutable_check_in()->set_library_id(desk.library_id);
        e.mutable_check_in()->set_item_barcode(item);
        break;
      default:
        e.mutable_visit()->set_library_id(desk.library_id);
        e.mutable_visit()->set_card_number(card);
    }
  }
  return out;
}

// Sends one journal and reads its results into *summary (under *mutex).
void Replay(v1::Circulation::Stub* stub, const std::string& token,
            const std::vector<v1::JournalEntry>& entries, std::mutex* mutex,
            JournalSummary* summary) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::minutes(10));
  gen::Authorize(token, &context);
  auto stream = stub->SubmitJournal(&context);
  std::thread writer([&] {
    for (const auto& e : entries) {
      if (!stream->Write(e)) break;
    }
    stream->WritesDone();
  });
  v1::JournalResult result;
  std::map<std::string, int64_t> outcomes;
  int64_t answered = 0;
  while (stream->Read(&result)) {
    ++answered;
    ++outcomes[v1::JournalOutcome_Name(result.outcome())];
  }
  writer.join();
  Status status = gen::FromGrpc(context, stream->Finish());
  std::lock_guard lock(*mutex);
  summary->entries += answered;
  for (const auto& [name, n] : outcomes) {
    if (name == "JOURNAL_OUTCOME_APPLIED") {
      summary->applied += n;
    } else {
      summary->errors[name] += n;
    }
  }
  if (!status.ok()) ++summary->errors["stream " + status.ToString()];
}

}  // namespace

JournalSummary RunJournal(
    const std::vector<std::shared_ptr<grpc::Channel>>& channels,
    std::vector<std::unique_ptr<Desk>>* desks, int entries,
    const std::string& tag) {
  std::vector<std::unique_ptr<v1::Circulation::Stub>> stubs;
  for (const auto& c : channels) stubs.push_back(v1::Circulation::NewStub(c));
  const domain::Micros start = NowMicros() + 1000;
  std::vector<std::vector<std::string>> items;
  std::vector<std::vector<v1::JournalEntry>> journals;
  for (size_t d = 0; d < desks->size(); ++d) {
    Desk& desk = *(*desks)[d];
    items.push_back(desk.Take(kItemsPerJournal));
    if (items.back().size() < 2) {  // all lent out: this desk sits it out
      journals.emplace_back();
      continue;
    }
    journals.push_back(Entries(desk.setup(), items.back(), entries, start,
                               tag + "-j" + std::to_string(d) + "-"));
  }
  JournalSummary summary;
  std::mutex mutex;
  auto begin = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (size_t d = 0; d < desks->size(); ++d) {
    if (journals[d].empty()) continue;
    ++summary.streams;
    threads.emplace_back(Replay, stubs[d % stubs.size()].get(),
                         (*desks)[d]->setup().token, std::cref(journals[d]),
                         &mutex, &summary);
  }
  for (auto& t : threads) t.join();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin)
          .count();
  summary.per_second = summary.applied / summary.seconds;
  for (size_t d = 0; d < desks->size(); ++d) (*desks)[d]->Give(items[d]);
  // Later phases act at "now": let the journal's last entry lie in the past.
  domain::Micros last = start + entries * kStep;
  if (NowMicros() <= last) {
    std::this_thread::sleep_for(
        std::chrono::microseconds(last - NowMicros() + 1000));
  }
  return summary;
}

}  // namespace kitap::bench
