// Helpers shared by the operations: pagination, domain views of stored
// rows, and the local day of an instant at a library.
#ifndef KITAP_SERVER_OPS_COMMON_H_
#define KITAP_SERVER_OPS_COMMON_H_

#include <cstdint>
#include <string>

#include "db/status.h"
#include "kitap/v1/catalog.pb.h"
#include "kitap/v1/directory.pb.h"
#include "kitap/v1/patrons.pb.h"
#include "server/domain/types.h"

namespace kitap::ops {

// Pagination: page_size 0 means 100, at most 1000; a page token is the
// opaque position after which the next page starts.
struct Page {
  int limit = 100;
  int64_t after_id = 0;
};
// INVALID_ARGUMENT/PAGE_SIZE_INVALID or PAGE_TOKEN_INVALID.
Status ReadPage(int32_t page_size, const std::string& page_token, Page* page);
// The token for the page after one that returned `returned` rows ending
// at `last_id`; empty when this was the last page.
std::string NextPageToken(const Page& page, size_t returned, int64_t last_id);

domain::PatronState PatronStateOf(const v1::Patron& patron, int open_loans);
domain::ItemState ItemStateOf(const v1::Item& item);

// The local date of `instant` at `library`.
domain::CivilDate LocalDay(const v1::Library& library, domain::Micros instant);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_COMMON_H_
