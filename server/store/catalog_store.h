// Bibliographic records and items.
#ifndef KITAP_SERVER_STORE_CATALOG_STORE_H_
#define KITAP_SERVER_STORE_CATALOG_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/catalog.pb.h"

namespace kitap::store {

// NOT_FOUND/RECORD_NOT_FOUND when missing.
Status LoadRecord(db::Database& db, int64_t id, v1::Record* out);
Status InsertRecord(db::Database& db, v1::Record* record);
Status UpdateRecord(db::Database& db, const v1::Record& record);
Status CountItemsOfRecord(db::Database& db, int64_t record_id, int* count);
Status ListRecords(db::Database& db, const std::string& title_prefix,
                   const std::string& isbn, int subject, int64_t after_id,
                   int limit, std::vector<v1::Record>* out);

// An item with what circulation needs of its record.
struct ItemRow {
  v1::Item item;
  int subject = 0;
  std::string title;
  std::optional<int> removed_year;
};

// NOT_FOUND/ITEM_NOT_FOUND when missing.
Status LoadItem(db::Database& db, int64_t id, ItemRow* out);
Status LoadItemByBarcode(db::Database& db, const std::string& barcode,
                         ItemRow* out);
// Inserts `item` (status and location set by the caller) and sets its id.
// ALREADY_EXISTS/BARCODE_TAKEN for a barcode in use.
Status InsertItem(db::Database& db, v1::Item* item, int acquired_year);
// Sets status, location and the year the item left the holdings (nullopt:
// it is in the holdings).
Status SaveItemState(db::Database& db, int64_t item_id, v1::ItemStatus status,
                     int64_t location_library_id,
                     std::optional<int> removed_year);
Status ListItems(db::Database& db, int64_t record_id, int64_t library_id,
                 int status, int64_t after_id, int limit,
                 std::vector<v1::Item>* out);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_CATALOG_STORE_H_
