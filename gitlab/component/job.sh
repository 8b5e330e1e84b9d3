# The hidden job's loader, rendered into templates/secrets.yml after seekrit.sh.
# The values reach this shell through a pipe (no file), and the export checks every name first:
# nothing named like this shell's own state (seekrit_*) or a variable a shell cannot set loads.
# With redact (the default) the rest of the job's output then goes through seekrit-ci's
# redactor, which gets the values to hide as the first line of that stream.
seekrit_finish() {
  seekrit_status=$?
  # Closing our end of the stream lets the redactor finish; a watchdog tells it to stop waiting
  # if a background process of the job still holds the stream open.
  exec >/dev/null 2>&1
  if [ -n "${seekrit_redactor:-}" ]; then
    (sleep 2; kill -USR2 "$seekrit_redactor" 2>/dev/null) &
    seekrit_watchdog=$!
    wait "$seekrit_redactor" || { [ "$seekrit_status" -ne 0 ] || seekrit_status=1; }
    kill "$seekrit_watchdog" 2>/dev/null || true
  fi
  if [ -n "${seekrit_files_dir:-}" ]; then rm -rf "$seekrit_files_dir"; fi
  if [ -n "${seekrit_cli_dir:-}" ]; then rm -rf "$seekrit_cli_dir"; fi
  exit "$seekrit_status"
}
seekrit_redact_job() {
  seekrit_fifo_dir=$(mktemp -d) && mkfifo "$seekrit_fifo_dir/log" || { seekrit_fail "could not create the redaction pipe"; return 1; }
  # The redactor opens the pipe's read end before it starts, so this shell's open below never
  # waits for a redactor that failed to start: writes would then fail instead (no output unredacted).
  $seekrit_cli redact --from-job <"$seekrit_fifo_dir/log" &
  seekrit_redactor=$!
  exec >"$seekrit_fifo_dir/log" 2>&1
  rm -rf "$seekrit_fifo_dir"
  printf '%s\n' "$seekrit_hide"
}
seekrit_load() {
  # xtrace (set -x, CI_DEBUG_TRACE) would print the token and every value: off while loading,
  # back on for the job's own commands, whose output the redactor then hides.
  case $- in *x*) seekrit_xtrace=1; set +x ;; *) seekrit_xtrace='' ;; esac
  seekrit_obtain || return 1
  seekrit_token || { [ -z "${seekrit_cli_dir:-}" ] || rm -rf "$seekrit_cli_dir"; return 1; }
  # However the job ends (exec, its own EXIT trap, SIGKILL), the files and the CLI go with this shell.
  seekrit_env=$(seekrit_with_settings export --format shell --component --remove-after "$$" ${seekrit_cli_dir:+--remove "$seekrit_cli_dir"}) || {
    unset SEEKRIT_TOKEN
    [ -z "${seekrit_cli_dir:-}" ] || rm -rf "$seekrit_cli_dir"
    return 1
  }
  unset SEEKRIT_TOKEN
  trap seekrit_finish EXIT
  trap 'exit 129' HUP
  trap 'exit 130' INT
  trap 'exit 143' TERM
  eval "$seekrit_env"
  unset seekrit_env
  if [ '$[[ inputs.redact ]]' != false ]; then seekrit_redact_job || return 1; fi
  unset seekrit_hide
  if [ -n "$seekrit_xtrace" ]; then set -x; fi
}
