# Shared by the seekrit component's jobs; scripts/templates.js renders it into templates/*.yml.
# Every setting comes from the component's inputs, written into this text when the component is
# included: CI/CD variables cannot change them. Only the token is read from a variable.
# It never prints a value and never turns on set -x. POSIX sh: bash, dash and busybox ash.
seekrit_ci() { $seekrit_cli "$@"; }
seekrit_token() {
  # The input is an identifier (its regex), so this reads that one variable (printenv is not
  # in every busybox).
  eval "SEEKRIT_TOKEN=\${$[[ inputs.token-variable ]]-}"
  [ -n "$SEEKRIT_TOKEN" ] || { seekrit_fail "the CI/CD variable $[[ inputs.token-variable ]] is empty or not set: add the service token as a masked variable (a protected variable is empty on unprotected branches and tags)"; return 1; }
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
    --prefix '$[[ inputs.prefix ]]' --name-case '$[[ inputs.name-case ]]' --files '$[[ inputs.files ]]' --unmasked '$[[ inputs.unmasked ]]' \
    --allow-reserved-names '$[[ inputs.allow-reserved-names ]]' --expect-scope '$[[ inputs.expect-scope ]]' "$@"
}
