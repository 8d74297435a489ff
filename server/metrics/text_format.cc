#include "server/metrics/text_format.h"

#include <charconv>
#include <cmath>

namespace kitap::metrics {
namespace {

// Escapes `text` for a HELP line (backslash, newline) or, with `quote`, for
// a label value (also the double quote).
std::string Escape(std::string_view text, bool quote) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '"' && quote) {
      out += "\\\"";
    } else {
      out += c;
    }
  }
  return out;
}

void AppendLabels(const Labels& labels, std::string* out) {
  if (labels.empty()) return;
  *out += '{';
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) *out += ',';
    *out += labels[i].first + "=\"" + Escape(labels[i].second, true) + '"';
  }
  *out += '}';
}

}  // namespace

std::string FormatValue(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  // Plain decimals where they stay short ("0.0005", not "5e-04": bucket
  // bounds are compared as text by queries); exponents beyond.
  double magnitude = std::fabs(value);
  bool plain = magnitude == 0 || (magnitude >= 1e-9 && magnitude < 1e15);
  char buffer[64];
  auto result = plain ? std::to_chars(buffer, buffer + sizeof(buffer), value,
                                      std::chars_format::fixed)
                      : std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, result.ptr);
}

void TextWriter::Family(std::string_view name, std::string_view type,
                        std::string_view help) {
  out_ += "# HELP ";
  out_ += name;
  out_ += ' ' + Escape(help, false) + "\n# TYPE ";
  out_ += name;
  out_ += ' ';
  out_ += type;
  out_ += '\n';
}

void TextWriter::Sample(std::string_view name, const Labels& labels,
                        double value) {
  out_ += name;
  AppendLabels(labels, &out_);
  out_ += ' ' + FormatValue(value) + '\n';
}

void TextWriter::Histogram(std::string_view name, const Labels& labels,
                           const Histogram::Snapshot& snapshot) {
  std::string bucket = std::string(name) + "_bucket";
  for (size_t i = 0; i < snapshot.cumulative.size(); ++i) {
    Labels with_le = labels;
    double le = i < snapshot.bounds.size() ? snapshot.bounds[i] : INFINITY;
    with_le.emplace_back("le", FormatValue(le));
    Sample(bucket, with_le, static_cast<double>(snapshot.cumulative[i]));
  }
  Sample(std::string(name) + "_sum", labels, snapshot.sum);
  Sample(std::string(name) + "_count", labels,
         static_cast<double>(snapshot.count));
}

}  // namespace kitap::metrics
