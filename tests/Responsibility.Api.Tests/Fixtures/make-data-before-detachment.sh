#!/usr/bin/env bash
# Makes Fixtures/data-before-detachment.zip: a data folder written by the version before 支队 (issue 20: detachments over
# brigades) and what that version answered about it (expected.json). It builds that commit, runs its --demo and reads the
# figures through its API (old-demo.sh), and packs data/ and expected.json. Run from anywhere inside the repository:
#   tests/Responsibility.Api.Tests/Fixtures/make-data-before-detachment.sh [commit]
source "$(dirname "$0")/old-demo.sh"
old_demo_start "${1:-ff65df2}" 5399
{
  echo "{\"asOf\":\"$asof\",\"year\":$year,"
  echo "\"brigade\":$(get /api/v1/brigades/zichuan),"
  echo "\"rollup\":$(get "/api/v1/brigades/zichuan/rollup?year=$year&asOf=$asof"),"
  echo "\"tasks\":$(get "/api/v1/brigades/zichuan/tasks?year=$year&asOf=$asof"),"
  echo "\"units\":$(each "/api/v1/brigades/zichuan/units/{}/rollup?year=$year&asOf=$asof" $units),"
  echo "\"leaders\":$(each "/api/v1/brigades/zichuan/leaders/{}/rollup?year=$year&asOf=$asof" $leaders),"
  echo "\"instructions\":$(get /api/v1/brigades/zichuan/instructions),"
  echo "\"meetings\":$(get /api/v1/brigades/zichuan/meetings),"
  echo "\"pledges\":$(get "/api/v1/brigades/zichuan/pledges?year=$year"),"
  echo "\"rectifications\":$(get /api/v1/brigades/zichuan/rectifications),"
  echo "\"bulletins\":$(get "/api/v1/brigades/zichuan/bulletins?year=$year"),"
  echo "\"unitScores\":$(get "/api/v1/brigades/zichuan/appraisal/$year/scores?period=$year-Q3&subjects=Units"),"
  echo "\"leaderScores\":$(get "/api/v1/brigades/zichuan/appraisal/$year/scores?period=$year-Q3&subjects=Leaders")"
  echo "}"
} | jq . >"$work/out/expected.json"
old_demo_pack data-before-detachment.zip
