#include "server/stats/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "server/store/counters.h"
#include "server/store/directory_store.h"

namespace kitap::stats {

const char kActiveUserDefinition[] =
    "a registered user with at least one loan, renewal, visit or periodical "
    "request in the year (ISO 2789)";

namespace {

// A figure's value in the year and the year before.
struct Pair {
  int64_t value = 0;
  int64_t previous = 0;
};
// metric -> figure, for one group (a region, a type, an age, ...).
using Metrics = std::map<std::string, Pair>;
// group key -> its metrics.
using Grid = std::map<std::string, Metrics>;

// Which part of the network a report covers.
struct Scope {
  std::string region_code;
  int64_t library_id = 0;
  bool national() const { return region_code.empty() && library_id == 0; }
};

// How counters are grouped: by a library column, or by the counter key.
enum class GroupBy { kNone, kRegion, kLibraryType, kLibrary, kKey };

const char* GroupColumn(GroupBy group) {
  switch (group) {
    case GroupBy::kRegion:
      return "library.region_code";
    case GroupBy::kLibraryType:
      return "library.type";
    case GroupBy::kLibrary:
      return "counter.library_id";
    case GroupBy::kKey:
      return "counter.key";
    default:
      return "''";
  }
}

// Which counter rows a grouping reads: the dimension, the column it is
// grouped by, and the FROM and WHERE.
struct CounterRows {
  store::Dim dim;
  std::string key;
  std::string from;
};

// National figures not split by library read the roll-up rows (library 0);
// the national totals by region and by library type their own roll-up
// dimensions. The rest reads the rows of each library in the scope: the
// libraries first (CROSS JOIN keeps that order), then each one's counters
// by key, rather than every library's counters of the dimension.
// REQUIRES: `dim` is kTotal when grouping by region or library type.
CounterRows RowsFor(const Scope& scope, store::Dim dim, GroupBy group) {
  if (!scope.national() || group == GroupBy::kLibrary) {
    return {dim, GroupColumn(group),
            " FROM library CROSS JOIN counter ON counter.library_id = "
            "library.id WHERE (?3 = '' OR library.region_code = ?3) AND "
            "(?4 = 0 OR library.id = ?4)"};
  }
  switch (group) {
    case GroupBy::kRegion:
      return {store::kRegion, "region.code",
              " FROM counter JOIN region ON region.number = counter.key "
              "WHERE counter.library_id = 0"};
    case GroupBy::kLibraryType:
      return {store::kLibraryType, "counter.key",
              " FROM counter WHERE counter.library_id = 0"};
    default:
      return {dim, GroupColumn(group),
              " FROM counter WHERE counter.library_id = 0"};
  }
}

// Adds the flow metrics (counted in the year) and holdings (running total
// up to the year's end) of `dim` to `grid`.
Status SumCounters(db::Database& db, const Scope& scope, store::Dim dim,
                   GroupBy group, int year, Grid* grid) {
  CounterRows rows = RowsFor(scope, dim, group);
  std::string sql =
      "SELECT " + rows.key +
      ", CASE WHEN metric LIKE 'holdings_%' THEN 'holdings' ELSE metric END, "
      "SUM(CASE WHEN metric = 'holdings_out' THEN -value "
      "WHEN metric = 'holdings_in' OR year = ?1 THEN value ELSE 0 END * "
      "(year <= ?1)), "
      "SUM(CASE WHEN metric = 'holdings_out' THEN -value "
      "WHEN metric = 'holdings_in' OR year = ?1 - 1 THEN value ELSE 0 END * "
      "(year <= ?1 - 1))" +
      rows.from +
      " AND counter.dim = ?2 AND counter.year <= ?1 AND "
      "(counter.year >= ?1 - 1 OR metric LIKE 'holdings_%') GROUP BY 1, 2";
  db::Statement& st = db.Prepare(sql);
  st.Bind(1, year).Bind(2, static_cast<int>(rows.dim));
  st.Bind(3, scope.region_code);
  st.Bind(4, scope.library_id);
  while (st.Step()) {
    Pair& pair = (*grid)[st.ColumnText(0)][st.ColumnText(1)];
    pair.value += st.ColumnInt(2);
    pair.previous += st.ColumnInt(3);
  }
  return st.status();
}

// Libraries in operation during the year and the year before, grouped
// like the counters.
Status CountLibraries(db::Database& db, const Scope& scope, GroupBy group,
                      int year, Grid* grid) {
  std::string key =
      group == GroupBy::kLibrary ? "library.id" : GroupColumn(group);
  // Dates are 'YYYY-MM-DD' text, so they compare as strings.
  std::string sql = "SELECT " + key +
                    ", SUM(opened_on <= ?3 || '-12-31' AND "
                    "(closed_on IS NULL OR closed_on >= ?3 || '-01-01')), "
                    "SUM(opened_on <= ?4 || '-12-31' AND "
                    "(closed_on IS NULL OR closed_on >= ?4 || '-01-01')) "
                    "FROM library WHERE (?1 = '' OR region_code = ?1) AND "
                    "(?2 = 0 OR id = ?2) GROUP BY 1";
  db::Statement& st = db.Prepare(sql);
  st.Bind(1, scope.region_code).Bind(2, scope.library_id);
  st.Bind(3, absl::StrFormat("%04d", year));
  st.Bind(4, absl::StrFormat("%04d", year - 1));
  while (st.Step()) {
    Pair& pair = (*grid)[st.ColumnText(0)]["libraries"];
    pair.value = st.ColumnInt(1);
    pair.previous = st.ColumnInt(2);
  }
  return st.status();
}

void SetFigure(const Pair& pair, v1::Figure* figure) {
  figure->set_value(pair.value);
  figure->set_previous(pair.previous);
  figure->set_has_change(pair.previous != 0);
  if (pair.previous != 0) {
    double change = 100.0 * static_cast<double>(pair.value - pair.previous) /
                    static_cast<double>(pair.previous);
    figure->set_change_percent(std::round(change * 10.0) / 10.0);
  }
}

Pair Get(const Metrics& metrics, const char* name) {
  auto it = metrics.find(name);
  return it == metrics.end() ? Pair{} : it->second;
}

void SetFigures(const Metrics& m, v1::Figures* f) {
  SetFigure(Get(m, "libraries"), f->mutable_libraries());
  SetFigure(Get(m, "holdings"), f->mutable_holdings());
  SetFigure(Get(m, store::kLoans), f->mutable_loans());
  SetFigure(Get(m, store::kRenewals), f->mutable_renewals());
  SetFigure(Get(m, store::kRegisteredUsers), f->mutable_registered_users());
  SetFigure(Get(m, store::kActiveUsers), f->mutable_active_users());
  SetFigure(Get(m, store::kNewRegistrations), f->mutable_new_registrations());
  SetFigure(Get(m, store::kVisits), f->mutable_visits());
  SetFigure(Get(m, store::kPeriodicalRequests),
            f->mutable_periodical_requests());
  SetFigure(Get(m, store::kEvents), f->mutable_events());
  SetFigure(Get(m, store::kEventAttendance), f->mutable_event_attendance());
}

// Counters and library counts of `scope`, grouped.
Status Totals(db::Database& db, const Scope& scope, GroupBy group, int year,
              Grid* grid) {
  KITAP_RETURN_IF_ERROR(
      SumCounters(db, scope, store::kTotal, group, year, grid));
  return CountLibraries(db, scope, group, year, grid);
}

Status AddRegions(db::Database& db, const Scope& scope, int year,
                  v1::AnnualReport* report) {
  Grid grid;
  KITAP_RETURN_IF_ERROR(Totals(db, scope, GroupBy::kRegion, year, &grid));
  std::vector<v1::Region> regions;
  KITAP_RETURN_IF_ERROR(store::ListRegions(db, &regions));
  for (const v1::Region& region : regions) {
    if (!scope.region_code.empty() && region.code() != scope.region_code) {
      continue;
    }
    v1::RegionFigures* r = report->add_regions();
    r->set_region_code(region.code());
    r->set_name_kk(region.name_kk());
    r->set_name_ru(region.name_ru());
    r->set_name_en(region.name_en());
    SetFigures(grid[region.code()], r->mutable_figures());
  }
  std::stable_sort(report->mutable_regions()->begin(),
                   report->mutable_regions()->end(),
                   [](const auto& a, const auto& b) {
                     return a.figures().registered_users().value() >
                            b.figures().registered_users().value();
                   });
  return Status::Ok();
}

Status AddLibraryTypes(db::Database& db, const Scope& scope, int year,
                       v1::AnnualReport* report) {
  Grid grid;
  KITAP_RETURN_IF_ERROR(Totals(db, scope, GroupBy::kLibraryType, year, &grid));
  for (const auto& [type, metrics] : grid) {
    // Roll-up rows stay behind when the last library of a type changes
    // type: list only the types that have libraries in the scope.
    if (metrics.count("libraries") == 0) continue;
    v1::LibraryTypeFigures* t = report->add_library_types();
    t->set_type(static_cast<v1::LibraryType>(std::stoi(type)));
    SetFigures(metrics, t->mutable_figures());
  }
  return Status::Ok();
}

Status AddLibraries(db::Database& db, const Scope& scope, int year,
                    v1::AnnualReport* report) {
  Grid grid;
  KITAP_RETURN_IF_ERROR(Totals(db, scope, GroupBy::kLibrary, year, &grid));
  for (const auto& [id, metrics] : grid) {
    v1::Library library;
    KITAP_RETURN_IF_ERROR(store::LoadLibrary(db, std::stoll(id), &library));
    v1::LibraryFigures* l = report->add_libraries();
    l->set_library_id(library.id());
    l->set_name_kk(library.name_kk());
    l->set_name_ru(library.name_ru());
    l->set_name_en(library.name_en());
    l->set_region_code(library.region_code());
    l->set_type(library.type());
    SetFigures(metrics, l->mutable_figures());
  }
  return Status::Ok();
}

// Sums a metric over the ages of a band.
Pair BandSum(const Grid& by_age, const v1::AgeBand& band, const char* metric) {
  Pair sum;
  for (const auto& [age, metrics] : by_age) {
    int a = std::stoi(age);
    if (a < band.min_age() || a > band.max_age()) continue;
    Pair p = Get(metrics, metric);
    sum.value += p.value;
    sum.previous += p.previous;
  }
  return sum;
}

Status AddAgeBands(db::Database& db, const Scope& scope, int year,
                   const std::vector<v1::AgeBand>& bands,
                   v1::AnnualReport* report) {
  Grid by_age;
  KITAP_RETURN_IF_ERROR(
      SumCounters(db, scope, store::kAge, GroupBy::kKey, year, &by_age));
  for (const v1::AgeBand& band : bands) {
    v1::AgeBandFigures* b = report->add_age_bands();
    *b->mutable_band() = band;
    SetFigure(BandSum(by_age, band, store::kLoans), b->mutable_loans());
    SetFigure(BandSum(by_age, band, store::kVisits), b->mutable_visits());
    SetFigure(BandSum(by_age, band, store::kRegisteredUsers),
              b->mutable_registered_users());
    SetFigure(BandSum(by_age, band, store::kActiveUsers),
              b->mutable_active_users());
    SetFigure(BandSum(by_age, band, store::kPeriodicalRequests),
              b->mutable_periodical_requests());
  }
  return Status::Ok();
}

Status AddSubjects(db::Database& db, const Scope& scope, int year,
                   v1::AnnualReport* report) {
  Grid grid;
  KITAP_RETURN_IF_ERROR(
      SumCounters(db, scope, store::kSubject, GroupBy::kKey, year, &grid));
  for (const auto& [subject, metrics] : grid) {
    v1::SubjectFigures* s = report->add_subjects();
    s->set_subject(static_cast<v1::Subject>(std::stoi(subject)));
    SetFigure(Get(metrics, store::kLoans), s->mutable_loans());
    SetFigure(Get(metrics, store::kRenewals), s->mutable_renewals());
    SetFigure(Get(metrics, "holdings"), s->mutable_holdings());
  }
  std::stable_sort(report->mutable_subjects()->begin(),
                   report->mutable_subjects()->end(),
                   [](const auto& a, const auto& b) {
                     return a.loans().value() > b.loans().value();
                   });
  return Status::Ok();
}

Status AddCategories(db::Database& db, const Scope& scope, int year,
                     v1::AnnualReport* report) {
  Grid grid;
  KITAP_RETURN_IF_ERROR(
      SumCounters(db, scope, store::kCategory, GroupBy::kKey, year, &grid));
  for (const auto& [category, metrics] : grid) {
    v1::CategoryFigures* c = report->add_categories();
    c->set_category(static_cast<v1::PatronCategory>(std::stoi(category)));
    SetFigure(Get(metrics, store::kLoans), c->mutable_loans());
    SetFigure(Get(metrics, store::kVisits), c->mutable_visits());
    SetFigure(Get(metrics, store::kRegisteredUsers),
              c->mutable_registered_users());
    SetFigure(Get(metrics, store::kActiveUsers), c->mutable_active_users());
  }
  return Status::Ok();
}

Status ReadBands(const v1::GetAnnualReportRequest& request,
                 std::vector<v1::AgeBand>* bands) {
  constexpr int kMaxBands = 20;
  if (request.age_bands_size() > kMaxBands) {
    return Status::InvalidArgument("TOO_MANY_AGE_BANDS", "at most 20 bands");
  }
  for (const v1::AgeBand& band : request.age_bands()) {
    if (band.min_age() < 0 || band.max_age() > 150 ||
        band.min_age() > band.max_age()) {
      return Status::InvalidArgument(
          "AGE_BAND_INVALID", "an age band needs 0 <= min <= max <= 150");
    }
    bands->push_back(band);
  }
  if (!bands->empty()) return Status::Ok();
  for (auto [lo, hi] :
       {std::pair{0, 11}, {12, 18}, {17, 25}, {26, 40}, {41, 60}, {61, 150}}) {
    v1::AgeBand band;
    band.set_min_age(lo);
    band.set_max_age(hi);
    bands->push_back(band);
  }
  return Status::Ok();
}

Status ReadScope(OpContext& ctx, const v1::GetAnnualReportRequest& request,
                 Scope* scope) {
  scope->region_code = request.region_code();
  scope->library_id = request.library_id();
  if (!scope->region_code.empty()) {
    v1::Region region;
    KITAP_RETURN_IF_ERROR(
        store::LoadRegion(ctx.db, scope->region_code, &region));
  }
  if (scope->library_id != 0) {
    v1::Library library;
    KITAP_RETURN_IF_ERROR(
        store::LoadLibrary(ctx.db, scope->library_id, &library));
  }
  return Status::Ok();
}

}  // namespace

Status GetAnnualReport(OpContext& ctx,
                       const v1::GetAnnualReportRequest& request,
                       v1::AnnualReport* report) {
  int year = request.year();
  if (year < 1900 || year > 2200) {
    return Status::InvalidArgument("YEAR_INVALID", "year must be 1900..2200");
  }
  Scope scope;
  KITAP_RETURN_IF_ERROR(ReadScope(ctx, request, &scope));
  std::vector<v1::AgeBand> bands;
  KITAP_RETURN_IF_ERROR(ReadBands(request, &bands));
  report->set_year(year);
  report->set_region_code(scope.region_code);
  report->set_library_id(scope.library_id);
  report->set_active_user_definition(kActiveUserDefinition);
  Grid totals;
  KITAP_RETURN_IF_ERROR(Totals(ctx.db, scope, GroupBy::kNone, year, &totals));
  SetFigures(totals[""], report->mutable_totals());
  KITAP_RETURN_IF_ERROR(AddRegions(ctx.db, scope, year, report));
  KITAP_RETURN_IF_ERROR(AddLibraryTypes(ctx.db, scope, year, report));
  if (!scope.national()) {
    KITAP_RETURN_IF_ERROR(AddLibraries(ctx.db, scope, year, report));
  }
  KITAP_RETURN_IF_ERROR(AddAgeBands(ctx.db, scope, year, bands, report));
  KITAP_RETURN_IF_ERROR(AddSubjects(ctx.db, scope, year, report));
  return AddCategories(ctx.db, scope, year, report);
}

Status GetNationalFigures(OpContext& ctx, int year, v1::Figures* figures) {
  Grid totals;
  KITAP_RETURN_IF_ERROR(Totals(ctx.db, Scope{}, GroupBy::kNone, year, &totals));
  SetFigures(totals[""], figures);
  return Status::Ok();
}

}  // namespace kitap::stats
