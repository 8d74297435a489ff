// TextWriter: writes the Prometheus text exposition format, version 0.0.4
// (served as "text/plain; version=0.0.4; charset=utf-8"). Each metric
// family opens with its HELP and TYPE lines, followed by its samples.
//
// Not thread-safe: one writer per exposition.
#ifndef KITAP_SERVER_METRICS_TEXT_FORMAT_H_
#define KITAP_SERVER_METRICS_TEXT_FORMAT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/metrics/histogram.h"

namespace kitap::metrics {

inline constexpr char kContentType[] =
    "text/plain; version=0.0.4; charset=utf-8";

// Label names and values, in the order written.
using Labels = std::vector<std::pair<std::string, std::string>>;

class TextWriter {
 public:
  // Opens a family: "# HELP name help" and "# TYPE name type". `type` is
  // "counter", "gauge" or "histogram". REQUIRES: each name once.
  void Family(std::string_view name, std::string_view type,
              std::string_view help);
  // "name{labels} value". For a counter, `name` ends in "_total".
  void Sample(std::string_view name, const Labels& labels, double value);
  // The _bucket (cumulative, ending with le="+Inf"), _sum and _count
  // samples of a histogram family `name`.
  void Histogram(std::string_view name, const Labels& labels,
                 const Histogram::Snapshot& snapshot);

  const std::string& text() const { return out_; }

 private:
  std::string out_;
};

// A sample value or le bound as Prometheus writes it: the shortest form
// that reads back the same ("0.0005", "42", "+Inf", "NaN").
std::string FormatValue(double value);

}  // namespace kitap::metrics

#endif  // KITAP_SERVER_METRICS_TEXT_FORMAT_H_
