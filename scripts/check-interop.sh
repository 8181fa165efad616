#!/usr/bin/env bash
# Opens every DOCX and XLSX the corpus asks for with two independent readers each: LibreOffice
# (converts it to PDF, which fails on a corrupt file) and python-docx or openpyxl (parse the package:
# styles, tables, charts, formulas).
# Needs: the built CLI (mvn package), soffice, pdftotext, /usr/bin/python3 with python3-docx and
# python3-openpyxl.
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
    if r["format"] in ("docx", "xlsx"):
        print("\t".join([r["id"], r["format"], r["prompt"], r.get("data", "")]))
PY

count=0
while IFS=$'\t' read -r id format prompt data; do
  args=(generate "$prompt" --format "$format" --output "$out/$id.$format")
  [ -n "$data" ] && args+=(--data "$corpus/$data")
  "$root/docgen" "${args[@]}" >/dev/null
  count=$((count + 1))
done < "$out/requests.tsv"

(cd "$out" && timeout 600 soffice --headless --norestore --convert-to pdf ./*.docx ./*.xlsx >/dev/null 2>&1)
for f in "$out"/*.docx "$out"/*.xlsx; do
  pdf="${f%.*}.pdf"
  [ -s "$pdf" ] || { echo "interop: LibreOffice could not open $(basename "$f")" >&2; exit 1; }
  # Read the whole text first: "pdftotext | grep -q" fails under pipefail when grep stops reading a long text early
  # and pdftotext dies of SIGPIPE.
  text="$(pdftotext "$pdf" -)"
  [ -n "${text//[[:space:]]/}" ] || { echo "interop: LibreOffice rendered $(basename "$f") with no text" >&2; exit 1; }
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

/usr/bin/python3 - "$out"/*.xlsx <<'PY'
import sys, openpyxl
from openpyxl.utils.cell import range_boundaries
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    assert wb.properties.title, (path, "no title property")
    # The first sheet is the summary, named in the workbook's language.
    assert wb.worksheets[0].title in ("Summary", "Übersicht", "Synthèse", "Resumen", "Overzicht"), \
        (path, "first sheet is not the summary: " + wb.worksheets[0].title)
    tables = [t for ws in wb.worksheets for t in ws.tables.values()]
    assert tables, (path, "no Excel table")
    for ws in wb.worksheets:
        for t in ws.tables.values():
            min_col, min_row, max_col, max_row = range_boundaries(t.ref)
            header = [ws.cell(row=min_row, column=c).value for c in range(min_col, max_col + 1)]
            assert header == [c.name for c in t.tableColumns], (path, ws.title, header)
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert c.value.startswith("=SUBTOTAL("), (path, c.coordinate, c.value)
PY
echo "interop: $count passed, 0 failed"
