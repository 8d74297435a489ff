// The world a load benchmark runs in, made through the real Admin,
// Directory, Catalog and Patrons APIs as a national admin: libraries, one
// desk credential per simulated desk, records, and for each desk its own
// readers (staff category: the largest loan limit) and items, so that desks
// never compete for the same item.
#ifndef KITAP_BENCH_DESK_WORLD_H_
#define KITAP_BENCH_DESK_WORLD_H_

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>
#include <vector>

#include "db/status.h"

namespace kitap::bench {

struct WorldOptions {
  int desks = 16;
  int desks_per_library = 2;
  int patrons_per_desk = 100;
  int items_per_desk = 1000;
  int records = 200;
  // Prefix of every barcode, card and request id: unique per run, so runs
  // against the same server do not collide.
  std::string tag;
};

struct DeskSetup {
  int64_t library_id = 0;
  std::string token;  // a ROLE_DESK credential of that library
  std::vector<std::string> cards;
  std::vector<std::string> barcodes;
};

// Makes the world; *desks gets one entry per desk.
Status PrepareWorld(const std::shared_ptr<grpc::Channel>& channel,
                    const std::string& admin_token, const WorldOptions& options,
                    std::vector<DeskSetup>* desks);

// A tag for WorldOptions::tag made from the current time.
std::string FreshTag();

}  // namespace kitap::bench

#endif  // KITAP_BENCH_DESK_WORLD_H_
