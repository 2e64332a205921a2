# Sourced by the make-data-before-*.sh scripts: builds an older commit of this repository in a temp folder, runs its
# --demo on an empty data folder (127.0.0.1 only) and offers what a script needs to read it through its API and pack
# the fixture. Not run on its own.
#   old_demo_start <commit> <port>   build and start; then get, each, $asof, $year, $units, $leaders, $work
#   old_demo_pack <zip name>         stop the server, pack data/ and expected.json beside the scripts
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

old_demo_start() {
  local commit="$1" port="$2"
  git -C "$repo" archive "$commit" | tar -x -C "$work"
  mkdir -p "$work/out/data"
  (cd "$work" && dotnet build api -c Release -v q -nologo >"$work/build.log")

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

  leader="$(curl -sf -H 'Content-Type: application/json' -d '{"username":"dadui","password":"demo-zichuan"}' \
    "$base/api/v1/auth/token" | jq -r .accessToken)"
  # The day the figures are read as of: the fixture's today in Beijing time.
  asof="$(TZ=Asia/Shanghai date +%F)"
  year="${asof:0:4}"
  units="$(get /api/v1/brigades/zichuan | jq -r '.units[].id')"
  leaders="$(get /api/v1/brigades/zichuan | jq -r '.leaders[].id')"
}

get() { curl -sf -H "Authorization: Bearer $leader" "$base$1"; }

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

old_demo_pack() {
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=0
  rm -f "$here/$1"
  (cd "$work/out" && zip -qr "$here/$1" data expected.json)
  echo "wrote $here/$1"
}
