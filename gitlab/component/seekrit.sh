# Shared by the seekrit component's jobs; scripts/templates.js renders it into templates/*.yml.
# Every setting comes from the component's inputs, written into this text when the component is
# included: CI/CD variables cannot change them. Only the token is read from a variable.
# It never prints a value and never turns on set -x. POSIX sh: bash, dash and busybox ash.
seekrit_fail() { echo "seekrit: $*" >&2; return 1; }
seekrit_cli_sha256='@CLI_SHA256@'
seekrit_url_ok() {
  case "$1" in
    https://?*) return 0 ;;
    http://127.0.0.1:*|http://127.0.0.1/*|http://localhost:*|http://localhost/*) return 0 ;;
    *) return 1 ;;
  esac
}
seekrit_obtain() {
  case '$[[ inputs.cli-source ]]' in
    path)
      command -v seekrit-ci >/dev/null 2>&1 || { seekrit_fail "cli-source is path, but seekrit-ci is not on PATH"; return 1; }
      seekrit_cli=seekrit-ci
      return 0 ;;
    component)
      # A released version comes from the package registry (rate-limited per IP, so it scales
      # with the projects that include the component); a commit or branch from raw files.
      seekrit_version='$[[ component.version ]]'
      case "$seekrit_version" in
        [0-9]*.[0-9]*.[0-9]*) seekrit_url="$[[ inputs.cli-package-url ]]"; seekrit_url="${seekrit_url%/}/$seekrit_version/seekrit-ci.cjs" ;;
        *) seekrit_url="$[[ inputs.cli-base-url ]]"; seekrit_url="${seekrit_url%/}/$[[ component.sha ]]/dist/cli/index.js" ;;
      esac ;;
    url) seekrit_url="$[[ inputs.cli-url ]]" ;;
  esac
  seekrit_url_ok "$seekrit_url" || { seekrit_fail "the seekrit-ci URL must be https:// (it expanded to '$seekrit_url'): check cli-base-url or cli-url and the variables they use"; return 1; }
  command -v node >/dev/null 2>&1 || { seekrit_fail "the job image has no node: use an image with Node.js >= 20 (for example node:24-slim), or install seekrit-ci and set cli-source: path"; return 1; }
  # A private folder per job: a shared /tmp could hold a file planted by someone else, and
  # concurrent jobs must not write the same path.
  seekrit_cli_dir=$(mktemp -d) || return 1
  node -e "$seekrit_download" "$seekrit_url" "$seekrit_cli_sha256" "$seekrit_cli_dir/seekrit-ci.cjs" || return 1
  seekrit_cli="node $seekrit_cli_dir/seekrit-ci.cjs"
}
# The download: retries transient failures with backoff, says plainly what a sign-in page or a
# 4xx is, honours HTTPS_PROXY/NO_PROXY on every Node version, and verifies the pinned SHA-256.
seekrit_download='
const [url, want, out] = process.argv.slice(1);
const fail = (m) => { console.error("seekrit: " + m); process.exit(1); };
const { request } = require(url.startsWith("https:") ? "node:https" : "node:http");
const noProxy = (host) => (process.env.NO_PROXY || process.env.no_proxy || "").split(",").map((s) => s.trim()).some((s) => s === "*" || (s && (host === s.replace(/^\./, "") || host.endsWith("." + s.replace(/^\./, "")))));
function agentFor(target) {
  const proxy = process.env.HTTPS_PROXY || process.env.https_proxy;
  if (!proxy || target.protocol !== "https:" || noProxy(target.hostname)) return undefined;
  const p = new URL(proxy);
  const agent = new (require("node:https").Agent)();
  agent.createConnection = (opts, cb) => {
    const connect = require(p.protocol === "https:" ? "node:https" : "node:http").request({ host: p.hostname, port: p.port || (p.protocol === "https:" ? 443 : 80), method: "CONNECT", path: target.hostname + ":" + (target.port || 443), headers: p.username ? { "proxy-authorization": "Basic " + Buffer.from(decodeURIComponent(p.username) + ":" + decodeURIComponent(p.password)).toString("base64") } : {} });
    connect.on("connect", (res, socket) => res.statusCode === 200 ? cb(null, require("node:tls").connect({ socket, servername: target.hostname })) : cb(new Error("proxy answered " + res.statusCode)));
    connect.on("error", cb);
    connect.end();
  };
  return agent;
}
function get(target) {
  return new Promise((resolve, reject) => {
    const req = request(target, { agent: agentFor(target), timeout: 30000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, type: String(res.headers["content-type"] || ""), body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end();
  });
}
(async () => {
  const target = new URL(url);
  for (let attempt = 1; ; attempt++) {
    let res, why;
    try { res = await get(target); } catch (e) { why = e.code || e.message; }
    const transient = why !== undefined || res.status === 429 || res.status >= 500;
    if (!transient) {
      if (res.status >= 300) fail("could not download seekrit-ci from " + url + ": HTTP " + res.status + (res.status === 401 || res.status === 403 || res.status === 404 ? " (is the component project public, or does the job need a token to read it? set cli-base-url or cli-source)" : ""));
      if (/html/i.test(res.type) || /^\s*</.test(res.body.subarray(0, 64).toString("latin1"))) fail("could not download seekrit-ci from " + url + ": the server sent an HTML page (a sign-in or error page), not the CLI; check cli-base-url or cli-url");
      const got = require("node:crypto").createHash("sha256").update(res.body).digest("hex");
      if (got !== want) fail("seekrit-ci from " + url + " has SHA-256 " + got + ", not the pinned " + want + "; refusing to run it (it was altered, or the URL does not serve this component version)");
      require("node:fs").writeFileSync(out, res.body, { mode: 0o700, flag: "wx" });
      process.exit(0); // a proxy tunnel kept alive must not hold the job

    }
    if (attempt >= 4) fail("could not download seekrit-ci from " + url + " after " + attempt + " attempts (" + (why || "HTTP " + res.status) + ")");
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt * (0.5 + Math.random() / 2)));
  }
})();
'
seekrit_ci() { $seekrit_cli "$@"; }
seekrit_token() {
  SEEKRIT_TOKEN=$(printenv '$[[ inputs.token-variable ]]' || true)
  [ -n "$SEEKRIT_TOKEN" ] || { seekrit_fail "the CI/CD variable $[[ inputs.token-variable ]] is empty or not set: add the service token as a masked variable"; return 1; }
  # Only seekrit-ci reads the token, from SEEKRIT_TOKEN; the job's commands never see it.
  if [ '$[[ inputs.token-variable ]]' != SEEKRIT_TOKEN ]; then unset '$[[ inputs.token-variable ]]' || true; fi
  export SEEKRIT_TOKEN
}
# Runs a seekrit-ci command with every setting as a flag; --no-env-settings keeps SEEKRIT_*
# variables from changing any of them.
seekrit_with_settings() {
  seekrit_command=$1
  shift
  seekrit_api_url="$[[ inputs.api-url ]]"
  if [ -n "$seekrit_api_url" ]; then set -- --api-url "$seekrit_api_url" "$@"; fi
  if [ '$[[ inputs.interpolate ]]' = false ]; then set -- --no-interpolate "$@"; fi
  seekrit_ci "$seekrit_command" --no-env-settings --secrets '$[[ inputs.secrets ]]' --with '$[[ inputs.with ]]' \
    --prefix '$[[ inputs.prefix ]]' --files '$[[ inputs.files ]]' --unmasked '$[[ inputs.unmasked ]]' \
    --allow-reserved-names '$[[ inputs.allow-reserved-names ]]' --expect-scope '$[[ inputs.expect-scope ]]' "$@"
}
