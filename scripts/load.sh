#!/usr/bin/env bash
# The service under load: REQUESTS generate requests (default 120), CONCURRENCY in flight (default 60),
# mixed formats with data, offline, through a real docgen-server process; and the library called directly
# on the same requests, in the same run. Fails if any request does not get its document.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
java -cp benchmarks/target/benchmarks.jar dev.docgen.benchmarks.ServiceLoad docgen-server/target/docgen-server.jar \
  "${REQUESTS:-120}" "${CONCURRENCY:-60}" 2>&1 | grep -v -E '^\S+ +(INFO|WARN)|^\[main\] INFO|Document generated'
