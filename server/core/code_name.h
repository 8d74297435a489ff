// The names of status codes as gRPC spells them ("NOT_FOUND"), for metric
// labels and HTTP error bodies.
#ifndef KITAP_SERVER_CORE_CODE_NAME_H_
#define KITAP_SERVER_CORE_CODE_NAME_H_

namespace kitap {

// Codes run 0..16 (OK..UNAUTHENTICATED), as in grpc::StatusCode.
inline constexpr int kCodeCount = 17;

// "OK", "CANCELLED", ... "UNAUTHENTICATED"; "UNKNOWN" outside 0..16. A
// static string.
const char* CodeName(int code);

}  // namespace kitap

#endif  // KITAP_SERVER_CORE_CODE_NAME_H_
