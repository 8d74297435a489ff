// `kitap demo`: sets up a small demo network through the real gRPC API and
// runs a librarian's cycle on it, then prints the year's national figures.
#ifndef KITAP_CLIENT_DEMO_H_
#define KITAP_CLIENT_DEMO_H_

#include <string>
#include <string_view>

#include "client/command.h"

namespace kitap::client {

const Command& DemoCommand();

// The request id of demo step `step` in `year`, e.g. "demo-2025-checkout-3".
// Fixed ids make a second run exactly-once: the server answers each step
// with its stored first answer.
std::string DemoRequestId(int year, std::string_view step);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DEMO_H_
