// The words of the text report, in one table keyed by language. English is
// the only column so far; Kazakh and Russian become two more columns.
#ifndef KITAP_CLIENT_REPORT_LABELS_H_
#define KITAP_CLIENT_REPORT_LABELS_H_

#include <string_view>

#include "client/language.h"

namespace kitap::client {

// The text of label `key` in `language`. Keys are "figure.<field of
// kitap.v1.Figures>", the name of a value of the enums LibraryType, Subject
// and PatronCategory (e.g. "SUBJECT_FICTION"), or one of the report's own
// keys in report_labels.cc ("section.totals", ...). An unknown key comes
// back as itself (a view of `key`), so a missing label shows instead of
// leaving a blank.
std::string_view Label(Language language, std::string_view key);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REPORT_LABELS_H_
