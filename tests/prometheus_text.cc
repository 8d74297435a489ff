#include "tests/prometheus_text.h"

#include <cmath>
#include <cstdlib>
#include <set>
#include <sstream>

namespace kitap::test {
namespace {

bool IsNameChar(char c, bool first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == ':' || (!first && c >= '0' && c <= '9');
}

bool ReadName(const std::string& line, size_t* pos, std::string* name) {
  size_t start = *pos;
  while (*pos < line.size() && IsNameChar(line[*pos], *pos == start)) ++*pos;
  *name = line.substr(start, *pos - start);
  return !name->empty();
}

// Reads {a="x",b="y"} at *pos, if there.
bool ReadLabels(const std::string& line, size_t* pos,
                std::map<std::string, std::string>* labels) {
  if (*pos >= line.size() || line[*pos] != '{') return true;
  ++*pos;
  while (*pos < line.size() && line[*pos] != '}') {
    std::string name, value;
    if (!ReadName(line, pos, &name) || line.compare(*pos, 2, "=\"") != 0) {
      return false;
    }
    *pos += 2;
    while (*pos < line.size() && line[*pos] != '"') {
      char c = line[(*pos)++];
      if (c == '\\' && *pos < line.size()) {
        char e = line[(*pos)++];
        value += e == 'n' ? '\n' : e;
      } else {
        value += c;
      }
    }
    if (*pos >= line.size() || labels->count(name)) return false;
    (*labels)[name] = value;
    ++*pos;  // closing quote
    if (*pos < line.size() && line[*pos] == ',') ++*pos;
  }
  if (*pos >= line.size()) return false;
  ++*pos;
  return true;
}

bool ParseValue(const std::string& text, double* value) {
  if (text == "+Inf" || text == "-Inf" || text == "NaN") {
    *value = text == "NaN" ? NAN : text[0] == '+' ? INFINITY : -INFINITY;
    return true;
  }
  char* end = nullptr;
  *value = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size();
}

std::string ParseSample(const std::string& line, PromSample* sample) {
  size_t pos = 0;
  if (!ReadName(line, &pos, &sample->name) ||
      !ReadLabels(line, &pos, &sample->labels) || pos >= line.size() ||
      line[pos] != ' ') {
    return "malformed sample line: " + line;
  }
  std::string value = line.substr(pos + 1);
  if (value.find(' ') != std::string::npos) {
    value = value.substr(0, value.find(' '));  // a timestamp follows
  }
  if (!ParseValue(value, &sample->value)) return "bad value in: " + line;
  return "";
}

// The family a sample belongs to, given the declared families.
std::string FamilyOf(const std::string& name,
                     const std::map<std::string, PromFamily>& families) {
  if (families.count(name)) return name;
  for (const char* suffix : {"_bucket", "_sum", "_count"}) {
    std::string s = suffix;
    if (name.size() > s.size() && name.ends_with(s)) {
      std::string base = name.substr(0, name.size() - s.size());
      auto it = families.find(base);
      if (it != families.end() && it->second.type == "histogram") return base;
    }
  }
  return "";
}

std::string Comment(const std::string& line, Exposition* out,
                    const std::set<std::string>& with_samples) {
  std::istringstream in(line);
  std::string hash, kind, name;
  in >> hash >> kind >> name;
  if (kind != "HELP" && kind != "TYPE") return "";  // a plain comment
  if (with_samples.count(name)) return kind + " after samples of " + name;
  PromFamily& family = out->families[name];
  std::string rest;
  std::getline(in, rest);
  if (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
  if (kind == "HELP") {
    if (family.has_help) return "two HELP lines for " + name;
    family.has_help = true;
    family.help = rest;
  } else {
    if (family.has_type) return "two TYPE lines for " + name;
    family.has_type = true;
    family.type = rest;
  }
  return "";
}

// Histogram rules for one series (a label set without le).
std::string CheckHistograms(const Exposition& e) {
  using Key = std::pair<std::string, std::map<std::string, std::string>>;
  std::map<Key, std::vector<std::pair<double, double>>> buckets;
  std::map<Key, double> counts;
  std::set<Key> sums;
  for (const PromSample& s : e.samples) {
    std::string family = FamilyOf(s.name, e.families);
    if (e.families.at(family).type != "histogram") continue;
    auto labels = s.labels;
    if (s.name == family + "_bucket") {
      if (!labels.count("le")) return "bucket without le: " + s.name;
      double le = 0;
      if (!ParseValue(labels["le"], &le)) return "bad le in " + s.name;
      labels.erase("le");
      buckets[{family, labels}].emplace_back(le, s.value);
    } else if (s.name == family + "_count") {
      counts[{family, labels}] = s.value;
    } else if (s.name == family + "_sum") {
      sums.insert({family, labels});
    }
  }
  for (const auto& [key, list] : buckets) {
    for (size_t i = 1; i < list.size(); ++i) {
      if (list[i].first <= list[i - 1].first) return key.first + ": le order";
      if (list[i].second < list[i - 1].second) {
        return key.first + ": buckets not cumulative";
      }
    }
    if (list.empty() || !std::isinf(list.back().first)) {
      return key.first + ": no le=\"+Inf\" bucket";
    }
    if (!counts.count(key) || counts.at(key) != list.back().second) {
      return key.first + ": _count missing or not the +Inf bucket";
    }
    if (!sums.count(key)) return key.first + ": no _sum";
  }
  if (counts.size() != buckets.size()) return "a _count without buckets";
  return "";
}

}  // namespace

std::optional<double> Exposition::Value(
    const std::string& name,
    const std::map<std::string, std::string>& labels) const {
  for (const PromSample& s : samples) {
    if (s.name == name && s.labels == labels) return s.value;
  }
  return std::nullopt;
}

std::string ParseExposition(const std::string& text, Exposition* out) {
  std::istringstream in(text);
  std::string line;
  std::set<std::string> with_samples;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line[0] == '#') {
      std::string error = Comment(line, out, with_samples);
      if (!error.empty()) return error;
      continue;
    }
    PromSample sample;
    std::string error = ParseSample(line, &sample);
    if (!error.empty()) return error;
    std::string family = FamilyOf(sample.name, out->families);
    if (family.empty()) return "sample of no declared family: " + line;
    const PromFamily& f = out->families.at(family);
    if (!f.has_help || !f.has_type) return "no HELP or TYPE for " + family;
    if (f.type == "counter" && !family.ends_with("_total")) {
      return "counter not named _total: " + family;
    }
    with_samples.insert(family);
    out->samples.push_back(std::move(sample));
  }
  for (const auto& [name, family] : out->families) {
    if (!family.has_help || !family.has_type) {
      return "family without HELP or TYPE: " + name;
    }
  }
  return CheckHistograms(*out);
}

}  // namespace kitap::test
