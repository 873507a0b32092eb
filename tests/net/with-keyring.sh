#!/bin/sh
# Runs a test inside a private D-Bus session with a fresh gnome-keyring, unlocked with a throwaway
# password, in a temporary home: the user's own keyring is never touched.
# Usage: dbus-run-session -- with-keyring.sh <test executable> [args]
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'reelpulse-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
