#!/usr/bin/env bash
# Benchmarks the Native AOT ecr-login as whole processes against the ECR emulator's TLS endpoint
# (trusted through SSL_CERT_FILE = the system bundle plus the test authority; the system
# certificate folder stays in place) and a real registry:
#   credential-helper get, warm cache  (goal < 15 ms)
#   credential-helper get, cold cache  (goal < 80 ms)
#   login, warm cache                  (goal < 20 ms)
# and, side by side in the same run, with the full system trust store (SSL_CERT_DIR=/etc/ssl/certs):
#   cold get, warm get, cold login, the Action main step (host store, and bundle only as in the image)
# against the baselines: a bare process start (--version), a bare docker login, and the floor
# process (floor.c: one OpenSSL HTTPS request to the emulator with a one-certificate store).
# Goals: cold get <= 2 x floor, warm get <= 1.2 x --version, Action step <= 1.5 x (cold get + docker login).
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

# Side by side: the system store in full, the test authority in SSL_CERT_FILE (AWS_CA_BUNDLE, which
# some hosts export for every tool, would replace it).
unset AWS_CA_BUNDLE
export SSL_CERT_DIR=/etc/ssl/certs
mkdir -p "$work/empty-certs"
awk '/BEGIN CERT/{n++} {if (n == last) print}' last="$(grep -c 'BEGIN CERT' "$TRUST_BUNDLE")" "$TRUST_BUNDLE" > "$work/authority.pem"
gcc -O2 -Wall -Werror -o "$work/floor" "$here/floor.c" -lssl -lcrypto
hostport=${EMULATOR_HTTPS#https://}; hostport=${hostport%/}
password=$("$tool" get-login-password --region eu-west-1 2>/dev/null || true)
printf '%s' "$password" > "$work/password"
action_cmds=()
if dotnet publish "$root/src/EcrCi.Action/EcrCi.Action.csproj" -r linux-x64 -p:PublishAot=true -o "$work/action" -v quiet -nologo >&2; then
  : > "$work/state"; : > "$work/output"; : > "$work/envfile"; : > "$work/summary"; mkdir -p "$work/home"
  step="env -i PATH=$PATH HOME=$work/home INPUT_REGISTRIES=111111111111 INPUT_REGISTRY-TYPE=private INPUT_MASK-PASSWORD=true INPUT_SKIP-LOGOUT=true"
  step="$step GITHUB_ACTIONS=true CI=true GITHUB_STATE=$work/state GITHUB_OUTPUT=$work/output GITHUB_ENV=$work/envfile GITHUB_STEP_SUMMARY=$work/summary"
  step="$step AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY AWS_REGION=eu-west-1 AWS_ENDPOINT_URL_ECR=$EMULATOR_HTTPS AWS_EC2_METADATA_DISABLED=true SSL_CERT_FILE=$TRUST_BUNDLE"
  action_cmds=(-n "action main step (host store)" "$step SSL_CERT_DIR=/etc/ssl/certs $work/action/ecr-login-action"
               -n "action main step (bundle only, image)" "$step SSL_CERT_DIR=$work/empty-certs $work/action/ecr-login-action")
fi
hyperfine -w 3 -r "$runs" --export-markdown "$work/side-by-side.md" \
  -n "bare process start (--version)" "$tool --version" \
  -n "floor (OpenSSL, one-cert store)" "$work/floor $work/authority.pem ${hostport%:*} ${hostport#*:}" \
  -n "get, warm cache" "$helper get < $work/server.txt" \
  -n "get, cold (cache off)" "AWS_ECR_DISABLE_CACHE=true $helper get < $work/server.txt" \
  -n "login, cold (cache off)" "AWS_ECR_DISABLE_CACHE=true $tool login 111111111111 --quiet" \
  -n "bare docker login" "docker login --username AWS --password-stdin $REGISTRY_HOST < $work/password" \
  "${action_cmds[@]}" >&2
cat "$work/side-by-side.md"

dotnet run "$here/Report.cs" -- "$work"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
