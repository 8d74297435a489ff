#include "client/age_bands.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace kitap::client {
namespace {

// Whole years: digits only, at most kMaxAge.
bool ParseAge(std::string_view text, int* age) {
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, *age);
  return !text.empty() && error == std::errc() && stop == end && *age >= 0 &&
         *age <= kMaxAge;
}

// One band, "MIN-MAX" or "MIN+".
bool ParseBand(std::string_view text, v1::AgeBand* band) {
  int min = 0;
  int max = kMaxAge;
  if (text.ends_with('+')) {
    if (!ParseAge(text.substr(0, text.size() - 1), &min)) return false;
  } else {
    const size_t dash = text.find('-');
    if (dash == std::string_view::npos ||
        !ParseAge(text.substr(0, dash), &min) ||
        !ParseAge(text.substr(dash + 1), &max)) {
      return false;
    }
  }
  band->set_min_age(min);
  band->set_max_age(max);
  return min <= max;
}

std::vector<std::string_view> SplitCommas(std::string_view text) {
  std::vector<std::string_view> parts;
  for (size_t comma; (comma = text.find(',')) != std::string_view::npos;) {
    parts.push_back(text.substr(0, comma));
    text.remove_prefix(comma + 1);
  }
  parts.push_back(text);
  return parts;
}

bool SameBand(const v1::AgeBand& a, const v1::AgeBand& b) {
  return a.min_age() == b.min_age() && a.max_age() == b.max_age();
}

}  // namespace

absl::StatusOr<std::vector<v1::AgeBand>> ParseAgeBands(std::string_view text) {
  std::vector<v1::AgeBand> bands;
  for (std::string_view part : SplitCommas(text)) {
    v1::AgeBand band;
    if (!ParseBand(part, &band)) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "--age-bands: '%s' is not a band like 12-18 or 61+ (ages 0..%d, the "
          "lower first)",
          part, kMaxAge));
    }
    auto same = [&](const v1::AgeBand& b) { return SameBand(b, band); };
    if (std::any_of(bands.begin(), bands.end(), same)) {
      return absl::InvalidArgumentError(
          absl::StrFormat("--age-bands: '%s' is given twice", part));
    }
    bands.push_back(band);
  }
  return bands;
}

std::string AgeBandName(const v1::AgeBand& band) {
  if (band.max_age() >= kMaxAge) return absl::StrCat(band.min_age(), "+");
  return absl::StrCat(band.min_age(), "-", band.max_age());
}

}  // namespace kitap::client
