#include "server/http/query.h"

#include <charconv>
#include <cstdint>
#include <vector>

namespace kitap::http {
namespace {

constexpr int kMaxAge = 150;  // "61+" is the band 61..150, as in the client

Status Invalid(std::string message) {
  return Status::InvalidArgument("QUERY_INVALID", std::move(message));
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `text`; in a query, '+' is a space.
Status Decode(std::string_view text, bool query, std::string* out) {
  out->clear();
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+' && query) {
      *out += ' ';
    } else if (c != '%') {
      *out += c;
    } else {
      int hi = i + 2 < text.size() ? HexDigit(text[i + 1]) : -1;
      int lo = hi >= 0 ? HexDigit(text[i + 2]) : -1;
      if (lo < 0) return Invalid("a bad %-escape in the request target");
      *out += static_cast<char>(hi * 16 + lo);
      i += 2;
    }
  }
  return Status::Ok();
}

Status AddParam(std::string_view pair, Target* out) {
  size_t eq = pair.find('=');
  std::string name, value;
  KITAP_RETURN_IF_ERROR(Decode(pair.substr(0, eq), true, &name));
  if (eq != std::string_view::npos) {
    KITAP_RETURN_IF_ERROR(Decode(pair.substr(eq + 1), true, &value));
  }
  if (name.empty()) return Invalid("a query parameter without a name");
  if (!out->params.emplace(name, value).second) {
    return Invalid("the query parameter '" + name + "' is given twice");
  }
  return Status::Ok();
}

// Parses all of `text` as a decimal integer.
template <class Int>
bool ParseNumber(std::string_view text, Int* out) {
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, *out);
  return !text.empty() && error == std::errc() && stop == end;
}

// "12-18" or "61+".
bool ParseBand(std::string_view text, v1::AgeBand* band) {
  int min = 0, max = 0;
  if (text.ends_with('+')) {
    max = kMaxAge;
    if (!ParseNumber(text.substr(0, text.size() - 1), &min)) return false;
  } else {
    size_t dash = text.find('-');
    if (dash == std::string_view::npos ||
        !ParseNumber(text.substr(0, dash), &min) ||
        !ParseNumber(text.substr(dash + 1), &max)) {
      return false;
    }
  }
  band->set_min_age(min);
  band->set_max_age(max);
  return true;
}

Status ParseBands(std::string_view text, v1::GetAnnualReportRequest* request) {
  while (true) {
    size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    if (!ParseBand(item, request->add_age_bands())) {
      return Invalid("age_bands: '" + std::string(item) +
                     "' is not an age band such as 12-18 or 61+");
    }
    if (comma == std::string_view::npos) return Status::Ok();
    text.remove_prefix(comma + 1);
  }
}

}  // namespace

Status ParseTarget(std::string_view target, Target* out) {
  if (target.empty() || target[0] != '/') {
    return Invalid("the request target must be an absolute path");
  }
  size_t question = target.find('?');
  KITAP_RETURN_IF_ERROR(Decode(target.substr(0, question), false, &out->path));
  out->params.clear();
  if (question == std::string_view::npos) return Status::Ok();
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    if (!pair.empty()) KITAP_RETURN_IF_ERROR(AddParam(pair, out));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return Status::Ok();
}

Status ParseReportQuery(const Target& target,
                        v1::GetAnnualReportRequest* request) {
  for (const auto& [name, value] : target.params) {
    if (name == "year") {
      int32_t year = 0;
      if (!ParseNumber(value, &year)) {
        return Invalid("year: '" + value + "' is not a year");
      }
      request->set_year(year);
    } else if (name == "region") {
      request->set_region_code(value);
    } else if (name == "library") {
      int64_t library = 0;
      if (!ParseNumber(value, &library)) {
        return Invalid("library: '" + value + "' is not a library id");
      }
      request->set_library_id(library);
    } else if (name == "age_bands") {
      KITAP_RETURN_IF_ERROR(ParseBands(value, request));
    } else {
      return Invalid("unknown query parameter '" + name +
                     "' (year, region, library, age_bands)");
    }
  }
  return Status::Ok();
}

Status ExpectNoQuery(const Target& target) {
  if (target.params.empty()) return Status::Ok();
  return Invalid("this path takes no query parameters");
}

}  // namespace kitap::http
