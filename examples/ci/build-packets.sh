#!/bin/sh
# Builds a client packet (a zip with every document and manifest.json) for each
# engagement file in a folder. Plain POSIX shell, for any CI system: GitLab CI,
# Jenkins, Buildkite, a cron job.
#
#   sh build-packets.sh [engagements-folder] [packets-folder]
#
# Defaults: engagements/ and packets/. Needs Node.js 20.19 or later and the CLI
# installed in the project (npm install --save-dev ./vendor/clausework-cli-0.1.0.tgz,
# see README.md; then npm ci in CI). Set CLAUSEWORK to run another clausework,
# e.g. a global install.
# Exit status is clausework's: 0 all built, 1 an engagement was invalid (the
# others were still built), 2 a file could not be read or written.
set -eu

engagements=${1:-engagements}
packets=${2:-packets}
clausework=${CLAUSEWORK:-npx --no-install clausework}

# Without CLAUSEWORK, the project's own install: say so when it is missing,
# rather than let npx fail with a registry error and exit 1 ("invalid").
if [ -z "${CLAUSEWORK:-}" ] && [ ! -x node_modules/.bin/clausework ]; then
  echo "build-packets: clausework is not installed here; run npm ci first (or set CLAUSEWORK)" >&2
  exit 2
fi

if [ ! -d "$engagements" ]; then
  echo "build-packets: no folder '$engagements' (give the engagements folder as the first argument)" >&2
  exit 2
fi

# CI systems set CI themselves; set it for the rest, so the output is one plain
# line per engagement rather than a live task list.
CI=${CI:-true}
export CI

status=0
# $clausework is split on spaces on purpose: it may be a command with arguments.
# shellcheck disable=SC2086
$clausework packet "$engagements" --out "$packets" || status=$?

if [ -d "$packets" ]; then
  echo "build-packets: packets in $packets/:"
  ls -1 "$packets"
fi
exit "$status"
