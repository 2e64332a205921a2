#!/usr/bin/env bash
# Makes Fixtures/data-before-oversight.zip: a data folder written by the version before 督责 (issue 18: inspections,
# 整改, extensions, 通报) and what that version answered about it (expected.json). It builds that commit from this
# repository's history in a temp folder, runs its --demo on an empty data folder (127.0.0.1 only), reads the figures
# through its API, stops it and packs data/ and expected.json. Run from anywhere inside the repository:
#   tests/Responsibility.Api.Tests/Fixtures/make-data-before-oversight.sh [commit]
set -euo pipefail

commit="${1:-7a644df}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

git -C "$repo" archive "$commit" | tar -x -C "$work"
mkdir -p "$work/out/data"
(cd "$work" && dotnet build api -c Release -v q -nologo >"$work/build.log")

port=5397
base="http://127.0.0.1:$port"
export Storage__DataPath="$work/out/data" RESPONSIBILITY_ADMIN_PASSWORD="fixture-admin-2026"
(cd "$work/api" && exec dotnet bin/Release/net10.0/Responsibility.Api.dll --demo --urls "$base" >"$work/server.log" 2>&1) &
server=$!
# The demo is seeded before the server listens.
for _ in $(seq 1 600); do
  grep -q "Application started" "$work/server.log" && break
  sleep 1
done
grep -q "Demo brigade 淄川大队 (zichuan) created" "$work/server.log"

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo-zichuan\"}" "$base/api/v1/auth/token" | jq -r .accessToken
}
leader="$(token dadui)"
get() { curl -sf -H "Authorization: Bearer $leader" "$base$1"; }

# The day the figures are read as of: the fixture's today in Beijing time.
asof="$(TZ=Asia/Shanghai date +%F)"
year="${asof:0:4}"
units="$(get /api/v1/brigades/zichuan | jq -r '.units[].id')"
leaders="$(get /api/v1/brigades/zichuan | jq -r '.leaders[].id')"
# One JSON object of "id": answer for each id, the route's {} replaced by the id.
each() {
  local route="$1" first=1; shift
  echo "{"
  for id in "$@"; do
    [ $first = 1 ] || echo ","; first=0
    echo "\"$id\":$(get "${route//\{\}/$id}")"
  done
  echo "}"
}
{
  echo "{\"asOf\":\"$asof\",\"year\":$year,"
  echo "\"rollup\":$(get "/api/v1/brigades/zichuan/rollup?year=$year&asOf=$asof"),"
  echo "\"tasks\":$(get "/api/v1/brigades/zichuan/tasks?year=$year&asOf=$asof"),"
  echo "\"units\":$(each "/api/v1/brigades/zichuan/units/{}/rollup?year=$year&asOf=$asof" $units),"
  echo "\"leaders\":$(each "/api/v1/brigades/zichuan/leaders/{}/rollup?year=$year&asOf=$asof" $leaders),"
  echo "\"instructions\":$(get /api/v1/brigades/zichuan/instructions),"
  echo "\"meetings\":$(get /api/v1/brigades/zichuan/meetings),"
  echo "\"duties\":$(get "/api/v1/brigades/zichuan/duties/$year"),"
  echo "\"pledges\":$(get "/api/v1/brigades/zichuan/pledges?year=$year"),"
  echo "\"leaderDuties\":$(each "/api/v1/brigades/zichuan/leaders/{}/duties?year=$year&asOf=$asof" $leaders),"
  echo "\"unitDuties\":$(each "/api/v1/brigades/zichuan/units/{}/duties?year=$year&asOf=$asof" $units),"
  echo "\"leaderRecords\":$(each "/api/v1/brigades/zichuan/leaders/{}/records?year=$year" $leaders)"
  echo "}"
} | jq . >"$work/out/expected.json"

kill "$server"
wait "$server" 2>/dev/null || true
server=0
rm -f "$here/data-before-oversight.zip"
(cd "$work/out" && zip -qr "$here/data-before-oversight.zip" data expected.json)
echo "wrote $here/data-before-oversight.zip"
