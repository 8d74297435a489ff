#!/usr/bin/env bash
# make-certs.sh: a private CA and the TLS certificates of a kitap test
# deployment, made with the openssl command-line tool. For production, use
# your organisation's CA; see docs/security.md#tls.
#
# Usage:
#   deploy/make-certs.sh server [--days N] [--expired] DIR [HOST|IP]...
#   deploy/make-certs.sh client [--days N] DIR NAME...
#
#   server  kitapd's certificate and key, DIR/server.crt and DIR/server.key
#           (kitapd --tls-cert, --tls-key), valid for localhost, 127.0.0.1,
#           ::1 and every HOST or IP given: the names clients use in
#           --server, e.g. kitap.example.kz 10.20.0.5.
#   client  a certificate and key per desk for mutual TLS,
#           DIR/clients/NAME.crt and DIR/clients/NAME.key (kitap
#           --client-cert, --client-key); NAME is the certificate's common
#           name, e.g. almaty-17-desk-2 (letters, digits, '.', '_', '-').
#
# Both first make the CA when DIR has none: DIR/ca.crt, the certificate
# every client trusts (kitap --ca-cert) and kitapd checks client
# certificates against (--tls-client-ca), and DIR/ca.key, which signs
# everything: keep it off the server, and offline. An existing CA is reused,
# so desks can be added later; an existing server or desk certificate of
# the same name is replaced (rotation).
#
# Options:
#   --days N    how long new certificates are valid, in days (default 825;
#               a new CA: 3650)
#   --expired   (server only) make DIR/server-expired.crt and .key instead,
#               valid only on 1 January 2020: for tests that check that
#               clients refuse an expired certificate
#
# Keys are ECDSA P-256 and readable by their owner only (mode 0600); the
# directories are made with mode 0700.
set -euo pipefail

readonly CA_DAYS=3650
readonly EXPIRED_START=20200101000000Z
readonly EXPIRED_END=20200102000000Z

die() {
  echo "make-certs.sh: $*" >&2
  exit 2
}

# usage STATUS: prints the comment at the top of this file and exits.
usage() {
  local text
  text=$(sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0")
  if [[ "$1" -eq 0 ]]; then echo "${text}"; else echo "${text}" >&2; fi
  exit "$1"
}

# new_key FILE: a new ECDSA P-256 private key, mode 0600.
new_key() {
  (umask 077 && openssl genpkey -algorithm EC \
    -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null)
}

# ensure_ca DIR: makes DIR/ca.key and DIR/ca.crt unless they exist.
ensure_ca() {
  local dir=$1
  if [[ -f "${dir}/ca.crt" && -f "${dir}/ca.key" ]]; then
    return
  fi
  new_key "${dir}/ca.key"
  printf '%s\n' '[req]' 'distinguished_name = dn' '[dn]' '[ca]' \
    'basicConstraints = critical, CA:TRUE, pathlen:0' \
    'keyUsage = critical, keyCertSign, cRLSign' \
    'subjectKeyIdentifier = hash' >"${WORK}/ca-req.cnf"
  openssl req -new -x509 -key "${dir}/ca.key" -out "${dir}/ca.crt" \
    -days "${CA_DAYS}" -sha256 -subj "/O=kitap/CN=kitap private CA" \
    -config "${WORK}/ca-req.cnf" -extensions ca
  echo "made the CA: ${dir}/ca.crt (trust it), ${dir}/ca.key (keep it safe)"
}

# sign DIR NAME COMMON_NAME VALIDITY EXTENSIONS: a new key DIR/NAME.key and
# DIR/NAME.crt for COMMON_NAME, signed by the CA in $CA_DIR. VALIDITY is
# "days N" or "expired"; EXTENSIONS are openssl extension lines. Both files
# are made aside and replace the old ones only when all went well.
sign() {
  local dir=$1 name=$2 common_name=$3 validity=$4 extensions=$5
  local work="${WORK}/${name}"
  mkdir -p "${work}"
  new_key "${work}/new.key"
  printf '%s\n' '[req]' 'distinguished_name = dn' '[dn]' >"${work}/req.cnf"
  openssl req -new -key "${work}/new.key" -out "${work}/request.csr" \
    -subj "/O=kitap/CN=${common_name}" -config "${work}/req.cnf"
  local -a dates
  if [[ "${validity}" == expired ]]; then
    dates=(-startdate "${EXPIRED_START}" -enddate "${EXPIRED_END}")
  else
    dates=(-days "${validity#days }")
  fi
  # `openssl ca` is the only openssl 3.0 command that takes explicit dates;
  # its database is thrown away, the CA keeps no state.
  touch "${work}/index.txt"
  printf '%s\n' '[ca]' 'default_ca = kitap' '[kitap]' \
    "database = ${work}/index.txt" "new_certs_dir = ${work}" \
    'default_md = sha256' 'policy = any' 'unique_subject = no' \
    'rand_serial = yes' '[any]' 'organizationName = optional' \
    'commonName = supplied' '[leaf]' 'subjectKeyIdentifier = hash' \
    'authorityKeyIdentifier = keyid' "${extensions}" >"${work}/ca.cnf"
  if ! openssl ca -batch -notext -config "${work}/ca.cnf" -extensions leaf \
    -cert "${CA_DIR}/ca.crt" -keyfile "${CA_DIR}/ca.key" \
    -in "${work}/request.csr" -out "${work}/new.crt" "${dates[@]}" \
    >"${work}/ca.log" 2>&1; then
    cat "${work}/ca.log" >&2
    die "openssl could not sign ${dir}/${name}.crt"
  fi
  mv -f "${work}/new.key" "${dir}/${name}.key"
  mv -f "${work}/new.crt" "${dir}/${name}.crt"
  echo "made ${dir}/${name}.crt and ${dir}/${name}.key (${common_name})"
}

# san HOST|IP...: the subjectAltName value for localhost, 127.0.0.1, ::1
# and each argument.
san() {
  local entries="DNS:localhost,IP:127.0.0.1,IP:::1" name
  for name in "$@"; do
    if [[ "${name}" =~ ^[0-9.]+$ || "${name}" == *:* ]]; then
      entries+=",IP:${name}"
    elif [[ "${name}" =~ ^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
      entries+=",DNS:${name}"
    else
      die "'${name}' is neither a host name nor an IP address"
    fi
  done
  echo "${entries}"
}

make_server() {
  local dir=$1 validity=$2
  shift 2
  local alt_names name=server
  alt_names=$(san "$@")
  ensure_ca "${dir}"
  if [[ "${validity}" == expired ]]; then
    name=server-expired
  fi
  sign "${dir}" "${name}" "${1:-localhost}" "${validity}" \
    "$(printf '%s\n' 'basicConstraints = critical, CA:FALSE' \
      'keyUsage = critical, digitalSignature' \
      'extendedKeyUsage = serverAuth' "subjectAltName = ${alt_names}")"
}

make_clients() {
  local dir=$1 validity=$2 name
  shift 2
  [[ $# -gt 0 ]] || die "client: give at least one NAME"
  for name in "$@"; do
    [[ "${name}" =~ ^[A-Za-z0-9._-]+$ && "${name}" != .* ]] ||
      die "'${name}' is not a valid client name (letters, digits, . _ -)"
  done
  ensure_ca "${dir}"
  (umask 077 && mkdir -p "${dir}/clients")
  for name in "$@"; do
    sign "${dir}/clients" "${name}" "${name}" "${validity}" \
      "$(printf '%s\n' 'basicConstraints = critical, CA:FALSE' \
        'keyUsage = critical, digitalSignature' \
        'extendedKeyUsage = clientAuth')"
  done
}

main() {
  [[ $# -ge 1 ]] || usage 2
  [[ "$1" != -h && "$1" != --help ]] || usage 0
  local command=$1 validity="days 825"
  shift
  [[ "${command}" == server || "${command}" == client ]] || usage 2
  while [[ $# -gt 0 && "$1" == --* ]]; do
    case "$1" in
      --days)
        [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--days needs a number"
        validity="days $2"
        shift 2
        ;;
      --expired)
        [[ "${command}" == server ]] || die "--expired is for server only"
        validity=expired
        shift
        ;;
      *) die "unknown option $1" ;;
    esac
  done
  [[ $# -ge 1 ]] || usage 2
  local dir=$1
  shift
  command -v openssl >/dev/null || die "openssl is not installed"
  (umask 077 && mkdir -p "${dir}")
  CA_DIR=${dir}
  WORK=$(mktemp -d)
  trap 'rm -rf "${WORK}"' EXIT
  if [[ "${command}" == server ]]; then
    make_server "${dir}" "${validity}" "$@"
  else
    make_clients "${dir}" "${validity}" "$@"
  fi
}

main "$@"
