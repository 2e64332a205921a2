#!/usr/bin/env bash
# Restores, builds and runs every test project and the bench's smoke runs, then prints "N passed, N failed" on a line of its own.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet restore Responsibility.sln || exit 1
# Redocly (tools/openapi-lint) lints the OpenAPI document the api serves.
npm ci --prefix tools/openapi-lint --no-audit --no-fund --loglevel=error || exit 1
dotnet build Responsibility.sln --no-restore -c Release || exit 1

status=0
# The browser tests run on their own after the rest: beside every other project at once on two cores, a page has
# waited longer than any sensible timeout for the CPU.
dotnet test Responsibility.sln --no-build -c Release --filter "FullyQualifiedName!~Responsibility.Browser.Tests" \
    --logger "trx" --results-directory "$results" || status=$?
dotnet test tests/Responsibility.Browser.Tests --no-build -c Release \
    --logger "trx" --results-directory "$results" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

# The bench's smoke runs, embedded and on a cluster of processes: tiny sizes, no timing checked, but every measured
# path must still run end to end.
for mode in embedded cluster; do
    flags=(--smoke)
    [ "$mode" = cluster ] && flags+=(--cluster)
    if dotnet bench/Responsibility.Bench/bin/Release/net10.0/Responsibility.Bench.dll "${flags[@]}" \
            --out "$results/bench-$mode.json" >"$results/bench-$mode.txt" 2>&1; then
        echo "bench smoke run ($mode): passed"
        passed=$((passed + 1))
    else
        echo "bench smoke run ($mode): FAILED" >&2
        tail -n 40 "$results/bench-$mode.txt" >&2
        failed=$((failed + 1))
        status=1
    fi
done

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "no test results found" >&2
    status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
