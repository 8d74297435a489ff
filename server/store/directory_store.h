// Regions, libraries and library calendars.
#ifndef KITAP_SERVER_STORE_DIRECTORY_STORE_H_
#define KITAP_SERVER_STORE_DIRECTORY_STORE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/directory.pb.h"
#include "server/domain/policy.h"

namespace kitap::store {

Status ListRegions(db::Database& db, std::vector<v1::Region>* out);
// NOT_FOUND/REGION_NOT_FOUND for an unknown code.
Status LoadRegion(db::Database& db, const std::string& code, v1::Region* out);

// NOT_FOUND/LIBRARY_NOT_FOUND for an unknown id.
Status LoadLibrary(db::Database& db, int64_t id, v1::Library* out);
// Inserts `library` and sets its id.
Status InsertLibrary(db::Database& db, v1::Library* library);
Status UpdateLibrary(db::Database& db, const v1::Library& library);
// Libraries with id > after_id in id order, optionally filtered.
Status ListLibraries(db::Database& db, const std::string& region_code, int type,
                     int64_t after_id, int limit,
                     std::vector<v1::Library>* out);

Status LoadCalendar(db::Database& db, int64_t library_id,
                    domain::Calendar* out);
// Replaces the library's whole calendar.
Status SaveCalendar(db::Database& db, int64_t library_id,
                    const domain::Calendar& calendar);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_DIRECTORY_STORE_H_
