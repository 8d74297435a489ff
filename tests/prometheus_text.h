// A strict reader of the Prometheus text exposition format (0.0.4) for
// tests: it parses an exposition and checks the rules scrapers rely on.
#ifndef KITAP_TESTS_PROMETHEUS_TEXT_H_
#define KITAP_TESTS_PROMETHEUS_TEXT_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kitap::test {

struct PromSample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

struct PromFamily {
  std::string help;
  std::string type;  // counter, gauge, histogram, summary, untyped
  bool has_help = false;
  bool has_type = false;
};

struct Exposition {
  std::map<std::string, PromFamily> families;
  std::vector<PromSample> samples;

  // The value of the sample `name` whose labels are exactly `labels`.
  std::optional<double> Value(
      const std::string& name,
      const std::map<std::string, std::string>& labels = {}) const;
};

// Parses `text` and checks it: every line is a comment, blank, or a
// well-formed sample; each family has one HELP and one TYPE line before its
// samples; every sample belongs to a declared family (a histogram's
// samples are NAME_bucket, NAME_sum and NAME_count); counters end in
// _total; each histogram series has cumulative buckets ending with
// le="+Inf" equal to its _count, and a _sum. Returns "" or what is wrong.
std::string ParseExposition(const std::string& text, Exposition* out);

}  // namespace kitap::test

#endif  // KITAP_TESTS_PROMETHEUS_TEXT_H_
