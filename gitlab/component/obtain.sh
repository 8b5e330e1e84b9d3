# Getting seekrit-ci into the job, rendered into every templates/*.yml (first, before seekrit.sh).
# In order: the image's Node.js >= 20 runs the small JS file; otherwise the standalone bundle
# for this machine (Node.js and its own C library, so any Linux image with sh works), from the
# prefetch component's artifact or downloaded with whatever the image has (curl, wget, busybox
# wget, python3). Each is checked against the SHA-256 pinned in this text before it is unpacked
# or run, and the bundle's node is never put on the job's PATH.
seekrit_fail() { echo "seekrit: $*" >&2; return 1; }
seekrit_cli_sha256='@CLI_SHA256@'
seekrit_url_ok() {
  case "$1" in
    https://?*) return 0 ;;
    http://127.0.0.1:*|http://127.0.0.1/*|http://localhost:*|http://localhost/*) return 0 ;;
    *) return 1 ;;
  esac
}
seekrit_bundle_x64='@BUNDLE_X64_SHA256@ @BUNDLE_X64_SIZE@'
seekrit_bundle_arm64='@BUNDLE_ARM64_SHA256@ @BUNDLE_ARM64_SIZE@'
seekrit_prefetched="${CI_PROJECT_DIR:-.}/.seekrit-ci"
# Node.js runs with an environment the component chose: a CI/CD variable such as NODE_OPTIONS
# must not put code into the process that checks or runs seekrit-ci (src/cli/runtime-variables.json).
seekrit_node() { env @RUNTIME_ENV_U@ node "$@"; }
# seekrit-ci on the image's Node.js goes through the same launcher as the bundle's: it keeps those
# variables for the command seekrit-ci run starts, and is a file, so a background seekrit-ci is
# the process $! names.
seekrit_js_launcher='@JS_LAUNCHER@'
seekrit_has_node() {
  command -v node >/dev/null 2>&1 && seekrit_node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' >/dev/null 2>&1
}
# x64 or arm64 for this machine, or empty where no bundle is built.
seekrit_arch() {
  case "$(uname -m 2>/dev/null)" in
    x86_64|amd64) echo x64 ;;
    aarch64|arm64) echo arm64 ;;
    *) echo '' ;;
  esac
}
seekrit_sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -c1-64
  elif command -v busybox >/dev/null 2>&1; then busybox sha256sum "$1" | cut -c1-64
  elif command -v python3 >/dev/null 2>&1; then python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1"
  elif command -v openssl >/dev/null 2>&1; then openssl dgst -sha256 -r "$1" | cut -c1-64
  else return 1
  fi
}
# Downloads $1 to $2 with the image's own tool; the tool's last error line is in seekrit_why.
seekrit_fetch() {
  seekrit_why=''
  if command -v curl >/dev/null 2>&1; then
    seekrit_why=$(curl -fsS -L --proto '=https,http' --retry 3 --connect-timeout 30 --max-time 600 -o "$2" "$1" 2>&1) && return 0
  elif command -v wget >/dev/null 2>&1; then
    # GNU wget gets a timeout; some busybox builds crash on -T, so theirs go without.
    seekrit_timeout=''
    if wget --version >/dev/null 2>&1; then seekrit_timeout='-T 30'; fi
    for seekrit_try in 1 2 3; do
      seekrit_why=$(wget -q $seekrit_timeout -O "$2" "$1" 2>&1) && return 0
      sleep "$seekrit_try"
    done
  elif command -v python3 >/dev/null 2>&1; then
    seekrit_why=$(python3 -c '
import sys, time, urllib.request
for attempt in (1, 2, 3):
    try:
        with urllib.request.urlopen(sys.argv[1], timeout=30) as r, open(sys.argv[2], "wb") as f:
            f.write(r.read())
        sys.exit(0)
    except Exception as e:
        why = str(e)
        if attempt < 3: time.sleep(attempt)
sys.exit(why)' "$1" "$2" 2>&1) && return 0
  else
    seekrit_why='no downloader'
    return 2
  fi
  seekrit_why=$(printf '%s\n' "$seekrit_why" | tail -n 1)
  return 1
}
# Checks the file $1 against the pin "sha256 size" in $2; says what it is when it is not the bundle.
seekrit_verify_bundle() {
  set -- "$1" "${2%% *}" "${2##* }" "$3"
  seekrit_got_size=$(wc -c <"$1" | tr -d ' ')
  if [ "$seekrit_got_size" != "$3" ]; then
    case "$(head -c 64 "$1" | tr -d ' \t\r\n' | cut -c1-1)" in
      '<') seekrit_fail "$4 is an HTML page (a sign-in or error page), not the seekrit-ci bundle: check cli-package-url or cli-url" ;;
      *) seekrit_fail "$4 is $seekrit_got_size bytes, not the pinned $3: the download was cut short, or it is not this component version's bundle" ;;
    esac
    return 1
  fi
  seekrit_got=$(seekrit_sha256 "$1") || { seekrit_fail "the image has no sha256sum, busybox, python3 or openssl to verify the seekrit-ci bundle: use an image with one, or install seekrit-ci and set cli-source: path"; return 1; }
  [ "$seekrit_got" = "$2" ] || { seekrit_fail "$4 has SHA-256 $seekrit_got, not the pinned $2; refusing to run it (it was altered, or it is not this component version's bundle)"; return 1; }
}
# The bundle for this machine: from the prefetch artifact, else downloaded from $1.
seekrit_obtain_bundle() {
  seekrit_machine=$(seekrit_arch)
  [ -n "$seekrit_machine" ] || { seekrit_fail "the job image has no Node.js >= 20, and there is no seekrit-ci bundle for $(uname -m) (only x86_64 and aarch64): use an image with Node.js >= 20, or install seekrit-ci and set cli-source: path"; return 1; }
  eval "seekrit_pin=\$seekrit_bundle_$seekrit_machine"
  seekrit_archive="$seekrit_cli_dir/seekrit-ci-linux-$seekrit_machine.tar.gz"
  if [ -f "$seekrit_prefetched/seekrit-ci-linux-$seekrit_machine.tar.gz" ]; then
    seekrit_from="the prefetched bundle $seekrit_prefetched/seekrit-ci-linux-$seekrit_machine.tar.gz"
    cp "$seekrit_prefetched/seekrit-ci-linux-$seekrit_machine.tar.gz" "$seekrit_archive" || { seekrit_fail "could not copy $seekrit_from"; return 1; }
  else
    [ -n "$1" ] || { seekrit_fail "the job image has no Node.js >= 20, and a component included by commit or branch has no published seekrit-ci bundle: include a released version (@1.2.3), add the prefetch component, set cli-source: url with cli-url of a bundle, or use an image with Node.js >= 20"; return 1; }
    seekrit_from="seekrit-ci from $1"
    seekrit_fetch "$1" "$seekrit_archive"
    case $? in
      0) ;;
      2) seekrit_fail "the job image has no Node.js >= 20 and no curl, wget or python3 to download the seekrit-ci bundle: add the prefetch component (it downloads the bundle in a job of its own and passes it on as an artifact), or install seekrit-ci and set cli-source: path"; return 1 ;;
      *) seekrit_fail "could not download $seekrit_from ($seekrit_why): check cli-package-url or cli-url, and that the job can reach it"; return 1 ;;
    esac
  fi
  seekrit_verify_bundle "$seekrit_archive" "$seekrit_pin" "$seekrit_from" || return 1
  mkdir "$seekrit_cli_dir/bundle" && tar -xzf "$seekrit_archive" -C "$seekrit_cli_dir/bundle" 2>/dev/null || {
    seekrit_fail "could not unpack $seekrit_from into $seekrit_cli_dir (is the disk full, or are tar and gzip missing?)"
    return 1
  }
  rm -f "$seekrit_archive"
  seekrit_cli="$seekrit_cli_dir/bundle/seekrit-ci/bin/seekrit-ci"
  "$seekrit_cli" --version >/dev/null 2>&1 || { seekrit_fail "the seekrit-ci bundle for $seekrit_machine does not start in this image: install seekrit-ci and set cli-source: path, or use an image with Node.js >= 20"; return 1; }
}
# Where the JS file and the bundle come from (seekrit_cli_url, seekrit_bundle_url with {arch}).
seekrit_urls() {
  seekrit_cli_url=''
  seekrit_bundle_url=''
  case '$[[ inputs.cli-source ]]' in
    component)
      # A released version comes from the package registry (rate-limited per IP, so it scales
      # with the projects that include the component); a commit or branch from raw files,
      # which hold no bundle.
      seekrit_version='$[[ component.version ]]'
      case "$seekrit_version" in
        [0-9]*.[0-9]*.[0-9]*)
          seekrit_cli_url="$[[ inputs.cli-package-url ]]"
          seekrit_cli_url="${seekrit_cli_url%/}/$seekrit_version/seekrit-ci.cjs"
          seekrit_bundle_url="${seekrit_cli_url%/*}/seekrit-ci-linux-{arch}.tar.gz" ;;
        *) seekrit_cli_url="$[[ inputs.cli-base-url ]]"; seekrit_cli_url="${seekrit_cli_url%/}/$[[ component.sha ]]/dist/cli/index.js" ;;
      esac ;;
    url)
      seekrit_cli_url="$[[ inputs.cli-url ]]"
      case "$seekrit_cli_url" in *.tar.gz) seekrit_bundle_url=$seekrit_cli_url; seekrit_cli_url='' ;; esac ;;
  esac
  for seekrit_u in "$seekrit_cli_url" "$seekrit_bundle_url"; do
    [ -z "$seekrit_u" ] || seekrit_url_ok "$seekrit_u" || { seekrit_fail "the seekrit-ci URL must be https:// (it expanded to '$seekrit_u'): check cli-package-url, cli-base-url or cli-url and the variables they use"; return 1; }
  done
}
seekrit_obtain() {
  if [ '$[[ inputs.cli-source ]]' = path ]; then
    command -v seekrit-ci >/dev/null 2>&1 || { seekrit_fail "cli-source is path, but seekrit-ci is not on PATH"; return 1; }
    seekrit_cli=seekrit-ci
    return 0
  fi
  seekrit_urls || return 1
  # A private folder per job: a shared /tmp could hold a file planted by someone else, and
  # concurrent jobs must not write the same path.
  seekrit_cli_dir=$(mktemp -d) || { seekrit_fail "could not create a private folder in ${TMPDIR:-/tmp}"; return 1; }
  if [ -n "$seekrit_cli_url" ] && seekrit_has_node; then
    if ! seekrit_node -e "$seekrit_download" "$seekrit_cli_url" "$seekrit_cli_sha256" "$seekrit_cli_dir/seekrit-ci.cjs" ||
      ! { printf '%s\n' "$seekrit_js_launcher" >"$seekrit_cli_dir/seekrit-ci" && chmod 700 "$seekrit_cli_dir/seekrit-ci"; }; then
      rm -rf "$seekrit_cli_dir"
      seekrit_cli_dir=''
      return 1
    fi
    seekrit_cli="$seekrit_cli_dir/seekrit-ci"
    return 0
  fi
  if [ '$[[ inputs.cli-source ]]' = url ] && [ -z "$seekrit_bundle_url" ] && [ ! -d "$seekrit_prefetched" ]; then
    seekrit_fail "cli-url names the JS file, which needs Node.js >= 20, and this image has none: point cli-url at a bundle (.../seekrit-ci-linux-{arch}.tar.gz) or use an image with Node.js >= 20"
    return 1
  fi
  seekrit_a=$(seekrit_arch)
  seekrit_obtain_bundle "$(printf '%s' "$seekrit_bundle_url" | sed "s/{arch}/${seekrit_a:-none}/g")" || { rm -rf "$seekrit_cli_dir"; seekrit_cli_dir=''; return 1; }
}
# The prefetch component's job: the bundles for $1 (auto, x64, arm64 or all), verified, in
# .seekrit-ci/ for the artifact.
seekrit_prefetch() {
  [ '$[[ inputs.cli-source ]]' != path ] || { seekrit_fail "the prefetch component downloads a bundle: set cli-source to component or url, not path"; return 1; }
  seekrit_urls || return 1
  [ -n "$seekrit_bundle_url" ] || { seekrit_fail "no seekrit-ci bundle to prefetch: include a released version of the component (@1.2.3), or set cli-source: url with cli-url of a bundle (.tar.gz)"; return 1; }
  case "$1" in auto) set -- "$(seekrit_arch)" ;; all) set -- x64 arm64 ;; esac
  [ -n "$1" ] || { seekrit_fail "there is no seekrit-ci bundle for $(uname -m) (only x86_64 and aarch64): set arch to x64 or arm64"; return 1; }
  mkdir -p "$seekrit_prefetched" || return 1
  for seekrit_a in "$@"; do
    eval "seekrit_pin=\$seekrit_bundle_$seekrit_a"
    seekrit_u=$(printf '%s' "$seekrit_bundle_url" | sed "s/{arch}/$seekrit_a/g")
    seekrit_part="$seekrit_prefetched/.seekrit-ci-linux-$seekrit_a.part"
    seekrit_fetch "$seekrit_u" "$seekrit_part" || { rm -f "$seekrit_part"; seekrit_fail "could not download seekrit-ci from $seekrit_u ($seekrit_why)"; return 1; }
    seekrit_verify_bundle "$seekrit_part" "$seekrit_pin" "seekrit-ci from $seekrit_u" || { rm -f "$seekrit_part"; return 1; }
    mv "$seekrit_part" "$seekrit_prefetched/seekrit-ci-linux-$seekrit_a.tar.gz" || return 1
    echo "seekrit: prefetched the seekrit-ci bundle for linux-$seekrit_a (SHA-256 ${seekrit_pin%% *})"
  done
}
seekrit_download='@DOWNLOAD_JS@'
