#!/usr/bin/env bash
# mvn -B -Pdist package, on Linux (the linux profile turns this on): target/dist/caravan/, a jpackage
# app-image with a jlink runtime (no Java needed on the researcher's machine), and
# target/dist/caravan_VERSION_amd64.deb where dpkg-deb and fakeroot are present.
# Arguments: the project version, the build directory, and "off" for no .deb (-Ddist.deb=off: CI, where it
# would take minutes of xz compression and is not started).
set -euo pipefail
version=$1
target=$2
deb=${3:-auto}
work=$target/dist-work
dist=$target/dist
# jpackage takes only numbers (0.1.0-SNAPSHOT -> 0.1.0)
appver=$(printf '%s' "$version" | sed 's/[^0-9.].*//; s/\.$//')

rm -rf "$work/input" "$work/runtime" "$dist/caravan" "$dist"/caravan_*.deb
mkdir -p "$work/input" "$dist"
cp "$work"/lib/*.jar "$work"/javafx-linux/*.jar "$work/input/"
cp "$target/original-caravan.jar" "$work/input/caravan.jar"

# the Java SE modules, Unsafe (Lucene, JavaFX), the legacy charsets (windows-1251, KOI8-R transcripts),
# the interview languages' locale data; --generate-cds-archive gives the runtime its base class-data archive
jlink --add-modules java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.management \
  --include-locales=en,ru,kk,ky,uz --generate-cds-archive \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

# one native launcher for the window and the command line: both JIT tiers with a leaner C2 (imports, the
# window; ADR 0033, 0045) and the serial collector (ADR 0023). No application class-data archive: Java 17 accepts one only at the exact path it was
# made at, and the image is copied or installed elsewhere (/opt/caravan); the runtime's own archive of the
# JDK's classes (jlink --generate-cds-archive above) is used wherever it lies. bin/caravan of the zips
# makes a per-user archive on first run instead.
jpackage --type app-image --name caravan --app-version "$appver" --dest "$dist" \
  --input "$work/input" --main-jar caravan.jar --main-class org.caravanqda.Main \
  --runtime-image "$work/runtime" \
  --java-options '-XX:+UseSerialGC' --java-options '-XX:InlineSmallCode=500' --java-options '-XX:MaxInlineLevel=6' \
  --java-options '-XX:FreqInlineSize=150' --java-options '-XX:-DoEscapeAnalysis' --java-options '-Dfile.encoding=UTF-8' \
  --description "Qualitative coding for interview research" --vendor "Caravan"
"$dist/caravan/bin/caravan" -V

if [ "$deb" = off ]; then
  echo "app-image: no .deb (-Ddist.deb=off)"
elif command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$dist/caravan" --name caravan --app-version "$appver" --dest "$dist" \
    --description "Qualitative coding for interview research" --vendor "Caravan" \
    --linux-package-name caravan --linux-shortcut --linux-menu-group Education \
    --linux-deb-maintainer "caravan@caravanqda.org" \
    --linux-package-deps "libgtk-3-0"
else
  echo "app-image: no .deb (dpkg-deb and fakeroot are needed)"
fi
