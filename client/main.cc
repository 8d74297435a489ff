// kitap: the desk client of the national library circulation system.
#include <iostream>
#include <string>
#include <vector>

#include "client/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return kitap::client::RunCli(args, std::cout, std::cerr);
}
