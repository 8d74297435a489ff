// The reader card a desk shows when a card is scanned: name, card validity,
// block, and the open loans with the overdue ones marked.
#ifndef KITAP_CLIENT_DESK_READER_H_
#define KITAP_CLIENT_DESK_READER_H_

#include <ostream>
#include <string>

#include "client/desk_session.h"

namespace kitap::client {

enum class ReaderLookup {
  kFound,     // shown
  kNotFound,  // no such reader (or refused): the refusal was shown
  kOffline,   // kitapd unreachable: said so
};

// Looks the reader with `card` up and writes what the librarian needs.
ReaderLookup ShowReader(DeskSession& session, const std::string& card,
                        std::ostream& out);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_READER_H_
