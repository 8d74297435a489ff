#include "db/status.h"

namespace kitap {

std::string Status::ToString() const {
  if (ok()) return "OK";
  return reason_ + ": " + message_;
}

}  // namespace kitap
