// Age bands for the annual report: inclusive ranges of whole years, which
// may overlap (the National Library reports 17-25 and 12-18 side by side).
#ifndef KITAP_CLIENT_AGE_BANDS_H_
#define KITAP_CLIENT_AGE_BANDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::client {

// The oldest age a band can name; "61+" is the band 61..kMaxAge.
inline constexpr int kMaxAge = 150;

// Parses a comma-separated list of bands: "MIN-MAX" (e.g. "12-18") or
// "MIN+" (MIN and older), ages in 0..kMaxAge, MIN <= MAX, no band twice.
// Fails (INVALID_ARGUMENT) naming the bad band.
absl::StatusOr<std::vector<v1::AgeBand>> ParseAgeBands(std::string_view text);

// "12-18", or "61+" for a band that reaches kMaxAge.
std::string AgeBandName(const v1::AgeBand& band);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_AGE_BANDS_H_
