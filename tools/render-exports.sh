#!/usr/bin/env bash
# Renders the files people download, to look at them as a person would: the 社区责任 section in
# Word (live, and the edition the demo published) and the ledgers workbook from the 2023 demo, and an
# import template, as PDF and PNG.
#
#   tools/render-exports.sh [out-dir]          # default .tmp/render
#
# It starts a tracker on a scratch DATA_DIR (embedded PostgreSQL), loads the demo through the CLI,
# exports both files with `npm run cli -- export`, then converts them with LibreOffice
# (`soffice --headless --convert-to pdf`) and poppler (`pdftoppm -png`). Needs the Debian packages
# libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-.tmp/render}
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.pdf
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk" >&2; exit 1; }
done

export DATA_DIR=$(mktemp -d /tmp/tracker-render-XXXXXX)
# As root the embedded PostgreSQL runs as the "postgres" user, who must be able to enter DATA_DIR.
chmod 755 "$DATA_DIR"
export JWT_SECRET=render-exports-secret-render-exports-secret
export PORT=${PORT:-3917}
export LOG_LEVEL=warn
npm run build --silent
node -r ./dist/register-paths.js dist/apps/api/src/main.js > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/health" >/dev/null && break
  kill -0 $SERVER 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done
cli() { node -r ./dist/register-paths.js dist/apps/api/src/cli.js "$@"; }
cli demo --url "http://localhost:$PORT/graphql" > "$OUT/demo.log"
cli export 2023 --url "http://localhost:$PORT" --out "$OUT/section-2023.docx"
cli export 2023 --url "http://localhost:$PORT" --out "$OUT/ledgers-2023.xlsx"
TOKEN=$(cli issue-token --sub render --name 渲染 --roles ADMIN --expires 10m)
curl -sf -o "$OUT/template-volunteer-activities.xlsx" -H "authorization: Bearer $TOKEN" "http://localhost:$PORT/files/templates/volunteer-activities.xlsx"
# The edition of 2023 the demo published for its bureau (docs/design.md §16), as its Word file.
BUREAU=$(curl -sf -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' --data '{"query":"{ orgUnits { id kind } }"}' "http://localhost:$PORT/graphql" |
  node -e 'let s="";process.stdin.on("data",(c)=>(s+=c)).on("end",()=>console.log(JSON.parse(s).data.orgUnits.find((u)=>u.kind==="BUREAU").id))')
curl -sf -o "$OUT/section-2023-edition-1.docx" -H "authorization: Bearer $TOKEN" "http://localhost:$PORT/files/section/2023.docx?edition=2023-$BUREAU-v1"

for file in "$OUT/section-2023.docx" "$OUT/section-2023-edition-1.docx" "$OUT/ledgers-2023.xlsx" "$OUT/template-volunteer-activities.xlsx"; do
  soffice --headless --convert-to pdf --outdir "$OUT" "$file" > /dev/null
  pdftoppm -png -r 80 "${file%.*}.pdf" "${file%.*}"
done
ls -1 "$OUT"/*.png
