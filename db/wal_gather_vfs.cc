#include "db/wal_gather_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <new>
#include <utility>
#include <vector>

namespace kitap::db {
namespace {

// Gathered bytes are written out once this many have gathered: a batch of
// a thousand journal entries still goes out in a few calls, and the buffer
// stays small beside the page caches.
constexpr size_t kMaxGathered = 4 << 20;
// The default (unix) VFS writes at most 128 KiB - 1 bytes per call (it
// masks the length to 17 bits), so gathered bytes go out in 64 KiB pieces.
constexpr size_t kWritePiece = 64 << 10;

// Set by DeferCommitSyncs on the thread that commits.
thread_local bool defer_commit_syncs = false;

// A WAL file: SQLite's handle first, then the gathered bytes, then the
// default VFS's own handle for the same file (in the same allocation).
struct GatherFile {
  sqlite3_file base;
  std::vector<char> gathered;
  sqlite3_int64 offset = 0;  // where gathered[0] goes in the file
  bool written = false;      // since the last sync
  bool synced = false;       // once, for real

  sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
  const sqlite3_io_methods& io() { return *real()->pMethods; }
};
static_assert(sizeof(GatherFile) % alignof(sqlite3_int64) == 0);

GatherFile* Self(sqlite3_file* f) { return reinterpret_cast<GatherFile*>(f); }

sqlite3_vfs* Real(sqlite3_vfs* vfs) {
  return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

// Writes what has gathered. On failure the bytes are dropped: SQLite fails
// the transaction that wrote them and writes those frames again.
int Flush(GatherFile* g) {
  int rc = SQLITE_OK;
  for (size_t at = 0; at < g->gathered.size() && rc == SQLITE_OK;
       at += kWritePiece) {
    size_t size = std::min(kWritePiece, g->gathered.size() - at);
    rc = g->io().xWrite(g->real(), g->gathered.data() + at,
                        static_cast<int>(size),
                        g->offset + static_cast<sqlite3_int64>(at));
  }
  g->gathered.clear();
  return rc;
}

int Write(sqlite3_file* f, const void* data, int amount, sqlite3_int64 at) {
  GatherFile* g = Self(f);
  sqlite3_int64 end =
      g->offset + static_cast<sqlite3_int64>(g->gathered.size());
  if (!g->gathered.empty() && at != end) {
    if (int rc = Flush(g); rc != SQLITE_OK) return rc;
  }
  if (g->gathered.empty()) g->offset = at;
  g->written = true;
  try {
    const char* bytes = static_cast<const char*>(data);
    g->gathered.insert(g->gathered.end(), bytes, bytes + amount);
  } catch (const std::bad_alloc&) {
    return SQLITE_IOERR_NOMEM;
  }
  return g->gathered.size() >= kMaxGathered ? Flush(g) : SQLITE_OK;
}

int Close(sqlite3_file* f) {
  GatherFile* g = Self(f);
  int flushed = Flush(g);
  int closed = g->io().xClose(g->real());
  g->~GatherFile();
  return flushed != SQLITE_OK ? flushed : closed;
}

int Read(sqlite3_file* f, void* out, int amount, sqlite3_int64 at) {
  GatherFile* g = Self(f);
  if (int rc = Flush(g); rc != SQLITE_OK) return rc;
  return g->io().xRead(g->real(), out, amount, at);
}

int Truncate(sqlite3_file* f, sqlite3_int64 size) {
  GatherFile* g = Self(f);
  if (int rc = Flush(g); rc != SQLITE_OK) return rc;
  return g->io().xTruncate(g->real(), size);
}

int Sync(sqlite3_file* f, int flags) {
  GatherFile* g = Self(f);
  if (int rc = Flush(g); rc != SQLITE_OK) return rc;
  bool ends_a_commit = std::exchange(g->written, false);
  if (ends_a_commit && g->synced && defer_commit_syncs) return SQLITE_OK;
  int rc = g->io().xSync(g->real(), flags);
  if (rc == SQLITE_OK) g->synced = true;
  return rc;
}

int FileSize(sqlite3_file* f, sqlite3_int64* size) {
  GatherFile* g = Self(f);
  if (int rc = Flush(g); rc != SQLITE_OK) return rc;
  return g->io().xFileSize(g->real(), size);
}

int Lock(sqlite3_file* f, int level) {
  return Self(f)->io().xLock(Self(f)->real(), level);
}

int Unlock(sqlite3_file* f, int level) {
  return Self(f)->io().xUnlock(Self(f)->real(), level);
}

int CheckReservedLock(sqlite3_file* f, int* out) {
  return Self(f)->io().xCheckReservedLock(Self(f)->real(), out);
}

int FileControl(sqlite3_file* f, int op, void* arg) {
  return Self(f)->io().xFileControl(Self(f)->real(), op, arg);
}

int SectorSize(sqlite3_file* f) {
  return Self(f)->io().xSectorSize(Self(f)->real());
}

int DeviceCharacteristics(sqlite3_file* f) {
  return Self(f)->io().xDeviceCharacteristics(Self(f)->real());
}

// Version 1: a WAL file is never memory-mapped and has no shared memory.
const sqlite3_io_methods kGatherMethods = {1,
                                           Close,
                                           Read,
                                           Write,
                                           Truncate,
                                           Sync,
                                           FileSize,
                                           Lock,
                                           Unlock,
                                           CheckReservedLock,
                                           FileControl,
                                           SectorSize,
                                           DeviceCharacteristics,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr};

int Open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* f, int flags,
         int* out_flags) {
  sqlite3_vfs* real = Real(vfs);
  if (!(flags & SQLITE_OPEN_WAL)) {
    return real->xOpen(real, name, f, flags, out_flags);
  }
  GatherFile* g = new (f) GatherFile();
  g->base.pMethods = nullptr;
  int rc = real->xOpen(real, name, g->real(), flags, out_flags);
  if (rc != SQLITE_OK) {
    if (g->real()->pMethods) g->io().xClose(g->real());
    g->~GatherFile();
    return rc;
  }
  g->base.pMethods = &kGatherMethods;
  return SQLITE_OK;
}

// Everything but xOpen goes to the default VFS with its own handle.
int Delete(sqlite3_vfs* v, const char* name, int sync_dir) {
  return Real(v)->xDelete(Real(v), name, sync_dir);
}
int Access(sqlite3_vfs* v, const char* name, int flags, int* out) {
  return Real(v)->xAccess(Real(v), name, flags, out);
}
int FullPathname(sqlite3_vfs* v, const char* name, int size, char* out) {
  return Real(v)->xFullPathname(Real(v), name, size, out);
}
void* DlOpen(sqlite3_vfs* v, const char* name) {
  return Real(v)->xDlOpen(Real(v), name);
}
void DlError(sqlite3_vfs* v, int size, char* out) {
  Real(v)->xDlError(Real(v), size, out);
}
void (*DlSym(sqlite3_vfs* v, void* lib, const char* name))(void) {
  return Real(v)->xDlSym(Real(v), lib, name);
}
void DlClose(sqlite3_vfs* v, void* lib) { Real(v)->xDlClose(Real(v), lib); }
int Randomness(sqlite3_vfs* v, int size, char* out) {
  return Real(v)->xRandomness(Real(v), size, out);
}
int Sleep(sqlite3_vfs* v, int micros) {
  return Real(v)->xSleep(Real(v), micros);
}
int CurrentTime(sqlite3_vfs* v, double* out) {
  return Real(v)->xCurrentTime(Real(v), out);
}
int GetLastError(sqlite3_vfs* v, int size, char* out) {
  return Real(v)->xGetLastError(Real(v), size, out);
}
int CurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* out) {
  return Real(v)->xCurrentTimeInt64(Real(v), out);
}

sqlite3_vfs* Register() {
  sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
  if (!real) return nullptr;
  static sqlite3_vfs vfs{};
  vfs.iVersion = std::min(real->iVersion, 2);
  vfs.szOsFile = std::max(
      real->szOsFile, static_cast<int>(sizeof(GatherFile)) + real->szOsFile);
  vfs.mxPathname = real->mxPathname;
  vfs.zName = "kitap-wal-gather";
  vfs.pAppData = real;
  vfs.xOpen = Open;
  vfs.xDelete = Delete;
  vfs.xAccess = Access;
  vfs.xFullPathname = FullPathname;
  vfs.xDlOpen = DlOpen;
  vfs.xDlError = DlError;
  vfs.xDlSym = DlSym;
  vfs.xDlClose = DlClose;
  vfs.xRandomness = Randomness;
  vfs.xSleep = Sleep;
  vfs.xCurrentTime = CurrentTime;
  vfs.xGetLastError = GetLastError;
  vfs.xCurrentTimeInt64 = CurrentTimeInt64;
  if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK) return nullptr;
  return &vfs;
}

}  // namespace

const char* WalGatherVfs() {
  static sqlite3_vfs* vfs = Register();
  return vfs ? vfs->zName : nullptr;
}

DeferCommitSyncs::DeferCommitSyncs() { defer_commit_syncs = true; }

DeferCommitSyncs::~DeferCommitSyncs() { defer_commit_syncs = false; }

}  // namespace kitap::db
