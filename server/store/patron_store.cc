#include "server/store/patron_store.h"

#include "server/core/convert.h"
#include "server/domain/civil_time.h"
#include "server/store/load_one.h"

namespace kitap::store {
namespace {

constexpr char kColumns[] =
    "id, card_number, full_name, birth_date, home_library_id, category, "
    "registered_on, expires_on, blocked, block_reason, phone, email, "
    "created_at";

void SetDate(const std::string& text, v1::Date* out) {
  auto date = domain::ParseDate(text);
  if (date) ToProto(*date, out);
}

void ReadPatron(const db::Statement& st, v1::Patron* p) {
  p->set_id(st.ColumnInt(0));
  p->set_card_number(st.ColumnText(1));
  p->set_full_name(st.ColumnText(2));
  SetDate(st.ColumnText(3), p->mutable_birth_date());
  p->set_home_library_id(st.ColumnInt(4));
  p->set_category(static_cast<v1::PatronCategory>(st.ColumnInt(5)));
  SetDate(st.ColumnText(6), p->mutable_registered_on());
  SetDate(st.ColumnText(7), p->mutable_expires_on());
  p->set_blocked(st.ColumnInt(8) != 0);
  p->set_block_reason(st.ColumnText(9));
  p->set_phone(st.ColumnText(10));
  p->set_email(st.ColumnText(11));
  ToTimestamp(st.ColumnInt(12), p->mutable_created_at());
}

Status Load(db::Statement& st, v1::Patron* out, const std::string& what) {
  return LoadOne(
      st, [out](const db::Statement& row) { ReadPatron(row, out); },
      Status::NotFound("PATRON_NOT_FOUND", "no patron with " + what));
}

// Binds the twelve stored fields (all but id) to parameters 1..12.
void BindPatron(db::Statement& st, const v1::Patron& p) {
  st.Bind(1, p.card_number())
      .Bind(2, p.full_name())
      .Bind(3, SearchKey(p.full_name()))
      .Bind(4, domain::FormatDate(FromProto(p.birth_date())))
      .Bind(5, p.home_library_id())
      .Bind(6, static_cast<int>(p.category()))
      .Bind(7, domain::FormatDate(FromProto(p.registered_on())))
      .Bind(8, domain::FormatDate(FromProto(p.expires_on())))
      .Bind(9, p.blocked() ? 1 : 0)
      .Bind(10, p.block_reason())
      .Bind(11, p.phone())
      .Bind(12, p.email());
}

// Appends the UTF-8 encoding of code point `c`.
void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Lower case of a letter of the Latin, Russian or Kazakh alphabets.
char32_t Lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0x0410 && c <= 0x042F) return c + 32;  // А..Я
  if (c >= 0x0400 && c <= 0x040F) return c + 80;  // Ё, І and others
  switch (c) {  // Kazakh letters come in upper/lower pairs
    case 0x04D8:
    case 0x0492:
    case 0x049A:
    case 0x04A2:
    case 0x04E8:
    case 0x04B0:
    case 0x04AE:
    case 0x04BA:
      return c + 1;
    default:
      return c;
  }
}

}  // namespace

std::string SearchKey(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char b = text[i];
    char32_t c = b;
    size_t len = 1;
    if (b >= 0xE0 && i + 2 < text.size()) {
      c = ((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) |
          (text[i + 2] & 0x3F);
      len = 3;
    } else if (b >= 0xC0 && i + 1 < text.size()) {
      c = ((b & 0x1F) << 6) | (text[i + 1] & 0x3F);
      len = 2;
    }
    if (b >= 0xF0) {  // outside the alphabets we fold: copy as is
      size_t n = std::min<size_t>(4, text.size() - i);
      out.append(text, i, n);
      i += n;
      continue;
    }
    AppendUtf8(Lower(c), &out);
    i += len;
  }
  return out;
}

Status LoadPatron(db::Database& db, int64_t id, v1::Patron* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kColumns +
                                 " FROM patron WHERE id = ?");
  st.Bind(1, id);
  return Load(st, out, "id " + std::to_string(id));
}

Status LoadPatronByCard(db::Database& db, const std::string& card_number,
                        v1::Patron* out) {
  db::Statement& st = db.Prepare(std::string("SELECT ") + kColumns +
                                 " FROM patron WHERE card_number = ?");
  st.Bind(1, card_number);
  return Load(st, out, "card number " + card_number);
}

Status InsertPatron(db::Database& db, v1::Patron* patron) {
  db::Statement& st = db.Prepare(
      "INSERT INTO patron (card_number, full_name, name_key, birth_date, "
      "home_library_id, category, registered_on, expires_on, blocked, "
      "block_reason, phone, email, created_at) VALUES "
      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
      "ON CONFLICT (card_number) DO NOTHING");
  BindPatron(st, *patron);
  st.Bind(13, FromTimestamp(patron->created_at()));
  KITAP_RETURN_IF_ERROR(st.Run());
  if (db.Changes() == 0) {
    return Status::AlreadyExists(
        "CARD_NUMBER_TAKEN",
        "card number " + patron->card_number() + " is already registered");
  }
  patron->set_id(db.LastInsertRowId());
  return Status::Ok();
}

Status UpdatePatron(db::Database& db, const v1::Patron& patron) {
  db::Statement& st = db.Prepare(
      "UPDATE patron SET card_number = ?1, full_name = ?2, name_key = ?3, "
      "birth_date = ?4, home_library_id = ?5, category = ?6, "
      "registered_on = ?7, expires_on = ?8, blocked = ?9, "
      "block_reason = ?10, phone = ?11, email = ?12 WHERE id = ?13");
  BindPatron(st, patron);
  st.Bind(13, patron.id());
  return st.Run();
}

Status CountOpenLoans(db::Database& db, int64_t patron_id, int* count) {
  db::Statement& st = db.Prepare(
      "SELECT COUNT(*) FROM loan WHERE patron_id = ? AND returned_at IS "
      "NULL");
  st.Bind(1, patron_id);
  return LoadOne(
      st,
      [count](const db::Statement& row) {
        *count = static_cast<int>(row.ColumnInt(0));
      },
      Status::Internal("STORAGE_INTERNAL", "COUNT returned no row"));
}

Status SearchPatrons(db::Database& db, const std::string& query,
                     int64_t home_library_id, int64_t after_id, int limit,
                     std::vector<v1::Patron>* out) {
  db::Statement& st = db.Prepare(
      std::string("SELECT ") + kColumns +
      " FROM patron WHERE id > ?1 AND (?2 = 0 OR home_library_id = ?2) AND "
      "(card_number = ?3 OR (name_key >= ?4 AND name_key < ?4 || x'F48FBFBF')) "
      "ORDER BY id LIMIT ?5");
  st.Bind(1, after_id)
      .Bind(2, home_library_id)
      .Bind(3, query)
      .Bind(4, SearchKey(query))
      .Bind(5, limit);
  while (st.Step()) ReadPatron(st, &out->emplace_back());
  return st.status();
}

}  // namespace kitap::store
