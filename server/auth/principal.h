// Who is calling: the principal a bearer token stands for, and the rules
// of what each role may do. Pure: no gRPC, no SQL.
#ifndef KITAP_SERVER_AUTH_PRINCIPAL_H_
#define KITAP_SERVER_AUTH_PRINCIPAL_H_

#include <cstdint>
#include <string>

#include "db/status.h"

namespace kitap::auth {

// Values equal kitap.v1.Role.
enum class Role {
  kNone = 0,
  kDesk = 1,
  kLibraryAdmin = 2,
  kPeriodicals = 3,
  kRegionalAdmin = 4,
  kNationalAdmin = 5,
};

struct Principal {
  int64_t credential_id = 0;
  Role role = Role::kNone;
  int64_t library_id = 0;   // desk, library admin, periodicals
  std::string region_code;  // regional admin
};

// A set of roles, as bits.
using Roles = uint32_t;
constexpr Roles RoleBit(Role role) { return 1u << static_cast<int>(role); }
inline constexpr Roles kDesk = RoleBit(Role::kDesk);
inline constexpr Roles kLibraryAdmin = RoleBit(Role::kLibraryAdmin);
inline constexpr Roles kPeriodicals = RoleBit(Role::kPeriodicals);
inline constexpr Roles kRegionalAdmin = RoleBit(Role::kRegionalAdmin);
inline constexpr Roles kNationalAdmin = RoleBit(Role::kNationalAdmin);
inline constexpr Roles kAnyRole =
    kDesk | kLibraryAdmin | kPeriodicals | kRegionalAdmin | kNationalAdmin;

// What a method requires of its caller. A national admin may do
// everything. Other roles must be in `roles`; when `library_id` is set
// (non-zero) a library-bound principal must belong to that library, and
// when `region_code` is set a regional admin must belong to that region.
struct Rule {
  Roles roles = 0;
  // Library-bound roles (desk, library admin, periodicals) must act for
  // this library when library_required.
  int64_t library_id = 0;
  bool library_required = false;
  // A regional admin must belong to this region when region_required.
  std::string region_code;
  bool region_required = false;
};

// A rule for actions at one library (the request's library_id).
Rule AtLibrary(Roles roles, int64_t library_id);
// A rule for any authenticated principal in `roles`, wherever.
Rule Anywhere(Roles roles);
// Statistics of one library or region: library admins of that library,
// regional admins of that region.
Rule ForReport(int64_t library_id, const std::string& region_code);
// The live national counters: any admin (national, regional, library).
// They are totals for the whole country and carry no personal data.
Rule ForNationalCounters();

// OK, or PERMISSION_DENIED with ROLE_NOT_ALLOWED, LIBRARY_NOT_ALLOWED or
// REGION_NOT_ALLOWED.
Status Authorize(const Principal& principal, const Rule& rule);

// "desk", "library_admin", ...
const char* RoleName(Role role);

}  // namespace kitap::auth

#endif  // KITAP_SERVER_AUTH_PRINCIPAL_H_
