// The write connection's VFS: the default one, except that the frames a
// commit appends to the write-ahead log reach the kernel in one write.
//
// SQLite writes each WAL frame as two writes (its 24-byte header, then the
// page), so a batch of check-outs that changes 300 pages makes 600 system
// calls before its fsync. This VFS gathers consecutive writes to a WAL file
// in memory and writes them at once before the file is synced, read, sized,
// truncated or closed, when they stop being consecutive, or when 4 MB have
// gathered. Every other file (the database, its shared-memory index) is the
// default VFS's own, untouched.
//
// It can also leave the wait for the disk to someone else. While a
// DeferCommitSyncs lives on a thread, a sync of a WAL that follows writes to
// it (the sync that ends a commit) writes the gathered frames to the kernel
// and returns without waiting for the disk: the commit is visible to other
// connections at once but durable only once the WAL file is synced
// (fdatasync), which the caller must do before it acknowledges the commit.
// A sync with no write since the previous one is always real: it is the one
// SQLite runs before a checkpoint copies frames into the database file, which
// must never hold a page whose frame could still be lost. So is the first
// sync of each file, which also makes the new file's directory entry
// durable. To SQLite this is synchronous=NORMAL, which it keeps consistent
// through a power loss (losing only the last commits), plus the caller's
// sync before it answers.
//
// Contract: only for a connection whose every commit syncs the WAL
// (synchronous=FULL or EXTRA). SQLite makes a commit visible to other
// connections after that sync; with NORMAL or OFF there is no sync at
// commit, and readers could see frames still gathered here.
#ifndef KITAP_DB_WAL_GATHER_VFS_H_
#define KITAP_DB_WAL_GATHER_VFS_H_

namespace kitap::db {

// Registers the VFS on first use (thread-safe) and returns its name, for
// sqlite3_open_v2. Returns nullptr if SQLite has no default VFS.
const char* WalGatherVfs();

// While one lives, commits on this thread do not wait for the disk (above).
// Not nestable.
class DeferCommitSyncs {
 public:
  DeferCommitSyncs();
  ~DeferCommitSyncs();
  DeferCommitSyncs(const DeferCommitSyncs&) = delete;
  DeferCommitSyncs& operator=(const DeferCommitSyncs&) = delete;
};

}  // namespace kitap::db

#endif  // KITAP_DB_WAL_GATHER_VFS_H_
