// Fuzzes the offline journal (Circulation/SubmitJournal) through the path
// kitapd takes (service/circulation_service.cc, ops/journal_ops.h), on a
// real migrated SQLite database (fuzz_db.h). An input is
//
//   byte 0     who sends the journal: FuzzDb::PrincipalFor
//   the rest   the stream's entries: a series of protobuf fields numbered
//              1, each a JournalEntry (the wire format of a message
//              `repeated JournalEntry entries = 1;`, fuzz/seeds/journal.proto)
//
// Like the service, it refuses the whole stream past kMaxJournalEntries or
// when one entry is of a library the principal may not act for, then
// applies the entries in occurred_at order, each in a savepoint of its own
// (as the writer runs each piece of a batch) with its audit entry. An entry
// that does not decode ends the stream, as a broken gRPC message does.
#include <google/protobuf/io/coded_stream.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz/fuzz_db.h"
#include "kitap/v1/circulation.pb.h"
#include "server/ops/journal_ops.h"
#include "server/service/circulation_service.h"
#include "server/service/edge.h"

namespace kitap::fuzz {
namespace {

using google::protobuf::io::CodedInputStream;

constexpr auth::Roles kStaff = auth::kDesk | auth::kLibraryAdmin;

// The entries of `data`; false when one does not decode or the stream is
// too long.
bool ReadEntries(const uint8_t* data, size_t size,
                 std::vector<v1::JournalEntry>* entries) {
  CodedInputStream in(data, static_cast<int>(size));
  while (uint32_t tag = in.ReadTag()) {
    uint32_t length = 0;
    if (tag != ((1 << 3) | 2) || !in.ReadVarint32(&length)) return false;
    if (entries->size() == service::kMaxJournalEntries) return false;
    CodedInputStream::Limit limit = in.PushLimit(static_cast<int>(length));
    v1::JournalEntry& entry = entries->emplace_back();
    if (!entry.ParseFromCodedStream(&in) || !in.ConsumedEntireMessage()) {
      return false;
    }
    in.PopLimit(limit);
  }
  return in.ConsumedEntireMessage();
}

Status ApplyInSavepoint(OpContext& ctx, const v1::JournalEntry& entry) {
  KITAP_RETURN_IF_ERROR(ctx.db.Exec("SAVEPOINT piece"));
  v1::JournalResult result;
  Status s = ops::ApplyJournalEntry(ctx, entry, &result);
  service::CallInfo call{"Circulation/SubmitJournal", entry.request_id(),
                         "fuzz"};
  if (s.ok()) s = service::AppendAudit(ctx, *ctx.principal, call, s);
  if (!ctx.db.InTransaction()) return s;
  if (!s.ok()) ctx.db.Exec("ROLLBACK TO piece");
  Status released = ctx.db.Exec("RELEASE piece");
  return s.ok() ? released : s;
}

void Replay(OpContext& ctx, std::vector<v1::JournalEntry>& entries) {
  for (const v1::JournalEntry& entry : entries) {
    auth::Rule rule = auth::AtLibrary(kStaff, ops::JournalEntryLibrary(entry));
    if (!auth::Authorize(*ctx.principal, rule).ok()) return;
  }
  ops::SortForReplay(&entries);
  for (const v1::JournalEntry& entry : entries) {
    if (!ctx.db.InTransaction()) return;
    ApplyInSavepoint(ctx, entry);
  }
}

}  // namespace
}  // namespace kitap::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using kitap::fuzz::FuzzDb;
  if (size < 1) return 0;
  std::vector<kitap::v1::JournalEntry> entries;
  if (!kitap::fuzz::ReadEntries(data + 1, size - 1, &entries)) return 0;
  FuzzDb::Get().RunAndRollBack(
      FuzzDb::PrincipalFor(data[0]),
      [&](kitap::OpContext& ctx) { kitap::fuzz::Replay(ctx, entries); });
  return 0;
}
