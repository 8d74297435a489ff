// Reason texts: what each stable reason of a kitapd refusal (docs/errors.md,
// and the journal conflicts of docs/journal-conflicts.md) means, in words a
// librarian understands, in Kazakh, Russian and English, saying what to do
// where there is something to do.
#ifndef KITAP_CLIENT_REASON_TEXT_H_
#define KITAP_CLIENT_REASON_TEXT_H_

#include <string>
#include <string_view>

#include "client/exit_code.h"
#include "client/language.h"
#include "client/rpc_status.h"

namespace kitap::client {

// The explanation of `reason` (e.g. "ITEM_ALREADY_ON_LOAN") in `language`;
// empty for a reason this client does not know (show the server's message
// then).
std::string_view ExplainReason(std::string_view reason, Language language);

// The word that heads a failure with exit code `code` in `language`:
// "Refused" (kExitRefused), "Bad input" (kExitUsage), "Server unavailable"
// (kExitUnreachable), else "Failed".
std::string_view FailureLabel(ExitCode code, Language language);

// ExplainReason of the status's reason, else the server's message.
std::string ExplainStatus(const RpcStatus& status, Language language);

// A failed call in one line for people: "<FailureLabel>: <ExplainStatus>
// [REASON]", with the code's name in brackets when there is no reason.
std::string DescribeFailure(const RpcStatus& status, Language language);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_REASON_TEXT_H_
