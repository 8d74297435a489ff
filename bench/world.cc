#include "bench/world.h"

#include <algorithm>

#include "bench/apportion.h"
#include "bench/days.h"
#include "bench/names.h"
#include "bench/rng.h"

namespace kitap::gen {
namespace {

// Periodical titles held: the National Library's big run, the academic
// library's, and a few in each regional library.
int64_t TitlesOf(v1::LibraryType type, double scale) {
  switch (type) {
    case v1::LIBRARY_TYPE_NATIONAL:
      return std::max<int64_t>(5, Scaled(600, scale));
    case v1::LIBRARY_TYPE_ACADEMIC:
      return std::max<int64_t>(2, Scaled(200, scale));
    case v1::LIBRARY_TYPE_REGIONAL:
      return std::max<int64_t>(1, Scaled(60, scale));
    default:
      return 0;
  }
}

// Bits of an item's hash: which record, which loan type, when acquired.
uint64_t ItemHash(uint64_t seed, int64_t index) {
  return Hash(seed, kStreamItem, static_cast<uint64_t>(index));
}

double Fraction(uint64_t bits) {
  return static_cast<double>(bits % 1000003) / 1000003.0;
}

}  // namespace

World::World(const Options& options)
    : options_(options), targets_(TargetsFor(options.scale)) {
  libraries_ = MakeLibraries(targets_, options.seed, options.year);
  slices_.resize(libraries_.size());
  LayOutItems();
  patrons_ = MakePatrons(targets_, libraries_, options_, &slices_);
  AddTitles();
}

void World::LayOutItems() {
  auto records = Apportion(targets_.records, SubjectHoldingWeights());
  for (int s = 0; s < kSubjects; ++s) {
    record_start_[s + 1] = record_start_[s] + records[s];
  }
  std::vector<double> weights;
  for (const Library& l : libraries_) {
    weights.push_back(ModelOf(l.type).holdings);
  }
  auto items = Apportion(targets_.items, weights);
  int64_t next = 0;
  for (size_t l = 0; l < libraries_.size(); ++l) {
    LibrarySlice& slice = slices_[l];
    auto by_subject = Apportion(items[l], SubjectHoldingWeights());
    for (int s = 0; s < kSubjects; ++s) {
      slice.subject_start[s] = next;
      next += by_subject[s];
    }
    slice.subject_start[kSubjects] = next;
  }
}

void World::AddTitles() {
  for (const Library& l : libraries_) {
    LibrarySlice& slice = slices_[l.index];
    slice.first_title = static_cast<int64_t>(titles_.size());
    slice.titles = TitlesOf(l.type, options_.scale);
    for (int64_t k = 0; k < slice.titles; ++k) {
      PeriodicalText text = Periodical(k);
      PeriodicalTitle t;
      t.index = static_cast<int64_t>(titles_.size());
      t.title = text.title;
      t.issn = Issn(t.index);
      t.kind = text.kind;
      t.language = text.language;
      t.library = l.index;
      titles_.push_back(t);
    }
  }
}

Record World::RecordAt(int64_t index) const {
  auto it = std::upper_bound(record_start_.begin(), record_start_.end(), index);
  auto subject = static_cast<v1::Subject>(it - record_start_.begin() - 1);
  uint64_t hash = Hash(options_.seed, kStreamRecord, index);
  BookText book = Book(subject, hash);
  Record r;
  r.index = index;
  r.title = book.title;
  r.authors = {book.author};
  r.isbn = Isbn13(index);
  r.language = book.language;
  r.year = options_.year - static_cast<int>((hash >> 24) % 60);
  r.subject = subject;
  return r;
}

int64_t World::item_count() const {
  return slices_.empty() ? 0 : slices_.back().subject_start[kSubjects];
}

Item World::ItemAt(int64_t index, int32_t library, int subject) const {
  uint64_t hash = ItemHash(options_.seed, index);
  int64_t records = record_start_[subject + 1] - record_start_[subject];
  Item item;
  item.index = index;
  item.barcode = Barcode(index);
  item.record = record_start_[subject] +
                static_cast<int64_t>(hash % static_cast<uint64_t>(records));
  item.library = library;
  item.loan_type = ItemLoanType(index, library);
  item.acquired_on = FromDayNumber(ItemAcquiredDay(index));
  return item;
}

v1::LoanType World::ItemLoanType(int64_t index, int32_t library) const {
  const TypeModel& model = ModelOf(libraries_[library].type);
  double u = Fraction(ItemHash(options_.seed, index) >> 20);
  if (u < model.reading_room) return v1::LOAN_TYPE_READING_ROOM;
  if (u < model.reading_room + model.short_loan) return v1::LOAN_TYPE_SHORT;
  return v1::LOAN_TYPE_NORMAL;
}

// A share kAcquiredInYear came in the year, as much the year before, the
// rest over the 45 years before that.
int32_t World::ItemAcquiredDay(int64_t index) const {
  uint64_t hash = ItemHash(options_.seed, index);
  double u = Fraction(hash >> 40);
  int year = options_.year;
  if (u >= 2 * kAcquiredInYear) {
    year -= 2 + static_cast<int>((hash >> 8) % 45);
  } else if (u >= kAcquiredInYear) {
    year -= 1;
  }
  int32_t days = LastDay(year) - FirstDay(year) + 1;
  return FirstDay(year) + static_cast<int32_t>((hash >> 50) % days);
}

Patron World::PatronAt(int64_t index) const {
  const PatronCore& core = patrons_[index];
  Patron p;
  p.index = index;
  p.card_number = CardNumber(index);
  p.full_name = PersonName(Hash(options_.seed, kStreamPatron, ~index));
  p.birth_date = FromDayNumber(core.birth);
  p.library = core.library;
  p.category = static_cast<v1::PatronCategory>(core.category);
  p.registered_on = FromDayNumber(core.registered);
  int expires_year =
      core.cohort == Cohort::kLapsed ? options_.year - 1 : options_.year;
  p.expires_on = {expires_year, 12, 31};
  int seconds = kOpensAt + static_cast<int>(index % (kClosesAt - kOpensAt));
  p.registered_at = LocalInstant(p.registered_on, seconds);
  return p;
}

int32_t World::EligibleCount(int32_t library, int32_t day) const {
  const LibrarySlice& s = slices_[library];
  auto fresh = std::upper_bound(s.fresh_days.begin(), s.fresh_days.end(), day) -
               s.fresh_days.begin();
  return s.continuing + static_cast<int32_t>(fresh);
}

}  // namespace kitap::gen
