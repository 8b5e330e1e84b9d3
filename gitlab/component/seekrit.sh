# Shared by the seekrit component's jobs; scripts/templates.js renders it into templates/*.yml.
# It defines seekrit_ci (the CLI, downloaded into a private folder and verified against the pinned
# SHA-256) and seekrit_token (the token, read from the CI/CD variable that token-variable names).
# It never prints a value and never turns on set -x.
seekrit_fail() { echo "seekrit: $*" >&2; return 1; }
seekrit_obtain() {
  case "$SEEKRIT_CLI_SOURCE" in
    path)
      command -v seekrit-ci >/dev/null 2>&1 || { seekrit_fail "cli-source is path, but seekrit-ci is not on PATH"; return 1; }
      SEEKRIT_CLI_RUN=seekrit-ci
      return 0 ;;
    component) seekrit_url="${SEEKRIT_CLI_BASE_URL%/}/${SEEKRIT_COMPONENT_SHA}/dist/cli/index.js" ;;
    url) seekrit_url="$SEEKRIT_CLI_URL" ;;
    *) seekrit_fail "cli-source must be component, url or path, not '$SEEKRIT_CLI_SOURCE'"; return 1 ;;
  esac
  command -v node >/dev/null 2>&1 || { seekrit_fail "the job image has no node: use an image with Node.js >= 20 (the default is node:24-slim), or install seekrit-ci and set cli-source: path"; return 1; }
  # A private folder per job: a shared /tmp could hold a file planted by someone else, and
  # concurrent jobs must not write the same path.
  SEEKRIT_CLI_FILE="$(mktemp -d)/seekrit-ci.mjs"
  NODE_USE_ENV_PROXY=1 node -e '
    const [url, want, out] = process.argv.slice(1);
    const fail = (m) => { console.error("seekrit: " + m); process.exit(1); };
    fetch(url).then(async (res) => {
      if (!res.ok) fail("could not download seekrit-ci from " + url + " (HTTP " + res.status + ")");
      const body = Buffer.from(await res.arrayBuffer());
      const got = require("node:crypto").createHash("sha256").update(body).digest("hex");
      if (got !== want) fail("seekrit-ci from " + url + " has SHA-256 " + got + ", not the pinned " + want + "; refusing to run it");
      require("node:fs").writeFileSync(out, body, { mode: 0o700, flag: "wx" });
    }, (e) => fail("could not download seekrit-ci from " + url + " (" + (e.cause?.code || e.message) + ")"));
  ' "$seekrit_url" "$SEEKRIT_CLI_SHA256" "$SEEKRIT_CLI_FILE" || return 1
  SEEKRIT_CLI_RUN="node $SEEKRIT_CLI_FILE"
}
seekrit_ci() { $SEEKRIT_CLI_RUN "$@"; }
seekrit_token() {
  # An api-url input wins; otherwise SEEKRIT_API_URL from the project's variables, then the default.
  if [ -n "${SEEKRIT_COMPONENT_API_URL:-}" ]; then export SEEKRIT_API_URL="$SEEKRIT_COMPONENT_API_URL"; fi
  SEEKRIT_TOKEN=$(printenv "$SEEKRIT_TOKEN_VARIABLE" || true)
  [ -n "$SEEKRIT_TOKEN" ] || { seekrit_fail "the CI/CD variable $SEEKRIT_TOKEN_VARIABLE is empty or not set: add the service token as a masked variable"; return 1; }
  # Only seekrit-ci reads the token, from SEEKRIT_TOKEN; commands it runs never see it.
  if [ "$SEEKRIT_TOKEN_VARIABLE" != SEEKRIT_TOKEN ]; then unset "$SEEKRIT_TOKEN_VARIABLE"; fi
  export SEEKRIT_TOKEN
}
