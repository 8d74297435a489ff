// The annual report, answered from the counters (never by scanning a
// year of events): totals with the change against the year before, by
// region, library type, library, age band, subject and patron category.
#ifndef KITAP_SERVER_STATS_REPORT_H_
#define KITAP_SERVER_STATS_REPORT_H_

#include "kitap/v1/statistics.pb.h"
#include "server/core/engine.h"

namespace kitap::stats {

// The definition of "active user" stated next to the figure.
extern const char kActiveUserDefinition[];

Status GetAnnualReport(OpContext& ctx,
                       const v1::GetAnnualReportRequest& request,
                       v1::AnnualReport* report);

// The national totals of `year` alone: the `totals` of the national
// report, read from the roll-up counters (library 0) and the library table.
Status GetNationalFigures(OpContext& ctx, int year, v1::Figures* figures);

}  // namespace kitap::stats

#endif  // KITAP_SERVER_STATS_REPORT_H_
