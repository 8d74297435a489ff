// The annual report as text for people: what `kitap report annual` prints
// by default and what `kitap demo` shows at its end. Every word comes from
// report_labels.h, so the language is a parameter.
#ifndef KITAP_CLIENT_REPORT_TEXT_H_
#define KITAP_CLIENT_REPORT_TEXT_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "client/report_labels.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

// Writes `report`: a title naming the year and the scope, the summary in
// sentences (report_summary.h), the totals, then
// one table for each breakdown the report has (regions, library types,
// libraries, age bands, subjects, patron categories), every figure with its
// change against the year before when it has one.
void WriteAnnualReport(const v1::AnnualReport& report, Language language,
                       std::ostream& out);

// Writes only the totals: each figure for the year, the year before and
// the change, then the definition of an active user.
void WriteTotals(const v1::AnnualReport& report, Language language,
                 std::ostream& out);

// A count with thousands separators: "5,539,969" in English, "5 539 969"
// (a no-break space) in Kazakh and Russian.
std::string FormatCount(int64_t value, Language language);

// The change of `figure`, e.g. "+4.1%" ("+4,1%" in kk and ru), or the
// "no_change" label ("n/a", "—") when it has none.
std::string FormatChange(const v1::Figure& figure, Language language);

// A percentage rounded to 0.1 with the language's decimal mark, without a
// sign of its own: "4.1%" or "4,1%".
std::string FormatPercent(double percent, Language language);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_TEXT_H_
