// How the desk reports what became of an action: a line for the librarian
// in their language, or the ActionResult message for --json.
#ifndef KITAP_CLIENT_DESK_OUTPUT_H_
#define KITAP_CLIENT_DESK_OUTPUT_H_

#include <ostream>
#include <string>

#include "client/desk.h"
#include "client/language.h"
#include "kitap/client/desk.pb.h"

namespace kitap::client {

// One line, e.g. "✔ Checked out: Абай жолы [KZ-000123], due 2026-12-18".
std::string DescribeOutcome(const DeskOutcome& outcome, Language language);

// The --json form of `outcome` for the entry with `request_id`.
ActionResult ToActionResult(const DeskOutcome& outcome, Language language);

// The exit code of a one-shot desk command that ended with `outcome`.
int ExitCodeOf(const DeskOutcome& outcome);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_OUTPUT_H_
