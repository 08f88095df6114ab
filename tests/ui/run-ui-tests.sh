#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs UI test programs against the real app in one X display (Xvfb).
# Each program runs alone: its own private D-Bus session, its own unlocked
# gnome-keyring, its own settings, and its own demo server over a new
# database. A program is one or more phases, each a launch of the app
# (test-ui-session: first run, relaunch, no Secret Service at all,
# offline); the program lists them with --phases.
#
# With DOORSTEP_TEST_BACKEND=postgresql, the server runs on a new database
# in the run's PostgreSQL cluster (test-pg-database, from
# DOORSTEP_TEST_PG_DATABASE; a cluster of its own when the test runs alone).
#
# usage: run-ui-tests.sh SERVER SCREENSHOT-DIR TEST-PROGRAM...
set -eu

case "${DOORSTEP_UI_LEVEL:-}" in
"")
  # One X display for every program.
  export DOORSTEP_UI_LEVEL=display
  exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
  ;;
display)
  server=$1
  screenshots=$2
  shift 2
  status=0
  for program in "$@"; do
    echo "# $(basename "$program")"
    DOORSTEP_UI_LEVEL=program dbus-run-session -- "$0" "$server" "$screenshots" "$program" || status=1
  done
  exit $status
  ;;
esac

server=$1
export DOORSTEP_SCREENSHOT_DIR=$2
program=$3

work=$(mktemp -d)
server_pid=
database_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$database_pid" ] && kill "$database_pid" 2>/dev/null || true
  wait
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a program in the background and waits for the first line it
# prints, its sign that it is ready: read from a pipe, so the wait ends as
# soon as the line is written (or the program exits without), and gives up
# after a minute. Sets started_pid and first_line; what the program prints
# after that goes on to $work/NAME.out.
start_and_read_line() {
  name=$1
  shift
  mkfifo "$work/$name.pipe"
  "$@" > "$work/$name.pipe" &
  started_pid=$!
  exec 3< "$work/$name.pipe"
  first_line=$(timeout 60 sh -c 'IFS= read -r line && printf "%s\n" "$line"' <&3) || true
  cat <&3 > "$work/$name.out" &
  exec 3<&-
}

# A real Secret Service, unlocked, for libsecret: a new keyring in our own
# directories, whatever keyrings this machine's user already has.
export XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'doorstep-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# Settings kept on disk, so a later phase finds what an earlier one saved.
export XDG_CONFIG_HOME="$work/config"
export GSETTINGS_BACKEND=keyfile
export DOORSTEP_TEST_DB="$work/doorstep.sqlite"
export GSK_RENDERER=cairo

if [ "${DOORSTEP_TEST_BACKEND:-sqlite}" = postgresql ]; then
  start_and_read_line database "$DOORSTEP_TEST_PG_DATABASE" "$(basename "$program")"
  database_pid=$started_pid
  DOORSTEP_TEST_DB=$first_line
  case "$DOORSTEP_TEST_DB" in
  postgresql://*) ;;
  *) echo "No test database: test-pg-database exited, or said nothing for a minute" >&2; exit 1 ;;
  esac
fi

start_and_read_line server "$server" --db "$DOORSTEP_TEST_DB" --files "$work/files" --listen 127.0.0.1:0 --demo
server_pid=$started_pid
DOORSTEP_TEST_SERVER=$first_line
case "$DOORSTEP_TEST_SERVER" in
http://*) ;;
*) echo "No server: doorstep-server exited, or said nothing for a minute" >&2; exit 1 ;;
esac
export DOORSTEP_TEST_SERVER

# A session bus with no service directories: nothing provides
# org.freedesktop.secrets and nothing can be started to. Accessibility is
# off there, as its bus cannot be started either.
cat > "$work/bare-session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$work</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

for phase in $("$program" --phases); do
  name=${phase%%:*}
  needs=${phase#"$name"}
  case "$needs" in
  "")
    DOORSTEP_UI_PHASE=$name "$program" --tap
    ;;
  :bare-bus)
    DOORSTEP_UI_PHASE=$name GTK_A11Y=none XDG_CONFIG_HOME="$work/config-$name" \
      dbus-run-session --config-file="$work/bare-session.conf" -- "$program" --tap
    ;;
  :server-down)
    if [ -n "$server_pid" ]; then
      kill "$server_pid"
      wait "$server_pid" || true
      server_pid=
    fi
    DOORSTEP_UI_PHASE=$name "$program" --tap
    ;;
  *)
    echo "Unknown needs of phase $phase" >&2
    exit 1
    ;;
  esac
done
