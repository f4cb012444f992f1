#!/usr/bin/env bash
# Builds what a release uploads (mvn -Prelease deploy to a local folder) twice, from two clean copies of this
# checkout in different folders, and compares the two byte for byte. Then checks that every published jar names its
# JPMS module and has its sources, Javadoc and CycloneDX SBOM beside it, and compiles a user's project that imports
# the staged codepay-bom (.ci/bom-consumer) with -Xlint:all -Werror. Exits non-zero on any difference or gap.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

copy() { # $1: the empty folder to copy the sources into
  if git -C "$checkout" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    git -C "$checkout" ls-files -z --cached --others --exclude-standard \
      | (cd "$checkout" && tar --null --files-from=- -cf -) \
      | tar -xf - -C "$1"
  else # .ci/run's copy, which is not a git checkout: everything but build output
    (cd "$checkout" && tar --exclude=./.git --exclude=target -cf - .) | tar -xf - -C "$1"
  fi
}

build() { # $1: name of the copy and of its staging folder
  mkdir "$work/$1"
  copy "$work/$1"
  (cd "$work/$1" && mvn -B -q -Prelease deploy -DskipTests -DaltDeploymentRepository="local::file:$work/$1-staged")
}

consumer() { # $1: a staged folder, as deployed
  local m2="$work/consumer-m2" project="$work/consumer" version
  mkdir -p "$m2"
  cp -r "$checkout/.ci/bom-consumer" "$project"
  # Third-party artifacts come from this machine's Maven repository, read as a remote one: nothing is downloaded,
  # and nothing staged lands in it.
  cat > "$work/consumer-settings.xml" <<SETTINGS
<settings>
  <localRepository>$m2</localRepository>
  <mirrors><mirror><id>this-machine</id><mirrorOf>central</mirrorOf>
    <url>file://${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}</url></mirror></mirrors>
  <profiles><profile><id>staged</id>
    <repositories><repository><id>staged</id><url>file://$1</url>
      <snapshots><enabled>true</enabled></snapshots></repository></repositories>
  </profile></profiles>
  <activeProfiles><activeProfile>staged</activeProfile></activeProfiles>
</settings>
SETTINGS
  version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$checkout/bom/pom.xml" | head -1)"
  (cd "$project" && mvn -B -q -s "$work/consumer-settings.xml" compile -Dcodepay.version="$version")
}

normalize() { # $1: name of the staging folder's build
  # A snapshot is deployed under a time-stamped name; name it by its version so that the two builds line up.
  (cd "$work/$1-staged" && find . -name 'maven-metadata*' -delete && find . -type f \( -name '*.md5' \
    -o -name '*.sha1' -o -name '*.sha256' -o -name '*.sha512' \) -delete \
    && find . -type f | while read -r f; do
      n="$(echo "$f" | sed -E 's/-[0-9]{8}\.[0-9]{6}-[0-9]+/-SNAPSHOT/')"
      [ "$f" = "$n" ] || mv "$f" "$n"
    done)
}

build first
consumer "$work/first-staged"
echo "reproducible.sh: a project importing the staged codepay-bom compiles with -Xlint:all -Werror"
build second
normalize first
normalize second

failed=0
files=0
while read -r f; do
  files=$((files + 1))
  if ! cmp -s "$work/first-staged/$f" "$work/second-staged/$f"; then
    echo "NOT REPRODUCIBLE: $f"
    case "$f" in *.jar) diff <(unzip -lv "$work/first-staged/$f") <(unzip -lv "$work/second-staged/$f") || true ;; esac
    failed=$((failed + 1))
  fi
done < <(cd "$work/first-staged" && find . -type f | sort)
if ! diff <(cd "$work/first-staged" && find . -type f | sort) <(cd "$work/second-staged" && find . -type f | sort); then
  echo "The two builds staged different files"
  failed=$((failed + 1))
fi

jars=0
for jar in $(cd "$work/first-staged" && find . -name '*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' \
    ! -name '*-tests.jar' | sort); do
  jars=$((jars + 1))
  base="${jar%.jar}"
  for extra in -sources.jar -javadoc.jar -cyclonedx.json; do
    [ -f "$work/first-staged/$base$extra" ] || { echo "MISSING: $base$extra"; failed=$((failed + 1)); }
  done
  name="$(unzip -p "$work/first-staged/$jar" META-INF/MANIFEST.MF | tr -d '\r' \
    | sed -n 's/^Automatic-Module-Name: //p')"
  if [[ ! "$name" =~ ^org\.codepaygen(\.[a-z]+)+$ ]]; then
    echo "NO MODULE NAME: $jar has Automatic-Module-Name '$name'"
    failed=$((failed + 1))
  fi
done

echo "reproducible.sh: $files staged files compared, $jars published jars checked"
if [ "$failed" -ne 0 ]; then
  echo "reproducible.sh: $failed problem(s)"
  exit 1
fi
echo "reproducible.sh: both builds identical; every published jar is named and complete"
