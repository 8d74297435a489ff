#include "client/stubs.h"

namespace kitap::client {

Stubs::Stubs(const std::shared_ptr<grpc::Channel>& channel)
    : directory(v1::Directory::NewStub(channel)),
      patrons(v1::Patrons::NewStub(channel)),
      catalog(v1::Catalog::NewStub(channel)),
      circulation(v1::Circulation::NewStub(channel)),
      periodicals(v1::Periodicals::NewStub(channel)),
      events(v1::Events::NewStub(channel)),
      statistics(v1::Statistics::NewStub(channel)),
      admin(v1::Admin::NewStub(channel)),
      diagnostics(v1::Diagnostics::NewStub(channel)) {}

}  // namespace kitap::client
