#include "bench/model.h"

#include <algorithm>
#include <map>

#include "bench/apportion.h"

namespace kitap::gen {
namespace {

// Registered readers by region, in thousands (a plausible spread that
// keeps the reference ranking at the top).
const std::map<std::string, double>& ReaderWeights() {
  static const std::map<std::string, double> kWeights = {
      {"KZ-61", 560}, {"KZ-31", 470}, {"KZ-55", 420}, {"KZ-35", 380},
      {"KZ-63", 360}, {"KZ-19", 350}, {"KZ-39", 330}, {"KZ-75", 320},
      {"KZ-11", 290}, {"KZ-43", 280}, {"KZ-15", 270}, {"KZ-79", 260},
      {"KZ-71", 250}, {"KZ-59", 240}, {"KZ-27", 230}, {"KZ-10", 220},
      {"KZ-23", 180}, {"KZ-47", 170}, {"KZ-33", 160}, {"KZ-62", 60},
  };
  return kWeights;
}

const std::vector<TypeModel>& TypeModels() {
  static const std::vector<TypeModel> kModels = {
      {v1::LIBRARY_TYPE_NATIONAL, 0, 40, 4000, 0.05, 2.6, 12, 0.85, 0.0},
      {v1::LIBRARY_TYPE_ACADEMIC, 0, 25, 2500, 0.5, 1.8, 8, 0.6, 0.05},
      {v1::LIBRARY_TYPE_REGIONAL, 0, 30, 600, 1.0, 1.2, 6, 0.2, 0.05},
      {v1::LIBRARY_TYPE_DISTRICT, 170, 5, 80, 1.0, 1.0, 1.5, 0.05, 0.05},
      {v1::LIBRARY_TYPE_CITY, 250, 6, 60, 1.0, 1.0, 1.5, 0.05, 0.05},
      {v1::LIBRARY_TYPE_CHILDREN, 200, 5, 40, 1.2, 1.0, 2.0, 0.05, 0.05},
      {v1::LIBRARY_TYPE_RURAL, 3245, 1, 10, 1.0, 0.9, 1.0, 0.03, 0.02},
  };
  return kModels;
}

}  // namespace

Targets TargetsFor(double scale) {
  Targets t;
  t.libraries = std::max<int64_t>(kCoreLibraries, Scaled(kRefLibraries, scale));
  t.items = Scaled(kRefHoldings, scale);
  t.records = std::max<int64_t>(100, t.items / kCopiesPerRecord);
  t.loans = Scaled(kRefLoans, scale);
  t.registered = Scaled(kRefRegisteredUsers, scale);
  t.registered_before = Scaled(kRefRegisteredUsersBefore, scale);
  t.new_registrations =
      Scaled(kRefRegisteredUsers, scale * kNewRegistrationShare);
  int64_t visits = Scaled(kRefVisits, scale);
  t.patron_visits = Scaled(kRefVisits, scale * kPatronVisitShare);
  t.gate_visits = visits - t.patron_visits;
  t.national_library_requests = Scaled(kRefNationalLibraryRequests, scale);
  t.other_requests = Scaled(kRefOtherRequests, scale);
  t.events = Scaled(kRefEvents, scale);
  return t;
}

const TypeModel& ModelOf(v1::LibraryType type) {
  for (const TypeModel& model : TypeModels()) {
    if (model.type == type) return model;
  }
  return TypeModels().back();
}

const std::vector<v1::LibraryType>& OtherTypes() {
  static const std::vector<v1::LibraryType> kTypes = {
      v1::LIBRARY_TYPE_DISTRICT, v1::LIBRARY_TYPE_CITY,
      v1::LIBRARY_TYPE_CHILDREN, v1::LIBRARY_TYPE_RURAL};
  return kTypes;
}

double ReaderWeight(const std::string& region_code) {
  auto it = ReaderWeights().find(region_code);
  return it == ReaderWeights().end() ? 0 : it->second;
}

double RuralWeight(const std::string& region_code) {
  bool city = region_code == "KZ-71" || region_code == "KZ-75" ||
              region_code == "KZ-79";
  return city ? 0 : ReaderWeight(region_code);
}

std::vector<double> AgeMix(v1::LibraryType type) {
  switch (type) {
    case v1::LIBRARY_TYPE_NATIONAL:
      return {0, 20, 12, 30, 20, 12, 6};
    case v1::LIBRARY_TYPE_ACADEMIC:
      return {0, 5, 8, 35, 30, 15, 7};
    case v1::LIBRARY_TYPE_CHILDREN:
      return {62, 38, 0, 0, 0, 0, 0};
    default:
      return {24, 16, 6, 12, 18, 15, 9};
  }
}

v1::PatronCategory CategoryOf(int group, double u) {
  if (group <= 1) return v1::PATRON_CATEGORY_CHILD;
  if (group == 2) {
    return u < 0.8 ? v1::PATRON_CATEGORY_STUDENT : v1::PATRON_CATEGORY_ADULT;
  }
  if (group == 3) {
    return u < 0.6 ? v1::PATRON_CATEGORY_STUDENT : v1::PATRON_CATEGORY_ADULT;
  }
  if (group <= 5 && u < 0.05) return v1::PATRON_CATEGORY_STAFF;
  return v1::PATRON_CATEGORY_ADULT;
}

const std::vector<double>& SubjectLoanWeights() {
  // unused, fiction, history, popular science, psychology, medicine,
  // technology, children's, education, arts, social, natural, reference,
  // other.
  static const std::vector<double> kWeights = {0, 34, 14, 10, 8, 7, 6,
                                               5, 5,  3,  3,  2, 2, 1};
  return kWeights;
}

const std::vector<double>& SubjectHoldingWeights() {
  static const std::vector<double> kWeights = {0,  30, 12, 7, 4, 4, 5,
                                               10, 8,  5,  5, 4, 4, 2};
  return kWeights;
}

int ActivityLevel(double u) {
  if (u < 0.12) return 0;
  if (u < 0.57) return 1;
  if (u < 0.87) return 2;
  return kMaxActivity;
}

}  // namespace kitap::gen
