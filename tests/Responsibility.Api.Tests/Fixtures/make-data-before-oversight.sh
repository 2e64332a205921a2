#!/usr/bin/env bash
# Makes Fixtures/data-before-oversight.zip: a data folder written by the version before 督责 (issue 18: inspections,
# 整改, extensions, 通报) and what that version answered about it (expected.json). It builds that commit, runs its --demo and reads
# the figures through its API (old-demo.sh), and packs data/ and expected.json. Run from anywhere inside the repository:
#   tests/Responsibility.Api.Tests/Fixtures/make-data-before-oversight.sh [commit]
source "$(dirname "$0")/old-demo.sh"
old_demo_start "${1:-7a644df}" 5397
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
old_demo_pack data-before-oversight.zip
