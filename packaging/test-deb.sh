#!/usr/bin/env bash
# The packaging test: builds a Release tree in build-package (without the test suite), makes the Debian package,
# checks it with lintian (no errors allowed), desktop-file-validate and appstreamcli, installs it on this machine
# with apt-get, runs both programs from /usr/bin (versions, a profiles add/list round trip in a temporary data
# folder, the manual page, bash completion, the app for 5 s under xvfb-run, hardening-check) and removes the
# package again, also when a step fails. Then makes the RPM and lists it (rpm -qlp).
#
# Needs no input and no display. Installs what is missing with apt-get (sudo only when not root).
# Environment: BUILD_DIR (default build-package), JOBS (parallel build jobs, default: all cores),
#              KEEP_PACKAGE=1 leaves the package installed.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build-package}
jobs=${JOBS:-$(nproc)}
export DEBIAN_FRONTEND=noninteractive
unset DISPLAY WAYLAND_DISPLAY || true
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)

say() { printf '== %s\n' "$*"; }
fail() {
    printf 'FAILED: %s\n' "$*" >&2
    exit 1
}

# --- What the build and the checks need -------------------------------------------------------------------------
build_packages="g++ cmake ninja-build ccache qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-webengine-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite libcld2-dev libquazip1-qt6-dev libgl-dev"
check_packages="dpkg-dev file lintian desktop-file-utils appstream man-db xvfb xauth devscripts rpm"
missing=()
# shellcheck disable=SC2086
for package in $build_packages $check_packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi

# --- Build and package ------------------------------------------------------------------------------------------
say "Release build in $build_dir"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREELPULSE_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr </dev/null
cmake --build "$build_dir" -j "$jobs" </dev/null

say "Debian package"
rm -f "$build_dir"/reelpulse_*.deb "$build_dir"/reelpulse-*.rpm
(cd "$build_dir" && cpack -G DEB </dev/null)
debs=("$build_dir"/reelpulse_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one reelpulse_*.deb in $build_dir"; fi
deb=$(realpath "${debs[0]}")
dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|')
printf '%s\n' "$contents"

say "Package contents"
on_path=$(printf '%s\n' "$contents" | grep -E '^/usr/(s?bin|games)/.+[^/]$' | sort | tr '\n' ' ')
[ "$on_path" = "/usr/bin/reelpulse /usr/bin/reelpulse-cli " ] || fail "programs on PATH: $on_path"
for file in /usr/share/applications/reelpulse.desktop \
    /usr/share/metainfo/io.github.reelpulse.ReelPulse.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/reelpulse.svg \
    /usr/share/icons/hicolor/16x16/apps/reelpulse.png /usr/share/icons/hicolor/512x512/apps/reelpulse.png \
    /usr/share/man/man1/reelpulse.1.gz /usr/share/man/man1/reelpulse-cli.1.gz \
    /usr/share/bash-completion/completions/reelpulse-cli /usr/share/zsh/vendor-completions/_reelpulse-cli \
    /usr/share/doc/reelpulse/copyright /usr/share/doc/reelpulse/changelog.gz \
    /usr/share/doc/reelpulse/notices/sentiment/LICENSE-vader.txt \
    /usr/share/doc/reelpulse/notices/sentiment/LICENSE-CC-BY-SA-4.0.txt \
    /usr/share/doc/reelpulse/notices/sentiment/NOTICE; do
    grep -qx "$file" <<<"$contents" || fail "$file is not in the package"
done
control=$(dpkg-deb --field "$deb" Depends Recommends Suggests)
printf '%s\n' "$control"
for dependency in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6 libc6; do
    grep -q "^Depends:.*\b$dependency\b" <<<"$control" || fail "Depends lacks $dependency"
done
for recommended in libsecret-1-0 gnome-keyring fonts-noto-color-emoji; do
    grep -q "^Recommends:.*\b$recommended\b" <<<"$control" || fail "Recommends lacks $recommended"
done
grep -q '^Suggests:.*\bffmpeg\b' <<<"$control" || fail "Suggests lacks ffmpeg"

say "lintian"
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" </dev/null ||
    fail "lintian found errors in the package"

say "Desktop entry and AppStream metadata (sources)"
desktop-file-validate packaging/reelpulse.desktop
appstreamcli validate --no-net packaging/io.github.reelpulse.ReelPulse.metainfo.xml

# --- Install, run, remove ---------------------------------------------------------------------------------------
work=$(mktemp -d)
installed=0
cleanup() {
    local status=$?
    if [ "$installed" = 1 ] && [ "${KEEP_PACKAGE:-0}" != 1 ]; then
        say "Removing the package"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y reelpulse </dev/null || status=1
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

say "Installing $deb"
installed=1
(cd "$(dirname "$deb")" && $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y "./$(basename "$deb")" </dev/null)

say "Both programs from /usr/bin"
[ "$(command -v reelpulse-cli)" = /usr/bin/reelpulse-cli ] || fail "reelpulse-cli is not /usr/bin/reelpulse-cli"
[ "$(command -v reelpulse)" = /usr/bin/reelpulse ] || fail "reelpulse is not /usr/bin/reelpulse"
expected=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
cli_version=$(/usr/bin/reelpulse-cli --version </dev/null)
echo "$cli_version"
[ "$cli_version" = "reelpulse-cli $expected" ] || fail "reelpulse-cli --version said '$cli_version'"
gui_version=$(/usr/bin/reelpulse --version </dev/null)
echo "$gui_version"
[ "$gui_version" = "ReelPulse $expected" ] || fail "reelpulse --version said '$gui_version'"

say "profiles add/list in a temporary data folder"
data="$work/data"
REELPULSE_DATA_DIR="$data" /usr/bin/reelpulse-cli profiles add @natgeo --competitor </dev/null
list=$(/usr/bin/reelpulse-cli --data-dir "$data" --json profiles list </dev/null)
echo "$list"
grep -q '"target_profile": *"natgeo"' <<<"$list" || fail "the added profile is not listed"
grep -q '"total_tasks": *1' <<<"$list" || fail "profiles list does not count one task"
[ -f "$data/reelpulse.sqlite" ] || fail "the store is not in the data folder"

say "Manual pages"
man -w reelpulse-cli
man -w reelpulse
page=$(MANWIDTH=80 MANPAGER=cat man reelpulse-cli 2>&1 </dev/null)
grep -q 'reelpulse-cli profiles <command>' <<<"$page" || fail "man reelpulse-cli does not show the profiles commands"

say "bash completion"
# shellcheck disable=SC2016
completed=$(bash -c 'source /usr/share/bash-completion/completions/reelpulse-cli
    COMP_WORDS=(reelpulse-cli ""); COMP_CWORD=1; _reelpulse_cli; echo "${COMPREPLY[*]}"
    COMP_WORDS=(reelpulse-cli profiles ""); COMP_CWORD=2; _reelpulse_cli; echo "${COMPREPLY[*]}"')
echo "$completed"
help=$(/usr/bin/reelpulse-cli --help </dev/null)
commands=$(awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on {print $1}' <<<"$help")
for command in $commands; do
    grep -qw "$command" <<<"$(head -n 1 <<<"$completed")" || fail "bash completion lacks the command $command"
done
grep -q 'add list show update remove' <<<"$(tail -n 1 <<<"$completed")" ||
    fail "bash completion lacks the profiles subcommands"
if command -v zsh >/dev/null; then zsh -n /usr/share/zsh/vendor-completions/_reelpulse-cli; fi

say "No copy relocations of Qt's data"
# Code built with -fPIE instead of -fPIC copies Qt's staticMetaObjects into the program, and Qt (built with
# reduce-relocations) then crashes on the first signal: see Hardening.cmake.
if readelf -r /usr/bin/reelpulse /usr/bin/reelpulse-cli | grep -E 'R_X86_64_COPY.*@Qt_6'; then
    fail "the programs have copy relocations of Qt symbols"
fi

say "The app for 5 s under xvfb-run"
# The app must still be running after 5 s (a crash or a missing plugin ends it earlier).
# shellcheck disable=SC2016
QTWEBENGINE_DISABLE_SANDBOX=1 REELPULSE_DATA_DIR="$data" xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
    /usr/bin/reelpulse >"$1" 2>&1 &
    pid=$!
    sleep 5
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"; wait "$pid" 2>/dev/null; exit 0
    fi
    wait "$pid"; echo "reelpulse exited early with status $?"; exit 1' sh "$work/gui.log" </dev/null ||
    { cat "$work/gui.log"; fail "reelpulse did not keep running under xvfb-run"; }
if grep -E 'Could not (load|find) the Qt platform plugin|QSqlDatabase: QSQLITE driver not loaded' "$work/gui.log"; then
    fail "a Qt plugin is missing at run time"
fi

say "Installed desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/reelpulse.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.reelpulse.ReelPulse.metainfo.xml

if command -v hardening-check >/dev/null; then
    say "hardening-check"
    # PIE, stack protector, fortified libc calls, RELRO and BIND_NOW (Hardening.cmake). Control-flow protection
    # (-fcf-protection) is not among the release flags. The app's own code makes no libc call whose buffer size
    # the compiler knows, so it has no fortified function to find (lintian: hardening-no-fortify-functions, an
    # info); the CLI, built with the same flags, must show them.
    hardening-check --nocfprotection /usr/bin/reelpulse-cli
    hardening-check --nocfprotection --nofortify /usr/bin/reelpulse
else
    say "hardening-check is not available (package devscripts): skipped"
fi

# --- RPM --------------------------------------------------------------------------------------------------------
if command -v rpmbuild >/dev/null && command -v rpm >/dev/null; then
    say "RPM package"
    (cd "$build_dir" && cpack -G RPM </dev/null)
    rpms=("$build_dir"/reelpulse-*.rpm)
    [ -f "${rpms[0]}" ] || fail "cpack -G RPM made no package"
    rpm -qip "${rpms[0]}"
    rpm_files=$(rpm -qlp "${rpms[0]}")
    printf '%s\n' "$rpm_files"
    grep -qx /usr/bin/reelpulse-cli <<<"$rpm_files" || fail "the RPM lacks /usr/bin/reelpulse-cli"
    grep -qx /usr/share/man/man1/reelpulse-cli.1.gz <<<"$rpm_files" || fail "the RPM lacks the manual page"
else
    say "rpmbuild is not available: RPM skipped"
fi

say "Packaging test passed: $(basename "$deb")"
