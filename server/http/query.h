// The request target: path and query string, and the query of the annual
// report. Pure functions.
#ifndef KITAP_SERVER_HTTP_QUERY_H_
#define KITAP_SERVER_HTTP_QUERY_H_

#include <map>
#include <string>
#include <string_view>

#include "db/status.h"
#include "kitap/v1/statistics.pb.h"

namespace kitap::http {

struct Target {
  std::string path;                           // percent-decoded
  std::map<std::string, std::string> params;  // name -> decoded value
};

// Splits "/path?a=1&b=x%20y" into its decoded path and parameters ('+' is
// a space in the query). Fails with INVALID_ARGUMENT / QUERY_INVALID for a
// target that is not an absolute path, a bad %-escape, a parameter named
// twice or without a name.
Status ParseTarget(std::string_view target, Target* out);

// Reads year=Y, region=CODE, library=ID and age_bands=12-18,17-25,61+
// into `request`. Fails with QUERY_INVALID for an unknown parameter or a
// value that is not a number (or band) at all; range checks (YEAR_INVALID,
// AGE_BAND_INVALID, ...) are left to the report itself, as over gRPC. A
// missing year is year 0, which the report refuses.
Status ParseReportQuery(const Target& target,
                        v1::GetAnnualReportRequest* request);

// Fails with QUERY_INVALID when `target` has any parameter.
Status ExpectNoQuery(const Target& target);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_QUERY_H_
