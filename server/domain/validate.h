// Input validation shared by every service. Each function returns OK or
// INVALID_ARGUMENT with a stable reason (docs/errors.md) and a message that
// names the field.
#ifndef KITAP_SERVER_DOMAIN_VALIDATE_H_
#define KITAP_SERVER_DOMAIN_VALIDATE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "db/status.h"
#include "server/domain/types.h"

namespace kitap::domain {

// request_id: 8..128 characters of [A-Za-z0-9._:-] (a UUID fits).
// Reasons: REQUEST_ID_MISSING, REQUEST_ID_MALFORMED.
Status ValidateRequestId(std::string_view request_id);

// Free text: valid UTF-8 (INVALID_UTF8), no control characters
// (TEXT_CONTROL_CHARACTER), at most `max_bytes` bytes (FIELD_TOO_LONG),
// and non-empty when `required` (FIELD_REQUIRED).
Status ValidateText(std::string_view field, std::string_view value,
                    size_t max_bytes, bool required);

// A reader card number: 4..32 characters of [A-Za-z0-9-].
// Reasons: CARD_NUMBER_MISSING, CARD_NUMBER_MALFORMED.
Status ValidateCardNumber(std::string_view card_number);

// An item barcode: 1..64 printable ASCII characters without spaces ("/" is
// allowed). Reasons: BARCODE_MISSING, BARCODE_MALFORMED.
Status ValidateBarcode(std::string_view barcode);

// A positive id. Reason: ID_MALFORMED (with the field name in the message).
Status ValidateId(std::string_view field, int64_t id);

// A real calendar date in 1900..2200. Reason: DATE_INVALID.
Status ValidateDate(std::string_view field, const CivilDate& date);

// An event time: not before 2000-01-01 and not more than 10 minutes after
// `now` (clocks of desks drift). Reason: TIME_OUT_OF_RANGE.
Status ValidateOccurredAt(Micros occurred_at, Micros now);

// ISBN-10/13 (digits, final X allowed for ISBN-10, ISBN-13 starting with
// 978 or 979, checksum verified),
// ISSN (NNNN-NNNC with checksum), ISO 639-1 language (two lower-case
// letters). Empty values are accepted (the fields are optional).
// Reasons: ISBN_INVALID, ISSN_INVALID, LANGUAGE_INVALID.
Status ValidateIsbn(std::string_view isbn);
Status ValidateIssn(std::string_view issn);
Status ValidateLanguage(std::string_view language);

}  // namespace kitap::domain

#endif  // KITAP_SERVER_DOMAIN_VALIDATE_H_
