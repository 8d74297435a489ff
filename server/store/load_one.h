// LoadOne: the "exactly one row or NOT_FOUND" pattern of every store.
#ifndef KITAP_SERVER_STORE_LOAD_ONE_H_
#define KITAP_SERVER_STORE_LOAD_ONE_H_

#include "db/database.h"

namespace kitap::store {

// Steps `st` (already bound) once: calls read(st) with the row and returns
// OK, or returns `not_found` when there is no row, or the storage error.
template <class Read>
Status LoadOne(db::Statement& st, Read read, Status not_found) {
  if (st.Step()) {
    read(st);
    st.Reset();
    return Status::Ok();
  }
  Status s = st.status();
  st.Reset();
  return s.ok() ? not_found : s;
}

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_LOAD_ONE_H_
