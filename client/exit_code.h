// The exit codes of the kitap program, documented in `kitap --help`.
#ifndef KITAP_CLIENT_EXIT_CODE_H_
#define KITAP_CLIENT_EXIT_CODE_H_

#include <grpcpp/support/status_code_enum.h>

namespace kitap::client {

enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,      // anything not listed below
  kExitUsage = 2,        // bad usage or input
  kExitRefused = 3,      // refused by a rule of the server
  kExitUnreachable = 4,  // the server could not be reached in time
  kExitQueued = 5,       // unreachable: queued in the offline journal
};

// The exit code for a call that ended with `code`.
ExitCode ExitCodeFor(grpc::StatusCode code);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_EXIT_CODE_H_
