// `kitap admin ...`: credentials, the audit log and a reader's personal
// data, through the Admin service (docs/security.md). Every command takes
// the connection options (--server, --token, --timeout); the token must be
// an admin's:
//   kitap admin token issue|list|revoke   (admin_command.cc)
//   kitap admin audit                     (admin_command.cc)
//   kitap admin patron export|erase       (admin_patron_command.cc)
// The options are read by admin_options.h, the tables written by
// admin_text.h.
#ifndef KITAP_CLIENT_ADMIN_COMMAND_H_
#define KITAP_CLIENT_ADMIN_COMMAND_H_

#include "client/command.h"

namespace kitap::client {

const Command& AdminTokenIssueCommand();
const Command& AdminTokenListCommand();
const Command& AdminTokenRevokeCommand();
const Command& AdminAuditCommand();
const Command& AdminPatronExportCommand();
const Command& AdminPatronEraseCommand();

}  // namespace kitap::client

#endif  // KITAP_CLIENT_ADMIN_COMMAND_H_
