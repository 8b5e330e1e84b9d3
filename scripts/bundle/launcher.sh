#!/bin/sh
# seekrit-ci, started with an environment it chose. Node.js and the loader of the C library read the
# variables below before any code of seekrit-ci runs (code to load, request headers printed, TLS
# checks off: src/cli/runtime-variables.json), so Node.js starts without them; each is kept as
# SEEKRIT_JOB_<NAME>, and seekrit-ci run hands it back to the command it starts.
# Rendered by scripts/bundle.js (the standalone bundle) and scripts/templates.js (the GitLab
# component JS file), each with its own last line.
for seekrit_v in @RUNTIME_VARIABLES@; do
  if eval "[ -n \"\${$seekrit_v+x}\" ]"; then
    eval "SEEKRIT_JOB_$seekrit_v=\"\$$seekrit_v\"; export SEEKRIT_JOB_$seekrit_v"
    unset "$seekrit_v"
  fi
done
@EXEC@
