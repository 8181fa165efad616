#!/usr/bin/env bash
# Starts ./docgen serve and runs the operations runbook's commands (../shared/RUNBOOK.md) against it
# literally: only the host, port and log directory are put in for localhost:8080 and
# /var/log/doc-pipeline. Each result is checked; the script exits 1 if any check fails.
# Needs curl, python3 (with python-docx), unzip and pdftotext; .ci/run installs them.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
# Debian's python3, which has python3-docx (a python3 earlier on the PATH may not).
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
port="$($py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
logs="$work/logs"
export DOCGEN_HOME="$work/home" DOCGEN_LOG_DIR="$logs"
unset DOCGEN_API_KEYS DOCGEN_LLM_BASE_URL
failures=0

"$root/docgen" serve --port "$port" > "$work/server.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

ok() { echo "ok:   $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # description, then a command that must succeed
  local what="$1"; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
# A runbook command as written, with this server's port and log directory put in.
rb() {
  local cmd="${1//localhost:8080/localhost:$port}"
  cmd="${cmd//\/var\/log\/doc-pipeline/$logs}"
  (cd "$work" && bash -c "$cmd")
}
json() { $py -c "import json, sys; print(json.load(sys.stdin)$1)"; }

for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/ready" > /dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: the server stopped"; cat "$work/server.log"; exit 1; }
  sleep 1
done

echo "== Health"
out="$(rb 'curl -f http://localhost:8080/health || echo "ALERT: API service unavailable"')"
check "health answers UP, no alert" bash -c "grep -q '\"status\":\"UP\"' <<< '$out' && ! grep -q ALERT <<< '$out'"
ready="$(rb 'curl http://localhost:8080/ready' 2>/dev/null)"
check "ready answers ready" grep -q '"status":"ready"' <<< "$ready"
code="$(rb 'curl -w "\n%{http_code}\n" http://localhost:8080/health' 2>/dev/null | tail -1)"
check "health with the status code: $code" test "$code" = 200

echo "== Manual document generation"
rb 'curl -X POST http://localhost:8080/api/v1/generate \
  -H "Content-Type: application/json" \
  -d '"'"'{
    "prompt": "Create a project status report for Q4 2025",
    "format": "pdf",
    "template": "status-report-v2"
  }'"'"' \
  -o output.pdf' 2>/dev/null
# docgen has no template of that name until one is uploaded: the answer says so, as a problem body.
check "a template that is not there: a problem naming it" grep -q 'status-report-v2.*not found' "$work/output.pdf"
rb 'curl -X POST http://localhost:8080/api/v1/generate \
  -H "Content-Type: application/json" \
  -d '"'"'{
    "prompt": "Create a project status report for Q4 2025",
    "format": "pdf"
  }'"'"' \
  -o output.pdf' 2>/dev/null
check "generate gives a PDF" bash -c "head -c 5 '$work/output.pdf' | grep -q '%PDF-'"
check "the PDF says what was asked" bash -c "pdftotext '$work/output.pdf' - | grep -q 'Q4 2025'"

TASK_ID="$(curl -s -X POST "http://localhost:$port/api/v1/generate" -H "Content-Type: application/json" \
  -d '{"prompt": "Create a project status report for Q4 2025", "format": "pdf", "async": true}' | json '["task_id"]')"
for _ in $(seq 1 120); do
  status="$(rb "TASK_ID=\"$TASK_ID\"; curl http://localhost:8080/api/v1/status/\$TASK_ID" 2>/dev/null)"
  grep -q '"status":"succeeded"' <<< "$status" && break
  sleep 0.5
done
check "status says succeeded" grep -q '"status":"succeeded"' <<< "$status"
rb "TASK_ID=\"$TASK_ID\"; curl http://localhost:8080/api/v1/download/\$TASK_ID -o document.pdf" 2>/dev/null
check "download gives the PDF" bash -c "head -c 5 '$work/document.pdf' | grep -q '%PDF-'"

echo "== Batch document generation"
cat > "$work/batch-requests.json" <<'JSON'
{"requests": [
  {"prompt": "Create a project status report for Q4 2025", "format": "pdf"},
  {"prompt": "Quarterly sales report for Q3 2026 with revenue by region", "format": "xlsx",
   "data": "region,revenue\nNorth,1200.50\nSouth,980.25\n"},
  {"prompt": "Write a memo to all staff about the office move on 12 January 2026", "format": "docx"}
]}
JSON
BATCH_ID="$(rb 'curl -X POST http://localhost:8080/api/v1/batch \
  -H "Content-Type: application/json" \
  -d @batch-requests.json' 2>/dev/null | json '["batch_id"]')"
for _ in $(seq 1 120); do
  batch="$(rb "BATCH_ID=\"$BATCH_ID\"; curl http://localhost:8080/api/v1/batch/\$BATCH_ID/status" 2>/dev/null)"
  grep -q '"finished":true' <<< "$batch" && break
  sleep 0.5
done
check "batch status: 3 succeeded" grep -q '"succeeded":3' <<< "$batch"
rb "BATCH_ID=\"$BATCH_ID\"; curl http://localhost:8080/api/v1/batch/\$BATCH_ID/download -o batch-output.zip" 2>/dev/null
check "batch ZIP: three documents and a manifest" bash -c "unzip -l '$work/batch-output.zip' | grep -q manifest.json \
  && [ \$(unzip -l '$work/batch-output.zip' | grep -cE '[0-9]{3}-.*\.(pdf|docx|xlsx)$') = 3 ]"

echo "== Template management"
$py - "$work/report-template.docx" <<'PY'
import sys
from docx import Document
d = Document()
d.add_paragraph("Quarterly report: {{doc.title}}")
d.save(sys.argv[1])
PY
cp "$work/report-template.docx" "$work/report-template-1.docx"
curl -s -o /dev/null -X POST "http://localhost:$port/api/v1/templates" -F "template=@$work/report-template-1.docx" \
  -F "name=quarterly-report" -F "version=1.0"
code="$(rb 'curl -X POST http://localhost:8080/api/v1/templates \
  -F "template=@report-template.docx" \
  -F "name=quarterly-report" \
  -F "version=2.0" -s -o /dev/null -w "%{http_code}"')"
check "upload answers 201" test "$code" = 201
list="$(rb 'curl http://localhost:8080/api/v1/templates' 2>/dev/null)"
check "list shows it" grep -q '"quarterly-report"' <<< "$list"
rb 'curl http://localhost:8080/api/v1/templates/quarterly-report/2.0 -o template.docx' 2>/dev/null
check "download gives the Word file back" $py -c "
from docx import Document; import sys
sys.exit(0 if 'Quarterly report' in Document('$work/template.docx').paragraphs[0].text else 1)"
code="$(rb 'curl -X DELETE http://localhost:8080/api/v1/templates/quarterly-report/1.0 -s -o /dev/null -w "%{http_code}"')"
check "delete of the old version answers 204" test "$code" = 204
warm="$(rb 'curl http://localhost:8080/api/v1/cache/warm' 2>/dev/null)"
check "cache warm reports what it cached" grep -q '"cached":[1-9]' <<< "$warm"

echo "== Failures and logs"
curl -s -o /dev/null -X POST "http://localhost:$port/api/v1/generate" -H "Content-Type: application/json" \
  -d '{"prompt": "Sales report", "format": "pdf", "data": "{\"rows\": [1,"}'
metrics="$(rb 'curl http://localhost:8080/metrics | grep doc_generation' 2>/dev/null)"
check "metrics show doc_generation" grep -q 'doc_generation_seconds' <<< "$metrics"
rb 'cat /var/log/doc-pipeline/quality.log | tail -20' > /dev/null
check "quality.log is there" test -f "$logs/quality.log"
errors="$(rb 'grep "ERROR" /var/log/doc-pipeline/generation.log | wc -l')"
check "grep ERROR counts the one failed generation ($errors)" test "$errors" = 1
average="$(rb 'grep "Document generated" /var/log/doc-pipeline/generation.log | tail -1000 | \
  awk '"'"'{sum+=$8; count++} END {print "Average: " sum/count "s"}'"'"'')"
check "average generation time: $average" bash -c "grep -Eq '^Average: [0-9]+(\.[0-9]+)?(e-?[0-9]+)?s$' <<< '$average' \
  && ! grep -q 'Average: 0s' <<< '$average'"
bycode="$(rb 'grep "FAILED" /var/log/doc-pipeline/generation.log | tail -20 | awk '"'"'{print $5}'"'"' | sort | uniq -c')"
check "failures by code: $(echo $bycode)" bash -c "[ \"\$(echo $bycode)\" = '1 INVALID_DATA' ]"
rb 'grep "VALIDATION_FAILED" /var/log/doc-pipeline/quality.log | tail -10' > /dev/null
alert="$(rb 'ERRORS=$(grep "ERROR" /var/log/doc-pipeline/generation.log | tail -100 | wc -l)
if [ $ERRORS -gt 10 ]; then
  echo "ALERT: High error rate: $ERRORS errors in last 100 requests"
fi')"
check "the error-rate alert stays quiet" test -z "$alert"
check "errors.log is there" test -f "$logs/errors.log"

if [ "$failures" -gt 0 ]; then
  echo "runbook smoke: $failures checks failed; the server's log follows"
  tail -50 "$work/server.log"
  exit 1
fi
echo "runbook smoke: every check passed"
