#!/bin/sh
# Signs endpoint profiles for publishing (docs/endpoint-profiles.md).
#
#   tools/sign-endpoint-profile.sh PRIVATE-KEY.pem PROFILE.json [PROFILE.json …]
#
# Writes PROFILE.json.sig beside each profile (base64 of the Ed25519 signature over the file's exact bytes),
# checks it with the public half of the key, and prints the key id, which must be one of the ids built into
# ReelPulse (app/platform/EndpointSignature.cpp) for the app to accept the profile.
# Needs OpenSSL 3 (Ed25519 with -rawin). The private key is never copied or printed.
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 PRIVATE-KEY.pem PROFILE.json [PROFILE.json ...]" >&2
    exit 2
fi
key=$1
shift

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl pkey -in "$key" -pubout -out "$tmp/public.pem"
key_id=$(openssl pkey -pubin -in "$tmp/public.pem" -outform DER | tail -c 32 | sha256sum | cut -c1-16)

for profile in "$@"; do
    # A profile names its platform and a whole version number; refuse anything else before signing.
    python3 - "$profile" <<'PY'
import json, sys
with open(sys.argv[1], 'rb') as f:
    doc = json.loads(f.read().decode('utf-8'))
if doc.get('platform') not in ('instagram', 'tiktok'):
    sys.exit(f"{sys.argv[1]}: \"platform\" must be instagram or tiktok")
if not isinstance(doc.get('version'), int) or isinstance(doc.get('version'), bool) or doc['version'] < 1:
    sys.exit(f"{sys.argv[1]}: \"version\" must be a whole number from 1")
print(f"{sys.argv[1]}: {doc['platform']} profile version {doc['version']}")
PY
    openssl pkeyutl -sign -rawin -inkey "$key" -in "$profile" -out "$tmp/signature.bin"
    base64 -w0 "$tmp/signature.bin" > "$profile.sig"
    echo >> "$profile.sig"
    base64 -d "$profile.sig" > "$tmp/check.bin"
    openssl pkeyutl -verify -pubin -inkey "$tmp/public.pem" -rawin -in "$profile" -sigfile "$tmp/check.bin" >/dev/null
    echo "$profile.sig: signed and verified with key $key_id"
done
