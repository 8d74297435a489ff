#!/usr/bin/env bash
# The kitap demo: installs what is missing, builds, starts kitapd on a fresh
# SQLite file in a temporary directory, runs `kitap demo` against it through
# the real gRPC API (a small demo and a librarian's cycle, then the year's
# national counters), and stops kitapd with SIGTERM. Exits with the demo's
# status. Run as root on Debian 12 (install-deps.sh needs root only when a
# package is missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
bash scripts/build.sh

readonly kitapd=build/server/kitapd
readonly kitap=build/client/kitap
if [[ ! -x "${kitap}" ]]; then
  echo "demo.sh: ${kitap} was not built" >&2
  exit 1
fi

tmp="$(mktemp -d)"
log="${tmp}/kitapd.log"
pid=""

# Stops kitapd (SIGTERM, then SIGKILL after 60 s) if it still runs, and
# removes the temporary directory. Runs on every exit.
cleanup() {
  if [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null; then
    kill -TERM "${pid}" 2>/dev/null || true
    for _ in $(seq 1 600); do
      kill -0 "${pid}" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "${pid}" 2>/dev/null || true
    wait "${pid}" 2>/dev/null || true
  fi
  rm -rf "${tmp}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The bootstrap step: the first national admin credential (docs/security.md).
token="$("${kitapd}" --db "${tmp}/kitap.db" --bootstrap-admin "demo" 2>>"${log}")"
export KITAP_TOKEN="${token}"

"${kitapd}" --db "${tmp}/kitap.db" --grpc-listen 127.0.0.1:0 2>>"${log}" &
pid=$!

# Wait up to 30 s for the start-up line, "... started: ... grpc=HOST:PORT ...".
port=""
for _ in $(seq 1 300); do
  address="$(grep -o -m 1 'started: .* grpc=[^ ]*' "${log}" || true)"
  if [[ -n "${address}" ]]; then
    port="${address##*:}"
    break
  fi
  if ! kill -0 "${pid}" 2>/dev/null; then
    echo "demo.sh: kitapd exited during start-up:" >&2
    cat "${log}" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ ! "${port}" =~ ^[0-9]+$ ]]; then
  echo "demo.sh: kitapd did not report its gRPC port within 30 s:" >&2
  cat "${log}" >&2
  exit 1
fi
echo "demo.sh: kitapd is serving on 127.0.0.1:${port} (database ${tmp}/kitap.db)"

status=0
"${kitap}" demo --server "127.0.0.1:${port}" || status=$?

kill -TERM "${pid}"
if ! wait "${pid}"; then
  echo "demo.sh: kitapd did not stop cleanly:" >&2
  cat "${log}" >&2
fi
pid=""
if ((status != 0)); then
  echo "demo.sh: kitap demo failed with status ${status}; kitapd's log:" >&2
  cat "${log}" >&2
fi
exit "${status}"
