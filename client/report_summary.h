// The summary that opens the text report: the year's main figures in
// sentences, written like the Ministry of Culture's annual press release
// (libraries and holdings, loans, registered users and their change,
// visits, periodical requests, events, the leading regions, age bands and
// subjects), in Kazakh, Russian or English. Every number comes from the
// report.
#ifndef KITAP_CLIENT_REPORT_SUMMARY_H_
#define KITAP_CLIENT_REPORT_SUMMARY_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "client/language.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

// The summary's sentences, in order. A sentence about a breakdown (regions,
// age bands, subjects) is left out when the report has no such rows with a
// figure above zero.
std::vector<std::string> SummarySentences(const v1::AnnualReport& report,
                                          Language language);

// Writes the sentences as one paragraph, wrapped at `width` characters,
// each line starting with `indent`.
void WriteSummary(const v1::AnnualReport& report, Language language,
                  std::ostream& out, std::string_view indent = "  ",
                  size_t width = 78);

// `text` with its first letter in lower case (Latin, Russian and Kazakh
// Cyrillic), for a name in the middle of a sentence.
std::string LowerFirst(std::string_view text);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_SUMMARY_H_
