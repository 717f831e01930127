#!/usr/bin/env bash
# Benchmarks the Native AOT ecr-login as whole processes against the ECR emulator's TLS endpoint
# (trusted through SSL_CERT_FILE = the system bundle plus the test authority; the system
# certificate folder stays in place) and a real registry:
#   credential-helper get, warm cache  (goal < 15 ms)
#   credential-helper get, cold cache  (goal < 80 ms)
#   login, warm cache                  (goal < 20 ms)
# Usage: tests/EcrCi.Cli.Tests/Benchmark/run.sh [RUNS]   (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-40}
work=$(mktemp -d /tmp/ecr-login-bench.XXXXXX)
trap 'rm -f "$work/world.env"; sleep 1; rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
echo "publishing the Native AOT binary..." >&2
dotnet publish "$root/src/EcrCi.Cli/EcrCi.Cli.csproj" -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo >&2

echo "starting the emulator and a registry..." >&2
dotnet run "$here/WorldHost.cs" -- "$work/world.env" >"$work/host.log" 2>&1 &
for _ in $(seq 1 240); do [ -s "$work/world.env" ] && break; sleep 0.5; done
[ -s "$work/world.env" ] || { cat "$work/host.log" >&2; exit 1; }
set -a; . "$work/world.env"; set +a

mkdir -p "$work/bin"
ln -s "$work/aot/ecr-login" "$work/bin/docker-credential-ecr-login-ci"
export AWS_ENDPOINT_URL_ECR="$EMULATOR_HTTPS" SSL_CERT_FILE="$TRUST_BUNDLE"
export ECR_LOGIN_CACHE_DIR="$work/cache" DOCKER_CONFIG="$work/docker"
export ECR_LOGIN_REGISTRY_MAP="$REGISTRY_HOST=111111111111@eu-west-1"
echo "$REGISTRY_HOST" > "$work/server.txt"
helper="$work/bin/docker-credential-ecr-login-ci"
tool="$work/aot/ecr-login"

"$helper" get < "$work/server.txt" >/dev/null           # fills the cache
"$tool" login 111111111111 >/dev/null 2>&1               # one real docker login, then warm ones

hyperfine -w 5 -r "$runs" -N --export-json "$work/list.json" -n "helper list (process floor)" "$helper list" >/dev/null
hyperfine -w 5 -r "$runs" --export-json "$work/warm-get.json" -n "get (warm cache)" "$helper get < $work/server.txt" >/dev/null
hyperfine -w 3 -r "$runs" --export-json "$work/cold-get.json" -n "get (cold cache, TLS)" \
  --prepare "rm -f $work/cache/tokens.json" "$helper get < $work/server.txt" >/dev/null
hyperfine -w 5 -r "$runs" -N --export-json "$work/warm-login.json" -n "login (warm cache)" "$tool login 111111111111 --quiet" >/dev/null

dotnet run "$here/Report.cs" -- "$work"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
