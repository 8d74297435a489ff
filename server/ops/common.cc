#include "server/ops/common.h"

#include <charconv>

#include "server/core/convert.h"
#include "server/domain/civil_time.h"

namespace kitap::ops {

Status ReadPage(int32_t page_size, const std::string& page_token, Page* page) {
  if (page_size < 0 || page_size > 1000) {
    return Status::InvalidArgument("PAGE_SIZE_INVALID",
                                   "page_size must be between 0 and 1000");
  }
  page->limit = page_size == 0 ? 100 : page_size;
  page->after_id = 0;
  if (page_token.empty()) return Status::Ok();
  const char* end = page_token.data() + page_token.size();
  auto [ptr, ec] = std::from_chars(page_token.data(), end, page->after_id);
  if (ec != std::errc() || ptr != end || page->after_id <= 0) {
    return Status::InvalidArgument("PAGE_TOKEN_INVALID",
                                   "page_token is not one this server gave");
  }
  return Status::Ok();
}

std::string NextPageToken(const Page& page, size_t returned, int64_t last_id) {
  if (returned < static_cast<size_t>(page.limit)) return "";
  return std::to_string(last_id);
}

domain::PatronState PatronStateOf(const v1::Patron& patron, int open_loans) {
  domain::PatronState state;
  state.id = patron.id();
  state.category = static_cast<domain::PatronCategory>(patron.category());
  state.birth_date = FromProto(patron.birth_date());
  state.expires_on = FromProto(patron.expires_on());
  state.blocked = patron.blocked();
  state.open_loans = open_loans;
  return state;
}

domain::ItemState ItemStateOf(const v1::Item& item) {
  domain::ItemState state;
  state.id = item.id();
  state.owner_library_id = item.library_id();
  state.loan_type = static_cast<domain::LoanType>(item.loan_type());
  state.status = static_cast<domain::ItemStatus>(item.status());
  return state;
}

domain::CivilDate LocalDay(const v1::Library& library, domain::Micros instant) {
  return domain::LocalDate(instant, library.time_zone());
}

}  // namespace kitap::ops
