// The typed records and events kitap-gen produces, and the Sink that
// consumes them. The stream is: every Library, Record, Item, Patron and
// PeriodicalTitle (each kind after the kinds it refers to), then the year's
// events in the order they happened. Records refer to each other by index
// (0-based, in stream order within their kind), never by database id.
#ifndef KITAP_BENCH_RECORDS_H_
#define KITAP_BENCH_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/status.h"
#include "kitap/v1/common.pb.h"
#include "kitap/v1/events.pb.h"
#include "kitap/v1/periodicals.pb.h"
#include "server/domain/policy.h"
#include "server/domain/types.h"

namespace kitap::gen {

struct Library {
  int32_t index = 0;
  std::string name_kk, name_ru, name_en;
  std::string region_code;
  v1::LibraryType type = v1::LIBRARY_TYPE_UNSPECIFIED;
  int32_t parent = -1;  // index of its library system's head, or -1
  domain::CivilDate opened_on;
  domain::Calendar calendar;
};

struct Record {
  int64_t index = 0;
  std::string title;
  std::vector<std::string> authors;
  std::string isbn;
  std::string language;
  int year = 0;  // of publication
  v1::Subject subject = v1::SUBJECT_UNSPECIFIED;
};

struct Item {
  int64_t index = 0;
  std::string barcode;
  int64_t record = 0;
  int32_t library = 0;  // owner
  v1::LoanType loan_type = v1::LOAN_TYPE_UNSPECIFIED;
  domain::CivilDate acquired_on;
};

struct Patron {
  int64_t index = 0;
  std::string card_number;
  std::string full_name;
  domain::CivilDate birth_date;
  int32_t library = 0;  // home library
  v1::PatronCategory category = v1::PATRON_CATEGORY_UNSPECIFIED;
  domain::CivilDate registered_on;
  domain::CivilDate expires_on;
  domain::Micros registered_at = 0;  // when the desk registered the reader
};

struct PeriodicalTitle {
  int64_t index = 0;
  std::string title;
  std::string issn;
  v1::PeriodicalKind kind = v1::PERIODICAL_KIND_UNSPECIFIED;
  std::string language;
  int32_t library = 0;
};

// Where and when a year event happened; `day` is the local date of `at`.
struct When {
  int32_t library = 0;
  domain::Micros at = 0;
  domain::CivilDate day;
};

// A check-out at the item's own library. It carries its planned life so
// that a sink writing rows rather than calls can write the loan once: the
// due time it starts with and when it will be returned (nullopt: still
// out at the end of the year). Its renewals and return follow as events.
struct Loan {
  int64_t number = 0;  // 0, 1, ... in stream order
  When when;
  int64_t item = 0;
  int64_t patron = 0;
  int subject = 0;  // of the item's record
  domain::Micros due_at = 0;
  std::optional<domain::Micros> returned_at;
};

struct Renewal {
  int64_t loan = 0;  // Loan::number
  int index = 0;     // 0 for the first renewal of the loan, 1, ...
  When when;
  int64_t item = 0;
  int64_t patron = 0;
  int subject = 0;
  domain::Micros due_at = 0;  // the new due time
};

// A return at the lending library (the item becomes available there).
struct Return {
  int64_t loan = 0;
  When when;
  int64_t item = 0;
};

// A card scan at the entrance (`patron` >= 0, count 1) or an anonymous
// gate count of `count` people (`patron` -1).
struct Visit {
  int64_t number = 0;
  When when;
  int64_t patron = -1;
  int count = 1;
};

// A request for an issue in a reading room and what became of it by the
// end of the year: each later state with its time (delivered, then
// returned; or cancelled).
struct IssueRequest {
  int64_t number = 0;
  When when;
  int64_t patron = 0;
  int64_t title = 0;  // PeriodicalTitle index
  std::string issue;
  std::string reading_room;
  std::vector<std::pair<v1::IssueRequestState, domain::Micros>> updates;
};

struct LibraryEvent {
  int64_t number = 0;
  When when;
  std::string title;
  v1::EventKind kind = v1::EVENT_KIND_UNSPECIFIED;
  int attendance = 0;
};

// Consumes the stream. A failed Put stops the generator; Finish runs once
// after the last record and completes the sink's work.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual Status Put(const Library& library) = 0;
  virtual Status Put(const Record& record) = 0;
  virtual Status Put(const Item& item) = 0;
  virtual Status Put(const Patron& patron) = 0;
  virtual Status Put(const PeriodicalTitle& title) = 0;
  virtual Status Put(const Loan& loan) = 0;
  virtual Status Put(const Renewal& renewal) = 0;
  virtual Status Put(const Return& ret) = 0;
  virtual Status Put(const Visit& visit) = 0;
  virtual Status Put(const IssueRequest& request) = 0;
  virtual Status Put(const LibraryEvent& event) = 0;
  virtual Status Finish() = 0;
};

// Puts `record` to each of `sinks` in turn; stops at the first failure.
template <class R>
Status PutAll(const std::vector<Sink*>& sinks, const R& record) {
  for (Sink* sink : sinks) KITAP_RETURN_IF_ERROR(sink->Put(record));
  return Status::Ok();
}

}  // namespace kitap::gen

#endif  // KITAP_BENCH_RECORDS_H_
