#include "server/ops/field_mask.h"

#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/util/field_mask_util.h>

#include <algorithm>

namespace kitap::ops {

using google::protobuf::util::FieldMaskUtil;

Status ApplyMask(const google::protobuf::RepeatedPtrField<std::string>& mask,
                 const std::vector<std::string>& updatable,
                 const google::protobuf::Message& update,
                 google::protobuf::Message* stored) {
  google::protobuf::FieldMask paths;
  for (const std::string& name : mask) {
    if (std::find(updatable.begin(), updatable.end(), name) ==
        updatable.end()) {
      return Status::InvalidArgument("UPDATE_MASK_INVALID",
                                     "field '" + name + "' cannot be updated");
    }
    paths.add_paths(name);
  }
  if (mask.empty()) {
    for (const std::string& name : updatable) paths.add_paths(name);
  }
  FieldMaskUtil::MergeOptions options;
  options.set_replace_message_fields(true);
  options.set_replace_repeated_fields(true);
  FieldMaskUtil::MergeMessageTo(update, paths, options, stored);
  return Status::Ok();
}

}  // namespace kitap::ops
