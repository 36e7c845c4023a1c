#!/bin/sh
# Smoke test run against the canary before Argo Rollouts promotes it.
set -eu
base="$1"
curl --fail --silent --show-error --max-time 5 "$base/healthz" >/dev/null
curl --fail --silent --show-error --max-time 5 -o /dev/null -w '%{http_code}\n' "$base/v1/orders/00000000-0000-4000-8000-000000000000" | grep -q '^404$'
echo "smoke ok"
