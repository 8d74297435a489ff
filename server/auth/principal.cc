#include "server/auth/principal.h"

namespace kitap::auth {

Rule AtLibrary(Roles roles, int64_t library_id) {
  Rule rule;
  rule.roles = roles;
  rule.library_id = library_id;
  rule.library_required = true;
  return rule;
}

Rule Anywhere(Roles roles) {
  Rule rule;
  rule.roles = roles;
  return rule;
}

Rule ForReport(int64_t library_id, const std::string& region_code) {
  Rule rule;
  rule.roles = kLibraryAdmin | kRegionalAdmin;
  rule.library_id = library_id;
  rule.library_required = true;
  rule.region_code = region_code;
  rule.region_required = true;
  return rule;
}

Rule ForNationalCounters() {
  return Anywhere(kLibraryAdmin | kRegionalAdmin | kNationalAdmin);
}

Status Authorize(const Principal& p, const Rule& rule) {
  if (p.role == Role::kNationalAdmin) return Status::Ok();
  if ((rule.roles & RoleBit(p.role)) == 0) {
    return {
        Code::kPermissionDenied, "ROLE_NOT_ALLOWED",
        std::string("a ") + RoleName(p.role) + " credential may not do this"};
  }
  bool library_bound = p.role == Role::kDesk || p.role == Role::kLibraryAdmin ||
                       p.role == Role::kPeriodicals;
  if (library_bound && rule.library_required &&
      rule.library_id != p.library_id) {
    return {Code::kPermissionDenied, "LIBRARY_NOT_ALLOWED",
            "this credential acts for library " + std::to_string(p.library_id) +
                " only"};
  }
  if (p.role == Role::kRegionalAdmin && rule.region_required &&
      rule.region_code != p.region_code) {
    return {Code::kPermissionDenied, "REGION_NOT_ALLOWED",
            "this credential reads region " + p.region_code + " only"};
  }
  return Status::Ok();
}

const char* RoleName(Role role) {
  switch (role) {
    case Role::kDesk:
      return "desk";
    case Role::kLibraryAdmin:
      return "library_admin";
    case Role::kPeriodicals:
      return "periodicals";
    case Role::kRegionalAdmin:
      return "regional_admin";
    case Role::kNationalAdmin:
      return "national_admin";
    default:
      return "none";
  }
}

}  // namespace kitap::auth
