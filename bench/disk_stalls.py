#!/usr/bin/env python3
"""How long small fdatasyncs take on this disk while another thread writes
random pages and fsyncs them, as kitapd's writer and checkpoint thread do;
no SQLite involved. docs/BENCHMARKS.md ("Open loop") cites its results.

  python3 bench/disk_stalls.py --dir /var/lib/kitap --pages 2000 --grow
"""
import argparse
import os
import random
import threading
import time


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dir", default="/tmp", help="where the two test files go")
    p.add_argument("--pages", type=int, default=2000,
                   help="random 4 KB pages written before each fsync, every 100 ms (0: none)")
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--grow", action="store_true",
                   help="also append 100 pages to the big file per round, as a checkpoint does")
    a = p.parse_args()
    log_path, big_path = (os.path.join(a.dir, n) for n in ("stalls.log", "stalls.big"))
    log = os.open(log_path, os.O_RDWR | os.O_CREAT, 0o600)
    big = os.open(big_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.pwrite(log, b"\0" * (4 << 20), 0)
        os.fsync(log)
        if a.pages:
            print("writing a 1 GB file first ...", flush=True)
            for i in range(1024):
                os.pwrite(big, os.urandom(1 << 20), i << 20)
            os.fsync(big)
        stop = threading.Event()
        syncs, rounds = [], []

        def small_syncs():
            offset, chunk = 0, b"x" * 8192
            while not stop.is_set():
                t = time.perf_counter()
                os.pwrite(log, chunk, offset)
                os.fdatasync(log)
                syncs.append(time.perf_counter() - t)
                offset = (offset + len(chunk)) % (4 << 20)

        def page_rounds():
            page = b"y" * 4096
            while not stop.is_set():
                t = time.perf_counter()
                for _ in range(a.pages):
                    os.pwrite(big, page, random.randrange(1 << 18) * 4096)
                if a.grow:
                    os.pwrite(big, page * 100, os.fstat(big).st_size)
                os.fsync(big)
                rounds.append(time.perf_counter() - t)
                time.sleep(0.1)

        threads = [threading.Thread(target=small_syncs)]
        if a.pages:
            threads.append(threading.Thread(target=page_rounds))
        for t in threads:
            t.start()
        time.sleep(a.seconds)
        stop.set()
        for t in threads:
            t.join()
    finally:
        os.close(log)
        os.close(big)
        os.remove(log_path)
        os.remove(big_path)
    syncs.sort()
    q = lambda f: syncs[min(len(syncs) - 1, int(f * len(syncs)))] * 1000
    print(f"small syncs: {len(syncs) / a.seconds:.0f}/s, p50 {q(.5):.2f} ms, "
          f"p99 {q(.99):.2f} ms, max {syncs[-1] * 1000:.1f} ms")
    if rounds:
        rounds.sort()
        print(f"page rounds: {len(rounds)}, median {rounds[len(rounds) // 2] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
