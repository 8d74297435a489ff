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

}  // namespace kitap::db

#endif  // KITAP_DB_WAL_GATHER_VFS_H_
