#!/usr/bin/env bash
# The new user's path, for real (network to the npm registry, a minute or two; not part of
# `npm test`, whose test/db/starts-anywhere.test.ts covers the same with hard links):
# clone this checkout into a fresh 0700 folder (under /root when run as root, as on Debian),
# `npm ci`, `npm start`, ask /healthz and the catalogs, stop it with SIGTERM.
# Usage: bash test/scripts/start-from-private-clone.sh [branch]
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
branch=${1:-$(git -C "$repo" rev-parse --abbrev-ref HEAD)}
parent=$([ "$(id -u)" = 0 ] && echo /root || echo "${TMPDIR:-/tmp}")
dir=$(mktemp -d "$parent/tierwise-clone.XXXXXX")
chmod 700 "$dir"
port=$((20000 + RANDOM % 20000))
server=""
cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  where=$(sed -n 's/.*embedded PostgreSQL data in \([^ ]*\).*/\1/p' "$dir/start.log" 2>/dev/null | head -1)
  case "$where" in /var/lib/tierwise/*|/tmp/tierwise/*) rm -rf "$(dirname "$where")" ;; esac
  rm -rf "$dir"
}
trap cleanup EXIT
git clone -q -b "$branch" "$repo" "$dir/tierwise"
cd "$dir/tierwise"
npm ci 2>&1 | tee "$dir/install.log" | tail -1
if grep -q EBADENGINE "$dir/install.log"; then echo "FAIL: npm ci printed EBADENGINE warnings"; exit 1; fi
npm run build --silent > "$dir/build.log" 2>&1
PORT=$port node dist/server/main.js > "$dir/start.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "ready on" "$dir/start.log" && break; sleep 0.5; done
cat "$dir/start.log"
curl -fsS "http://127.0.0.1:$port/healthz"; echo
slugs=$(curl -fsS "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{ catalogs { slug } }"}')
echo "$slugs"
count=$(grep -o '"slug"' <<<"$slugs" | wc -l)
[ "$count" = 6 ] || { echo "FAIL: expected six catalogs, got $count"; exit 1; }
kill -TERM "$server"; wait "$server"; server=""
echo "OK: six catalogs served from a clone in a 0700 folder, stopped cleanly"
