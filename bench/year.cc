#include "bench/year.h"

#include <algorithm>

#include "bench/days.h"
#include "bench/names.h"
#include "server/domain/civil_time.h"

namespace kitap::gen {
namespace {

constexpr uint16_t kNever = 0xFFFF;
constexpr int64_t kMaxGateCount = 100000;  // the API's limit per count

}  // namespace

YearSimulator::YearSimulator(const World& world, std::vector<Sink*> sinks)
    : world_(world),
      sinks_(std::move(sinks)),
      first_day_(FirstDay(world.options().year)),
      last_day_(LastDay(world.options().year)),
      rng_(world.options().seed, kStreamYear),
      subjects_(SubjectLoanWeights()),
      item_free_(world.item_count(), 0),
      open_loans_(world.patron_count(), 0),
      later_(days()) {
  for (const Library& l : world.libraries()) {
    age_mixes_.emplace_back(AgeMix(l.type));
  }
}

Status YearSimulator::Run(const std::function<void(int, int64_t)>& on_day) {
  DealTotals();
  int64_t events = 0;
  for (int32_t d = first_day_; d <= last_day_; ++d) {
    Day day;
    day.pending.swap(later_[d - first_day_]);
    for (const Library& l : world_.libraries()) Simulate(l.index, d, &day);
    KITAP_RETURN_IF_ERROR(Emit(day, &events));
    on_day(d - first_day_ + 1, events);
  }
  for (const Desk& desk : desks_) {
    unplaced_ += desk.loans.deferred() + desk.visits.deferred() +
                 desk.requests.deferred();
  }
  return Status::Ok();
}

void YearSimulator::DealTotals() {
  const Targets& t = world_.targets();
  std::vector<double> loans, visits, requests, events;
  for (const Library& l : world_.libraries()) {
    const LibrarySlice& s = world_.slice(l.index);
    const TypeModel& m = ModelOf(l.type);
    double readers = s.continuing + 0.5 * s.fresh;
    loans.push_back(readers * m.loans);
    visits.push_back(readers * m.visits);
    bool other = s.titles > 0 && l.type != v1::LIBRARY_TYPE_NATIONAL;
    requests.push_back(other ? readers : 0);
    events.push_back(m.events);
  }
  auto loan_n = Apportion(t.loans, loans);
  auto visit_n = Apportion(t.patron_visits, visits);
  auto gate_n = Apportion(t.gate_visits, visits);
  auto request_n = Apportion(t.other_requests, requests);
  auto event_n = Apportion(t.events, events);
  for (const Library& l : world_.libraries()) {
    if (l.type == v1::LIBRARY_TYPE_NATIONAL) {
      request_n[l.index] += t.national_library_requests;
    }
    // The same weights, summed in the same order, as Simulate() deals by.
    double by_readers = 0, flat = 0;
    for (int32_t d = first_day_; d <= last_day_; ++d) {
      domain::CivilDate date = FromDayNumber(d);
      if (!l.calendar.IsOpen(date)) continue;
      double season = SeasonWeight(date);
      by_readers += season * world_.EligibleCount(l.index, d);
      flat += season;
    }
    int i = l.index;
    desks_.push_back({Dealer(loan_n[i], by_readers),
                      Dealer(visit_n[i], by_readers), Dealer(gate_n[i], flat),
                      Dealer(request_n[i], by_readers),
                      Dealer(event_n[i], flat)});
  }
}

void YearSimulator::Simulate(int32_t library, int32_t day, Day* out) {
  const Library& l = world_.libraries()[library];
  domain::CivilDate date = FromDayNumber(day);
  if (!l.calendar.IsOpen(date)) return;
  double season = SeasonWeight(date);
  double by_readers = season * world_.EligibleCount(library, day);
  Desk& desk = desks_[library];
  When when{library, 0, date};
  AddLoans(library, when, desk.loans.Next(by_readers), out);
  AddVisits(library, when, desk.visits.Next(by_readers), out);
  AddGateCount(library, when, desk.gates.Next(season), out);
  AddRequests(library, when, desk.requests.Next(by_readers), out);
  AddEvents(library, when, desk.events.Next(season), out);
}

When YearSimulator::At(int32_t library, int32_t day) {
  domain::CivilDate date = FromDayNumber(day);
  int seconds = kOpensAt + static_cast<int>(rng_.Below(kClosesAt - kOpensAt));
  return {library, LocalInstant(date, seconds), date};
}

void YearSimulator::AddLoans(int32_t library, const When& when, int64_t n,
                             Day* out) {
  const Library& l = world_.libraries()[library];
  const LibrarySlice& slice = world_.slice(library);
  int32_t day = ToDayNumber(when.day);
  for (int64_t k = 0; k < n; ++k) {
    int subject = subjects_.Pick(&desks_[library].subject_position);
    int32_t patron = PickPatron(library, day, -1, true);
    int64_t item = patron < 0 ? -1 : PickItem(library, subject, day);
    if (item < 0) return desks_[library].loans.Defer(n - k);
    auto start = std::upper_bound(slice.subject_start.begin(),
                                  slice.subject_start.end(), item);
    PlannedLoan loan;
    loan.when = At(library, day);
    loan.item = item;
    loan.patron = patron;
    loan.subject = static_cast<int>(start - slice.subject_start.begin() - 1);
    loan.plan = PlanLoan(l.calendar, world_.ItemLoanType(item, library), day,
                         last_day_, rng_);
    item_free_[item] =
        loan.plan.return_day
            ? static_cast<uint16_t>(*loan.plan.return_day - first_day_ + 1)
            : kNever;
    ++open_loans_[patron];
    out->loans.push_back(std::move(loan));
  }
}

void YearSimulator::AddVisits(int32_t library, const When& when, int64_t n,
                              Day* out) {
  int32_t day = ToDayNumber(when.day);
  for (int64_t k = 0; k < n; ++k) {
    int group = age_mixes_[library].Pick(&desks_[library].group_position);
    int32_t patron = PickPatron(library, day, group, false);
    if (patron < 0) return desks_[library].visits.Defer(n - k);
    Visit visit;
    visit.when = At(library, day);
    visit.patron = patron;
    out->visits.push_back(visit);
  }
}

void YearSimulator::AddGateCount(int32_t library, const When& when, int64_t n,
                                 Day* out) {
  for (; n > 0; n -= kMaxGateCount) {
    Visit visit;
    visit.when = At(library, ToDayNumber(when.day));
    visit.count = static_cast<int>(std::min(n, kMaxGateCount));
    out->visits.push_back(visit);
  }
}

void YearSimulator::AddRequests(int32_t library, const When& when, int64_t n,
                                Day* out) {
  const LibrarySlice& slice = world_.slice(library);
  int32_t day = ToDayNumber(when.day);
  for (int64_t k = 0; k < n; ++k) {
    int32_t patron = PickPatron(library, day, -1, false);
    if (patron < 0) return desks_[library].requests.Defer(n - k);
    IssueRequest r;
    r.when = At(library, day);
    r.patron = patron;
    r.title =
        slice.first_title +
        static_cast<int64_t>(rng_.Below(static_cast<uint64_t>(slice.titles)));
    const PeriodicalTitle& title = world_.titles()[r.title];
    if (title.kind == v1::PERIODICAL_KIND_NEWSPAPER) {
      r.issue = domain::FormatDate(
          FromDayNumber(day - static_cast<int32_t>(rng_.Below(60))));
    } else {
      r.issue = "No. " + std::to_string(1 + rng_.Below(12)) + ", " +
                std::to_string(when.day.year - static_cast<int>(rng_.Below(3)));
    }
    r.reading_room = kReadingRoom;
    domain::Micros next =
        r.when.at + rng_.Between(300, 1800) * domain::kMicrosPerSecond;
    if (rng_.Chance(0.03)) {
      r.updates.push_back({v1::ISSUE_REQUEST_STATE_CANCELLED, next});
    } else {
      r.updates.push_back({v1::ISSUE_REQUEST_STATE_DELIVERED, next});
      next += rng_.Between(1800, 7200) * domain::kMicrosPerSecond;
      r.updates.push_back({v1::ISSUE_REQUEST_STATE_RETURNED, next});
    }
    out->requests.push_back(std::move(r));
  }
}

void YearSimulator::AddEvents(int32_t library, const When& when, int64_t n,
                              Day* out) {
  v1::LibraryType type = world_.libraries()[library].type;
  bool big = type == v1::LIBRARY_TYPE_NATIONAL ||
             type == v1::LIBRARY_TYPE_ACADEMIC ||
             type == v1::LIBRARY_TYPE_REGIONAL;
  for (int64_t k = 0; k < n; ++k) {
    EventText text = LibraryEventText(rng_.Next());
    LibraryEvent e;
    e.when = At(library, ToDayNumber(when.day));
    e.title = text.title;
    e.kind = text.kind;
    e.attendance =
        static_cast<int>(big ? rng_.Between(30, 300) : rng_.Between(8, 60));
    out->events.push_back(std::move(e));
  }
}

}  // namespace kitap::gen
