#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the UI tests as launches of the app in one X display (Xvfb), one
# private D-Bus session and one unlocked gnome-keyring, against one real
# demo server: first run, relaunch (silent sign-in), without any Secret
# Service (on a bus of its own that can start nothing), and offline.
#
# usage: run-ui-tests.sh TEST-UI SERVER SCREENSHOT-DIR
set -eu

if [ -z "${DOORSTEP_UI_SESSION:-}" ]; then
  export DOORSTEP_UI_SESSION=1
  exec xvfb-run -a -s "-screen 0 1600x1200x24" dbus-run-session -- "$0" "$@"
fi

test_ui=$1
server=$2
export DOORSTEP_SCREENSHOT_DIR=$3

work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A real Secret Service, unlocked, for libsecret: a new keyring in our own
# directories, whatever keyrings this machine's user already has.
export XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'doorstep-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# Settings kept on disk, so the second launch finds what the first saved.
export XDG_CONFIG_HOME="$work/config"
export GSETTINGS_BACKEND=keyfile
export DOORSTEP_TEST_DB="$work/doorstep.sqlite"
export GSK_RENDERER=cairo

"$server" --db "$DOORSTEP_TEST_DB" --listen 127.0.0.1:0 --demo > "$work/server.out" &
server_pid=$!
for _ in $(seq 100); do
  [ -s "$work/server.out" ] && break
  sleep 0.1
done
DOORSTEP_TEST_SERVER=$(head -n 1 "$work/server.out")
export DOORSTEP_TEST_SERVER

status=0
DOORSTEP_UI_PHASE=first "$test_ui" --tap || status=1
if [ $status -eq 0 ]; then
  DOORSTEP_UI_PHASE=relaunch "$test_ui" --tap || status=1
fi
if [ $status -eq 0 ]; then
  # A session bus with no service directories: nothing provides
  # org.freedesktop.secrets and nothing can be started to. Accessibility
  # is off there, as its bus cannot be started either.
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
  DOORSTEP_UI_PHASE=no-keyring GTK_A11Y=none XDG_CONFIG_HOME="$work/config-no-keyring" \
    dbus-run-session --config-file="$work/bare-session.conf" -- "$test_ui" --tap || status=1
fi
if [ $status -eq 0 ]; then
  kill "$server_pid"
  wait "$server_pid" || true
  server_pid=
  DOORSTEP_UI_PHASE=offline "$test_ui" --tap || status=1
fi
exit $status
