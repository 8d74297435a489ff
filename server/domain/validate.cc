#include "server/domain/validate.h"

#include <optional>
#include <string>

#include "server/domain/civil_time.h"

namespace kitap::domain {
namespace {

// 2000-01-01T00:00:00Z: anything earlier comes from a desk clock that was
// reset, not from a real event.
constexpr Micros kEarliestOccurredAt = 946'684'800 * kMicrosPerSecond;
constexpr Micros kMaxClockSkew = 10 * 60 * kMicrosPerSecond;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlnum(char c) {
  return IsDigit(c) || IsLower(c) || (c >= 'A' && c <= 'Z');
}

bool IsRequestIdChar(char c) {
  return IsAlnum(c) || c == '.' || c == '_' || c == ':' || c == '-';
}
bool IsCardNumberChar(char c) { return IsAlnum(c) || c == '-'; }
// Printable ASCII without the space.
bool IsBarcodeChar(char c) { return c > ' ' && c < '\x7f'; }

template <typename Predicate>
bool AllOf(std::string_view text, Predicate predicate) {
  for (char c : text) {
    if (!predicate(c)) return false;
  }
  return true;
}

// The lead byte of a UTF-8 sequence: its length, its payload bits and the
// smallest code point that needs that length (anything below is overlong).
struct LeadByte {
  size_t length;
  char32_t bits;
  char32_t shortest;
};

std::optional<LeadByte> DecodeLead(unsigned char lead) {
  if (lead < 0x80) return LeadByte{1, lead, 0};
  if ((lead & 0xE0) == 0xC0) return LeadByte{2, lead & 0x1Fu, 0x80};
  if ((lead & 0xF0) == 0xE0) return LeadByte{3, lead & 0x0Fu, 0x800};
  if ((lead & 0xF8) == 0xF0) return LeadByte{4, lead & 0x07u, 0x10000};
  return std::nullopt;  // a stray continuation byte, or 0xF8..0xFF
}

// Decodes the code point at text[*pos] and moves *pos past it, or returns
// nullopt for an ill-formed sequence: an invalid lead byte, a truncated
// sequence, an overlong form, a surrogate or a value above U+10FFFF (the
// well-formed sequences of the Unicode Standard, table 3-7).
std::optional<char32_t> NextCodePoint(std::string_view text, size_t* pos) {
  const std::optional<LeadByte> lead =
      DecodeLead(static_cast<unsigned char>(text[*pos]));
  if (!lead || text.size() - *pos < lead->length) return std::nullopt;
  char32_t code_point = lead->bits;
  for (size_t i = 1; i < lead->length; ++i) {
    const auto next = static_cast<unsigned char>(text[*pos + i]);
    if ((next & 0xC0) != 0x80) return std::nullopt;
    code_point = (code_point << 6) | (next & 0x3Fu);
  }
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < lead->shortest || surrogate || code_point > 0x10FFFF) {
    return std::nullopt;
  }
  *pos += lead->length;
  return code_point;
}

// C0 controls, DEL and C1 controls. None is allowed, not even tab or line
// feed: U+001F separates authors in storage, and the others would garble
// one-line desk displays, reports and CSV.
bool IsControl(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

Status CheckCodePoints(std::string_view field, std::string_view value) {
  size_t pos = 0;
  while (pos < value.size()) {
    const size_t start = pos;
    const std::optional<char32_t> code_point = NextCodePoint(value, &pos);
    if (!code_point) {
      return Status::InvalidArgument(
          "INVALID_UTF8", std::string(field) + " is not valid UTF-8 (at byte " +
                              std::to_string(start) + ")");
    }
    if (IsControl(*code_point)) {
      return Status::InvalidArgument(
          "TEXT_CONTROL_CHARACTER",
          std::string(field) + " contains a control character (at byte " +
              std::to_string(start) + ")");
    }
  }
  return Status::Ok();
}

// Digits with an optional final 'X' (ten) whose sum weighted n..1 is a
// multiple of 11: the check shared by ISBN-10 and ISSN.
bool HasMod11Check(std::string_view code) {
  int sum = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    int value;
    if (IsDigit(code[i])) {
      value = code[i] - '0';
    } else if (code[i] == 'X' && i + 1 == code.size()) {
      value = 10;
    } else {
      return false;
    }
    sum += value * static_cast<int>(code.size() - i);
  }
  return sum % 11 == 0;
}

// EAN-13: digits weighted 1, 3, 1, 3, ... sum to a multiple of 10.
bool HasEan13Check(std::string_view code) {
  if (!AllOf(code, IsDigit)) return false;
  int sum = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    sum += (code[i] - '0') * (i % 2 == 0 ? 1 : 3);
  }
  return sum % 10 == 0;
}

// ISBN-13 is the EAN-13 of the "Bookland" prefixes 978 and 979 only.
bool IsIsbn13(std::string_view isbn) {
  return isbn.size() == 13 &&
         (isbn.starts_with("978") || isbn.starts_with("979")) &&
         HasEan13Check(isbn);
}

}  // namespace

Status ValidateRequestId(std::string_view request_id) {
  if (request_id.empty()) {
    return Status::InvalidArgument("REQUEST_ID_MISSING",
                                   "request_id is required");
  }
  if (request_id.size() < 8 || request_id.size() > 128 ||
      !AllOf(request_id, IsRequestIdChar)) {
    return Status::InvalidArgument(
        "REQUEST_ID_MALFORMED",
        "request_id must be 8 to 128 characters of A-Z, a-z, 0-9, '.', '_', "
        "':' and '-'");
  }
  return Status::Ok();
}

Status ValidateText(std::string_view field, std::string_view value,
                    size_t max_bytes, bool required) {
  if (value.empty() && required) {
    return Status::InvalidArgument("FIELD_REQUIRED",
                                   std::string(field) + " is required");
  }
  // Checked before decoding so an oversized value is not scanned.
  if (value.size() > max_bytes) {
    return Status::InvalidArgument("FIELD_TOO_LONG",
                                   std::string(field) + " is longer than " +
                                       std::to_string(max_bytes) + " bytes");
  }
  return CheckCodePoints(field, value);
}

Status ValidateCardNumber(std::string_view card_number) {
  if (card_number.empty()) {
    return Status::InvalidArgument("CARD_NUMBER_MISSING",
                                   "card_number is required");
  }
  if (card_number.size() < 4 || card_number.size() > 32 ||
      !AllOf(card_number, IsCardNumberChar)) {
    return Status::InvalidArgument(
        "CARD_NUMBER_MALFORMED",
        "card_number must be 4 to 32 characters of A-Z, a-z, 0-9 and '-'");
  }
  return Status::Ok();
}

Status ValidateBarcode(std::string_view barcode) {
  if (barcode.empty()) {
    return Status::InvalidArgument("BARCODE_MISSING", "barcode is required");
  }
  if (barcode.size() > 64 || !AllOf(barcode, IsBarcodeChar)) {
    return Status::InvalidArgument(
        "BARCODE_MALFORMED",
        "barcode must be 1 to 64 printable ASCII characters without spaces");
  }
  return Status::Ok();
}

Status ValidateId(std::string_view field, int64_t id) {
  if (id > 0) return Status::Ok();
  return Status::InvalidArgument(
      "ID_MALFORMED", std::string(field) + " must be a positive number, not " +
                          std::to_string(id));
}

Status ValidateDate(std::string_view field, const CivilDate& date) {
  if (IsValidDate(date)) return Status::Ok();
  return Status::InvalidArgument(
      "DATE_INVALID", std::string(field) + " " + FormatDate(date) +
                          " is not a real date between 1900-01-01 and "
                          "2200-12-31");
}

Status ValidateOccurredAt(Micros occurred_at, Micros now) {
  if (occurred_at < kEarliestOccurredAt) {
    return Status::InvalidArgument("TIME_OUT_OF_RANGE",
                                   "occurred_at is before 2000-01-01");
  }
  if (occurred_at > now && occurred_at - now > kMaxClockSkew) {
    return Status::InvalidArgument(
        "TIME_OUT_OF_RANGE",
        "occurred_at is more than 10 minutes in the future; check the desk's "
        "clock");
  }
  return Status::Ok();
}

Status ValidateIsbn(std::string_view isbn) {
  const bool valid = isbn.empty() ||
                     (isbn.size() == 10 && HasMod11Check(isbn)) ||
                     IsIsbn13(isbn);
  if (valid) return Status::Ok();
  return Status::InvalidArgument(
      "ISBN_INVALID",
      "isbn must be an ISBN-10 or ISBN-13 of digits only "
      "(a final X allowed in ISBN-10) with a correct check "
      "digit");
}

Status ValidateIssn(std::string_view issn) {
  const bool valid =
      issn.empty() || (issn.size() == 9 && issn[4] == '-' &&
                       HasMod11Check(std::string(issn.substr(0, 4)) +
                                     std::string(issn.substr(5))));
  if (valid) return Status::Ok();
  return Status::InvalidArgument(
      "ISSN_INVALID",
      "issn must be NNNN-NNNC with a correct check digit C (0-9 or X)");
}

Status ValidateLanguage(std::string_view language) {
  if (language.empty() || (language.size() == 2 && AllOf(language, IsLower))) {
    return Status::Ok();
  }
  return Status::InvalidArgument(
      "LANGUAGE_INVALID",
      "language must be an ISO 639-1 code of two lower-case letters");
}

}  // namespace kitap::domain
