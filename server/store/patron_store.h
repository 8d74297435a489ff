// Patrons (readers).
#ifndef KITAP_SERVER_STORE_PATRON_STORE_H_
#define KITAP_SERVER_STORE_PATRON_STORE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/patrons.pb.h"

namespace kitap::store {

// NOT_FOUND/PATRON_NOT_FOUND when there is no such patron.
Status LoadPatron(db::Database& db, int64_t id, v1::Patron* out);
Status LoadPatronByCard(db::Database& db, const std::string& card_number,
                        v1::Patron* out);
// Inserts `patron` (created_at set by the caller) and sets its id.
// ALREADY_EXISTS/CARD_NUMBER_TAKEN when the card is registered already.
Status InsertPatron(db::Database& db, v1::Patron* patron);
// Writes every stored field of `patron` (by id).
Status UpdatePatron(db::Database& db, const v1::Patron& patron);
Status CountOpenLoans(db::Database& db, int64_t patron_id, int* count);
// Patrons whose name starts with `query` (case-insensitive) or whose card
// is `query`, with id > after_id, in id order.
Status SearchPatrons(db::Database& db, const std::string& query,
                     int64_t home_library_id, int64_t after_id, int limit,
                     std::vector<v1::Patron>* out);

// Lower-cases ASCII and the Cyrillic letters of Kazakh and Russian, for
// case-insensitive search keys.
std::string SearchKey(const std::string& text);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_PATRON_STORE_H_
