#!/bin/sh
# seekrit-ci, standalone: the bundled Node.js started through the bundled glibc loader, so the
# image's own C library (glibc of any version, musl, or none) is never used.
# Rendered by scripts/bundle.js (@LOADER@ is the loader's file name for this architecture).
self=$(readlink -f -- "$0" 2>/dev/null) || self=$0
case "$self" in */*) ;; *) self=$(command -v -- "$self") ;; esac
root=$(cd -- "${self%/*}/.." && pwd -P) || exit 127
exec "$root/lib/@LOADER@" --library-path "$root/lib" "$root/libexec/node" "$root/libexec/seekrit-ci.cjs" "$@"
