#!/usr/bin/env bash
# AppImages of ReelPulse with linuxdeploy and its Qt plug-in (not tested here: the tools cannot be fetched on the
# build machine). Makes ReelPulse-<version>-x86_64.AppImage (the app) and ReelPulse-CLI-<version>-x86_64.AppImage
# (reelpulse-cli alone, no display needed). Build on the oldest distribution you support (glibc).
#   packaging/appimage/build-appimage.sh            # needs linuxdeploy-x86_64.AppImage and
#                                                  # linuxdeploy-plugin-qt-x86_64.AppImage on PATH or in tools/
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/tools:$PATH"
build=${BUILD_DIR:-build-appimage}
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DREELPULSE_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$build/AppDir" "$build/AppDir-cli"
DESTDIR="$PWD/$build/AppDir" cmake --install "$build"

# linuxdeploy-plugin-qt finds Qt through qmake; the Wayland platform plug-in and the SVG icon engine are extra.
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="svg;waylandcompositor"
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so"
export LINUXDEPLOY_OUTPUT_VERSION="$version"
# FUSE is often missing in containers: run the tools extracted.
export APPIMAGE_EXTRACT_AND_RUN=1

linuxdeploy-x86_64.AppImage --appdir "$build/AppDir" --plugin qt --output appimage \
    --executable "$build/AppDir/usr/bin/reelpulse" --executable "$build/AppDir/usr/bin/reelpulse-cli" \
    --desktop-file "$build/AppDir/usr/share/applications/reelpulse.desktop" \
    --icon-file "$build/AppDir/usr/share/icons/hicolor/256x256/apps/reelpulse.png"

# The CLI on its own: same files, its own desktop entry (AppImages need one) that nobody sees.
mkdir -p "$build/AppDir-cli/usr/bin"
cp "$build/AppDir/usr/bin/reelpulse-cli" "$build/AppDir-cli/usr/bin/"
cat >"$build/reelpulse-cli.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=ReelPulse CLI
Exec=reelpulse-cli
Icon=reelpulse
Terminal=true
Categories=Network;
NoDisplay=true
DESKTOP
EXTRA_PLATFORM_PLUGINS="" linuxdeploy-x86_64.AppImage --appdir "$build/AppDir-cli" --plugin qt --output appimage \
    --executable "$build/AppDir-cli/usr/bin/reelpulse-cli" --desktop-file "$build/reelpulse-cli.desktop" \
    --icon-file "$build/AppDir/usr/share/icons/hicolor/256x256/apps/reelpulse.png"
mv ReelPulse_CLI-*.AppImage "ReelPulse-CLI-$version-x86_64.AppImage" 2>/dev/null || true
ls -l ./*.AppImage
