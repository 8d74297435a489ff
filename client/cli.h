// The kitap program: reads the command line, runs the command it names and
// returns the process exit code (exit_code.h, listed in `kitap --help`).
#ifndef KITAP_CLIENT_CLI_H_
#define KITAP_CLIENT_CLI_H_

#include <ostream>
#include <string>
#include <vector>

namespace kitap::client {

// `args` is argv without the program name. Normal output goes to `out`,
// errors to `err`.
int RunCli(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_CLI_H_
