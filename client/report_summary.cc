#include "client/report_summary.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/substitute.h"
#include "client/age_bands.h"
#include "client/report_labels.h"
#include "client/report_text.h"
#include "client/text_table.h"

namespace kitap::client {
namespace {

// The sentence template `key` of the label table, filled in.
template <typename... Args>
std::string Say(Language language, std::string_view key, const Args&... args) {
  const std::string_view format = Label(language, key);
  return absl::Substitute(absl::string_view(format.data(), format.size()),
                          args...);
}

std::string Count(int64_t value, Language language) {
  return FormatCount(value, language);
}

// "A, B and C" in `language`.
std::string JoinList(const std::vector<std::string>& items, Language language) {
  if (items.size() <= 1) return items.empty() ? "" : items.front();
  return absl::StrCat(absl::StrJoin(items.begin(), items.end() - 1, ", "), " ",
                      std::string(Label(language, "summary.and")), " ",
                      items.back());
}

// Up to `n` of `rows` with the largest value() above zero, largest first;
// equal values keep the report's order.
template <typename Row, typename Value>
std::vector<const Row*> Leading(
    const google::protobuf::RepeatedPtrField<Row>& rows, Value value,
    size_t n) {
  std::vector<const Row*> leaders;
  for (const Row& row : rows) {
    if (value(row) > 0) leaders.push_back(&row);
  }
  std::stable_sort(
      leaders.begin(), leaders.end(),
      [&](const Row* a, const Row* b) { return value(*a) > value(*b); });
  if (leaders.size() > n) leaders.resize(n);
  return leaders;
}

// "Turkistan Region (613,245)".
std::string Leader(const std::string& name, int64_t value, Language language) {
  return absl::StrCat(name, " (", Count(value, language), ")");
}

std::string Libraries(const v1::AnnualReport& report, Language language) {
  return Say(language, "summary.libraries", report.year(),
             Count(report.totals().libraries().value(), language),
             Count(report.totals().holdings().value(), language));
}

std::string Loans(const v1::AnnualReport& report, Language language) {
  return Say(language, "summary.loans",
             Count(report.totals().loans().value(), language),
             Count(report.totals().renewals().value(), language));
}

std::string Users(const v1::AnnualReport& report, Language language) {
  const v1::Figure& users = report.totals().registered_users();
  std::string_view key = "summary.users";
  if (users.has_change() && users.change_percent() >= 0.05) {
    key = "summary.users_rose";
  } else if (users.has_change() && users.change_percent() <= -0.05) {
    key = "summary.users_fell";
  }
  return Say(language, key, report.year() - 1,
             FormatPercent(std::fabs(users.change_percent()), language),
             Count(users.value(), language));
}

std::string Activity(const v1::AnnualReport& report, Language language) {
  return Say(language, "summary.active",
             Count(report.totals().active_users().value(), language),
             Count(report.totals().new_registrations().value(), language));
}

std::string Visits(const v1::AnnualReport& report, Language language) {
  return Say(language, "summary.visits",
             Count(report.totals().visits().value(), language));
}

// At the National Library when the report has its type, else in total.
std::string Periodicals(const v1::AnnualReport& report, Language language) {
  for (const auto& type : report.library_types()) {
    const int64_t requests = type.figures().periodical_requests().value();
    if (type.type() == v1::LIBRARY_TYPE_NATIONAL && requests > 0) {
      return Say(language, "summary.periodicals_national",
                 Count(requests, language));
    }
  }
  return Say(language, "summary.periodicals",
             Count(report.totals().periodical_requests().value(), language));
}

std::string Events(const v1::AnnualReport& report, Language language) {
  return Say(language, "summary.events",
             Count(report.totals().events().value(), language),
             Count(report.totals().event_attendance().value(), language));
}

// The three regions with the most registered users; none in a report of
// one region.
std::optional<std::string> LeadingRegions(const v1::AnnualReport& report,
                                          Language language) {
  auto users = [](const v1::RegionFigures& region) {
    return region.figures().registered_users().value();
  };
  auto leaders = Leading(report.regions(), users, 3);
  if (report.regions_size() < 2 || leaders.empty()) return std::nullopt;
  std::vector<std::string> names;
  for (const auto* region : leaders) {
    names.push_back(
        Leader(RegionName(*region, language), users(*region), language));
  }
  return Say(language, "summary.regions", JoinList(names, language));
}

// "17–25": the band as prose writes it.
std::string BandText(const v1::AgeBand& band) {
  return absl::StrReplaceAll(AgeBandName(band), {{"-", "–"}});
}

// The two age bands with the most visits.
std::optional<std::string> LeadingAgeBands(const v1::AnnualReport& report,
                                           Language language) {
  auto visits = [](const v1::AgeBandFigures& band) {
    return band.visits().value();
  };
  auto leaders = Leading(report.age_bands(), visits, 2);
  if (leaders.empty()) return std::nullopt;
  const auto& first = *leaders[0];
  if (leaders.size() == 1) {
    return Say(language, "summary.age_band", BandText(first.band()),
               Count(visits(first), language));
  }
  const auto& second = *leaders[1];
  return Say(language, "summary.age_bands", BandText(first.band()),
             Count(visits(first), language), BandText(second.band()),
             Count(visits(second), language));
}

// The six subjects with the most loans, as the press release lists them.
std::optional<std::string> LeadingSubjects(const v1::AnnualReport& report,
                                           Language language) {
  auto loans = [](const v1::SubjectFigures& subject) {
    return subject.loans().value();
  };
  auto leaders = Leading(report.subjects(), loans, 6);
  if (leaders.empty()) return std::nullopt;
  std::vector<std::string> names;
  for (const auto* subject : leaders) {
    names.push_back(Leader(
        LowerFirst(Label(language, v1::Subject_Name(subject->subject()))),
        loans(*subject), language));
  }
  return Say(language, "summary.subjects", JoinList(names, language));
}

}  // namespace

std::vector<std::string> SummarySentences(const v1::AnnualReport& report,
                                          Language language) {
  std::vector<std::string> sentences = {
      Libraries(report, language), Loans(report, language),
      Users(report, language),     Activity(report, language),
      Visits(report, language),    Periodicals(report, language),
      Events(report, language)};
  for (auto sentence :
       {LeadingRegions(report, language), LeadingAgeBands(report, language),
        LeadingSubjects(report, language)}) {
    if (sentence.has_value()) sentences.push_back(*std::move(sentence));
  }
  return sentences;
}

void WriteSummary(const v1::AnnualReport& report, Language language,
                  std::ostream& out, std::string_view indent, size_t width) {
  const std::string text =
      absl::StrJoin(SummarySentences(report, language), " ");
  std::string line;
  size_t line_width = indent.size();
  for (absl::string_view piece : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    const std::string_view word(piece.data(), piece.size());
    const size_t word_width = DisplayWidth(word);
    if (!line.empty() && line_width + 1 + word_width > width) {
      out << indent << line << '\n';
      line.clear();
      line_width = indent.size();
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++line_width;
    }
    line.append(word);
    line_width += word_width;
  }
  if (!line.empty()) out << indent << line << '\n';
}

std::string LowerFirst(std::string_view text) {
  std::string lower(text);
  if (lower.empty()) return lower;
  const auto lead = static_cast<unsigned char>(lower[0]);
  if (lead < 0x80) {
    lower[0] = absl::ascii_tolower(lead);
    return lower;
  }
  if (lower.size() < 2 || (lead & 0xE0) != 0xC0) return lower;
  const char32_t upper =
      ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(lower[1]) & 0x3Fu);
  char32_t small = upper;
  if (upper >= 0x0410 && upper <= 0x042F) {
    small = upper + 0x20;  // А..Я
  } else if (upper >= 0x0400 && upper <= 0x040F) {
    small = upper + 0x50;  // Ё, І, ...
  } else if (((upper >= 0x0460 && upper <= 0x04BF) ||
              (upper >= 0x04D0 && upper <= 0x04FF)) &&
             upper % 2 == 0) {
    small = upper + 1;  // Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ: capital even, small odd
  }
  lower[0] = static_cast<char>(0xC0 | (small >> 6));
  lower[1] = static_cast<char>(0x80 | (small & 0x3F));
  return lower;
}

}  // namespace kitap::client
