#!/usr/bin/env bash
# Encodes the seeds written as text protos into fuzzer inputs:
#   fuzz/seeds/requests/SERVICE.METHOD.txtpb -> fuzz/corpus/request/SERVICE.METHOD
#   fuzz/seeds/journal/NAME.txtpb            -> fuzz/corpus/journal/NAME
# (see the input formats at the top of request_fuzzer.cc and
# journal_fuzzer.cc). Run it after adding or changing a seed; it needs
# protoc. Requests are sent as the national admin, journals as a desk of
# library 1; the fuzzers vary that byte themselves.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# encode TYPE FILE: the binary protobuf of the text proto in FILE.
encode() {
  protoc --encode="$1" -I proto -I fuzz/seeds proto/kitap/v1/*.proto \
    fuzz/seeds/journal.proto < "$2"
}

# The RPCs in the order of kRpcs in request_fuzzer.cc: their index is the
# input's first byte.
mapfile -t rpcs < <(grep -o 'Op("[A-Za-z]*/[A-Za-z]*"' fuzz/request_fuzzer.cc |
                    sed 's/Op("//; s/"//')

mkdir -p fuzz/corpus/request fuzz/corpus/journal
for seed in fuzz/seeds/requests/*.txtpb; do
  name=$(basename "$seed" .txtpb)           # Circulation.CheckOut
  method=${name#*.}
  index=-1
  for i in "${!rpcs[@]}"; do
    [[ ${rpcs[$i]} == "${name/./\/}" ]] && index=$i
  done
  if (( index < 0 )); then
    echo "make_corpus: $seed: no RPC ${name/./\/} in request_fuzzer.cc" >&2
    exit 1
  fi
  type=$(grep -h -A1 "rpc $method(" proto/kitap/v1/*.proto | tr "\n" " " |
         sed "s/^[^(]*(\([A-Za-z]*\)).*/\1/")
  { printf "\\x$(printf %02x "$index")\\x00"; encode "kitap.v1.$type" "$seed"; } \
    > "fuzz/corpus/request/$name"
done
for seed in fuzz/seeds/journal/*.txtpb; do
  { printf '\x01'; encode kitap.fuzz.Journal "$seed"; } \
    > "fuzz/corpus/journal/$(basename "$seed" .txtpb)"
done
echo "make_corpus: $(ls fuzz/corpus/request | wc -l) request and" \
     "$(ls fuzz/corpus/journal | wc -l) journal inputs"
