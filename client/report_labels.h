// The words of the annual report (text and CSV), in one table with a
// column for each language: Kazakh, Russian and English.
#ifndef KITAP_CLIENT_REPORT_LABELS_H_
#define KITAP_CLIENT_REPORT_LABELS_H_

#include <string>
#include <string_view>
#include <vector>

#include "client/language.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

// The text of label `key` in `language`. Keys are "figure.<field of
// kitap.v1.Figures>", the name of a value of the enums LibraryType, Subject
// and PatronCategory (e.g. "SUBJECT_FICTION"), or one of the report's own
// keys in report_labels.cc ("section.totals", "summary.loans", ...). An
// unknown key comes back as itself (a view of `key`), so a missing label
// shows instead of leaving a blank.
std::string_view Label(Language language, std::string_view key);

// Every key of the table, in its order (for tests of its completeness).
std::vector<std::string_view> LabelKeys();

// The region's own name in `language` (name_kk, name_ru or name_en of the
// report), e.g. "Түркістан облысы"; the English name when that one is
// empty, and the region code when all are.
std::string RegionName(const v1::RegionFigures& region, Language language);

// The library's own name in `language` (name_kk, name_ru or name_en of the
// report), the English one when that is empty, else "#ID".
std::string LibraryName(const v1::LibraryFigures& library, Language language);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_LABELS_H_
