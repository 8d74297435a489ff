#include "client/report_labels.h"

#include <algorithm>
#include <iterator>

namespace kitap::client {
namespace {

struct LabelRow {
  std::string_view key;
  std::string_view en;
};

constexpr LabelRow kLabels[] = {
    // Titles, sections and columns.
    {"title", "Annual report"},
    {"scope.national", "Kazakhstan, all regions"},
    {"scope.region", "region"},
    {"scope.library", "library"},
    {"section.totals", "Totals"},
    {"section.regions", "By region (most registered users first)"},
    {"section.library_types", "By library type"},
    {"section.libraries", "By library"},
    {"section.age_bands", "By age band (bands may overlap)"},
    {"section.subjects", "By subject (most loans first)"},
    {"section.categories", "By patron category"},
    {"column.figure", "Figure"},
    {"column.change", "Change"},
    {"column.region", "Region"},
    {"column.type", "Type"},
    {"column.library", "Library"},
    {"column.age", "Age"},
    {"column.subject", "Subject"},
    {"column.category", "Category"},
    {"active_definition", "Active users"},
    {"no_change", "n/a"},
    {"thousands_separator", ","},
    // The figures.
    {"figure.libraries", "Libraries"},
    {"figure.holdings", "Holdings"},
    {"figure.loans", "Loans"},
    {"figure.renewals", "Renewals"},
    {"figure.registered_users", "Registered users"},
    {"figure.active_users", "Active users"},
    {"figure.new_registrations", "New registrations"},
    {"figure.visits", "Visits"},
    {"figure.periodical_requests", "Periodical requests"},
    {"figure.events", "Events"},
    {"figure.event_attendance", "Event attendance"},
    // kitap.v1.LibraryType.
    {"LIBRARY_TYPE_UNSPECIFIED", "Unspecified"},
    {"LIBRARY_TYPE_NATIONAL", "National"},
    {"LIBRARY_TYPE_ACADEMIC", "Academic"},
    {"LIBRARY_TYPE_REGIONAL", "Regional"},
    {"LIBRARY_TYPE_CITY", "City"},
    {"LIBRARY_TYPE_DISTRICT", "District"},
    {"LIBRARY_TYPE_RURAL", "Rural"},
    {"LIBRARY_TYPE_CHILDREN", "Children's"},
    // kitap.v1.Subject.
    {"SUBJECT_UNSPECIFIED", "Unspecified"},
    {"SUBJECT_FICTION", "Fiction"},
    {"SUBJECT_HISTORY_ETHNOGRAPHY", "History and ethnography"},
    {"SUBJECT_POPULAR_SCIENCE", "Popular science"},
    {"SUBJECT_PSYCHOLOGY", "Psychology"},
    {"SUBJECT_MEDICINE", "Medicine"},
    {"SUBJECT_TECHNOLOGY", "Technology"},
    {"SUBJECT_CHILDREN", "Children's literature"},
    {"SUBJECT_EDUCATION", "Education"},
    {"SUBJECT_ARTS", "Arts"},
    {"SUBJECT_SOCIAL_SCIENCES", "Social sciences"},
    {"SUBJECT_NATURAL_SCIENCES", "Natural sciences"},
    {"SUBJECT_REFERENCE", "Reference"},
    {"SUBJECT_OTHER", "Other"},
    // kitap.v1.PatronCategory.
    {"PATRON_CATEGORY_UNSPECIFIED", "Anonymous"},  // gate counts
    {"PATRON_CATEGORY_ADULT", "Adults"},
    {"PATRON_CATEGORY_CHILD", "Children"},
    {"PATRON_CATEGORY_STUDENT", "Students"},
    {"PATRON_CATEGORY_STAFF", "Staff"},
};

std::string_view Column(const LabelRow& row, Language language) {
  switch (language) {
    case Language::kKazakh:   // not translated yet: English meanwhile
    case Language::kRussian:  // not translated yet: English meanwhile
    case Language::kEnglish:
      return row.en;
  }
  return row.en;
}

}  // namespace

std::string_view Label(Language language, std::string_view key) {
  auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                         [&](const LabelRow& row) { return row.key == key; });
  return it == std::end(kLabels) ? key : Column(*it, language);
}

}  // namespace kitap::client
