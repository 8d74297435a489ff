// Update masks (Google API design, AIP-134): which fields an Update changes.
#ifndef KITAP_SERVER_OPS_FIELD_MASK_H_
#define KITAP_SERVER_OPS_FIELD_MASK_H_

#include <google/protobuf/message.h>
#include <google/protobuf/repeated_field.h>

#include <string>
#include <vector>

#include "db/status.h"

namespace kitap::ops {

// Copies into `stored` the fields of `update` named in `mask` (every field
// in `updatable` when the mask is empty). A name outside `updatable` is
// refused with INVALID_ARGUMENT/UPDATE_MASK_INVALID.
Status ApplyMask(const google::protobuf::RepeatedPtrField<std::string>& mask,
                 const std::vector<std::string>& updatable,
                 const google::protobuf::Message& update,
                 google::protobuf::Message* stored);

}  // namespace kitap::ops

#endif  // KITAP_SERVER_OPS_FIELD_MASK_H_
