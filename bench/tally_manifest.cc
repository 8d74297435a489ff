// Tally: turning the counts into the manifest, shaped like the report.
#include <algorithm>

#include "bench/regions.h"
#include "bench/tally.h"

namespace kitap::gen {
namespace {

void Set(const std::array<int64_t, 2>& pair, v1::Figure* figure) {
  figure->set_value(pair[0]);
  figure->set_previous(pair[1]);
}

void SetFigures(const Tally::Figures& f, v1::Figures* out) {
  Set(f[Tally::kLibraries], out->mutable_libraries());
  Set(f[Tally::kHoldings], out->mutable_holdings());
  Set(f[Tally::kLoans], out->mutable_loans());
  Set(f[Tally::kRenewals], out->mutable_renewals());
  Set(f[Tally::kRegistered], out->mutable_registered_users());
  Set(f[Tally::kActive], out->mutable_active_users());
  Set(f[Tally::kNewRegistrations], out->mutable_new_registrations());
  Set(f[Tally::kVisits], out->mutable_visits());
  Set(f[Tally::kRequests], out->mutable_periodical_requests());
  Set(f[Tally::kEvents], out->mutable_events());
  Set(f[Tally::kAttendance], out->mutable_event_attendance());
}

void AddTo(const Tally::Figures& from, Tally::Figures* to) {
  for (size_t f = 0; f < from.size(); ++f) {
    (*to)[f][0] += from[f][0];
    (*to)[f][1] += from[f][1];
  }
}

// The report's default age bands.
constexpr std::pair<int, int> kBands[] = {{0, 11},  {12, 18}, {17, 25},
                                          {26, 40}, {41, 60}, {61, 150}};

}  // namespace

bench::Manifest Tally::Manifest() const {
  bench::Manifest m;
  m.set_year(year_);
  v1::AnnualReport* national = m.mutable_national();
  national->set_year(year_);
  Figures total{};
  std::vector<Figures> regions(Regions().size(), Figures{});
  for (size_t l = 0; l < libraries_.size(); ++l) {
    AddTo(libraries_[l], &total);
    int r = RegionIndex(directory_[l].region_code);
    if (r >= 0) AddTo(libraries_[l], &regions[r]);
  }
  SetFigures(total, national->mutable_totals());
  for (size_t r = 0; r < regions.size(); ++r) {
    v1::RegionFigures* out = national->add_regions();
    out->set_region_code(Regions()[r].code);
    out->set_name_kk(Regions()[r].name_kk);
    out->set_name_ru(Regions()[r].name_ru);
    out->set_name_en(Regions()[r].name_en);
    SetFigures(regions[r], out->mutable_figures());
  }
  std::stable_sort(national->mutable_regions()->begin(),
                   national->mutable_regions()->end(),
                   [](const auto& a, const auto& b) {
                     return a.figures().registered_users().value() >
                            b.figures().registered_users().value();
                   });
  for (const auto& [subject, figures] : subjects_) {
    v1::SubjectFigures* s = national->add_subjects();
    s->set_subject(static_cast<v1::Subject>(subject));
    Set(figures[0], s->mutable_loans());
    Set(figures[1], s->mutable_renewals());
    Set(figures[2], s->mutable_holdings());
  }
  std::stable_sort(national->mutable_subjects()->begin(),
                   national->mutable_subjects()->end(),
                   [](const auto& a, const auto& b) {
                     return a.loans().value() > b.loans().value();
                   });
  if (national_library_ < 0) return m;
  v1::AnnualReport* nl = m.mutable_national_library();
  nl->set_year(year_);
  SetFigures(libraries_[national_library_], nl->mutable_totals());
  for (auto [lo, hi] : kBands) {
    v1::AgeBandFigures* band = nl->add_age_bands();
    band->mutable_band()->set_min_age(lo);
    band->mutable_band()->set_max_age(hi);
    int64_t visits = 0;
    for (const auto& [age, n] : national_visits_by_age_) {
      if (age >= lo && age <= hi) visits += n;
    }
    band->mutable_visits()->set_value(visits);
  }
  return m;
}

}  // namespace kitap::gen
