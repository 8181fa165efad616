#!/usr/bin/env bash
# Opens every DOCX the corpus asks for with two independent readers: LibreOffice (converts it to
# PDF, which fails on a corrupt file) and python-docx (parses the package and its styles).
# Needs: the built CLI (mvn package), soffice, pdftotext, /usr/bin/python3 with python3-docx.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/docgen-cli/src/test/resources/corpus"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1795000000

/usr/bin/python3 - "$corpus/prompts-dev.jsonl" > "$out/requests.tsv" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["format"] == "docx":
        print("\t".join([r["id"], r["prompt"], r.get("data", "")]))
PY

count=0
while IFS=$'\t' read -r id prompt data; do
  args=(generate "$prompt" --format docx --output "$out/$id.docx")
  [ -n "$data" ] && args+=(--data "$corpus/$data")
  "$root/docgen" "${args[@]}" >/dev/null
  count=$((count + 1))
done < "$out/requests.tsv"

(cd "$out" && timeout 300 soffice --headless --norestore --convert-to pdf ./*.docx >/dev/null 2>&1)
for f in "$out"/*.docx; do
  pdf="${f%.docx}.pdf"
  [ -s "$pdf" ] || { echo "interop: LibreOffice could not open $(basename "$f")" >&2; exit 1; }
  pdftotext "$pdf" - | grep -q . || { echo "interop: LibreOffice rendered $(basename "$f") with no text" >&2; exit 1; }
done

/usr/bin/python3 - "$out"/*.docx <<'PY'
import sys, docx
for path in sys.argv[1:]:
    d = docx.Document(path)
    styles = {p.style.name for p in d.paragraphs}
    assert "Title" in styles, (path, "no Title paragraph")
    assert "Heading 1" in styles, (path, "no Heading 1 paragraph")
    assert d.core_properties.title, (path, "no title property")
PY
echo "interop: $count passed, 0 failed"
