#!/usr/bin/env bash
# run-benchmarks.sh — the front door of boundbench: finds a JDK >= 21, builds target/benchmarks.jar
# when it is missing or older than the sources, then runs the scaling matrix with JMH.
#   ./run-benchmarks.sh [--profile quick|standard|full] [--workload ...] [--engine ...] [-- JMH options]
#   ./run-benchmarks.sh --list | --help
#   ./run-benchmarks.sh test                       the test suite (what CI runs)
#   ./run-benchmarks.sh report <folder|json>...    rebuild a report
#   ./run-benchmarks.sh compare <before> <after>   compare two runs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$ROOT/target/benchmarks.jar"
MIN_JDK=21

die() { echo "run-benchmarks.sh: $*" >&2; exit 2; }

# The feature version (8, 17, 21, 25 ...) of the java binary $1, or nothing if it does not run.
java_feature() {
  local version
  version=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  version=${version#1.}
  [[ $version =~ ^[0-9]+$ ]] && echo "$version"
  return 0
}

# Sets JAVA_HOME to a JDK >= MIN_JDK: JAVA_HOME itself if it is one, else the newest one found in
# the usual install locations or on the PATH. Fails with one line naming what was found.
find_jdk() {
  local seen=() best="" best_version=0 home version
  if [[ -n ${JAVA_HOME:-} ]]; then
    version=$(java_feature "$JAVA_HOME/bin/java")
    if [[ -n $version && $version -ge $MIN_JDK ]]; then
      return 0
    fi
    seen+=("JAVA_HOME=$JAVA_HOME (${version:-not a JDK})")
  fi
  local candidates=(/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* /usr/local/*jdk* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home)
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in "${candidates[@]}"; do
    [[ -x $home/bin/java && -x $home/bin/javac ]] || continue
    home=$(readlink -f "$home")
    [[ " ${seen[*]-} " == *" $home ("* ]] && continue
    version=$(java_feature "$home/bin/java")
    [[ -n $version ]] || continue
    seen+=("$home ($version)")
    if (( version >= MIN_JDK && version > best_version )); then
      best=$home best_version=$version
    fi
  done
  if [[ -z $best ]]; then
    local found="none"
    (( ${#seen[@]} )) && found=$(printf '%s, ' "${seen[@]}" | sed 's/, $//')
    die "needs a JDK >= $MIN_JDK (with javac); found: $found. Install one or set JAVA_HOME to it."
  fi
  export JAVA_HOME=$best
}

find_jdk
JAVA="$JAVA_HOME/bin/java"
JAVA_FLAGS=()
if (( $(java_feature "$JAVA") >= 23 )); then
  # JDK 23+ warns when JMH or Maven's libraries use sun.misc.Unsafe; they still work.
  JAVA_FLAGS+=(--sun-misc-unsafe-memory-access=allow)
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

mvn_cmd() {
  command -v mvn >/dev/null 2>&1 || die "needs Maven (mvn) on the PATH to build; install it (apt-get install maven)"
  # Debian's Maven prints colour resets even in batch mode: strip them from the log.
  (cd "$ROOT" && mvn -B -ntp -Dstyle.color=never "$@" 2>&1 | sed -u $'s/\e\\[0m//g')
}

build_if_stale() {
  if [[ ! -f $JAR ]]; then
    echo "Building $JAR (JDK $JAVA_HOME) ..." >&2
  elif [[ -n $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit) ]]; then
    echo "Rebuilding $JAR: sources changed since it was built ..." >&2
  else
    return 0
  fi
  mvn_cmd -q -DskipTests package >&2 || die "the build failed; run 'mvn -DskipTests package' to see why"
  train_analysis_cache
}

# JDK 25+: an AOT cache of the report tool's classes (JFreeChart, AWT, Jackson, commons-math3), made by
# one training report on the suite's own test data; it takes about a third off every later report.
ANALYSIS_CACHE="$ROOT/target/analysis-$(basename "$JAVA_HOME").aot"
ANALYSIS_SAMPLE="$ROOT/src/test/resources/dev/boundbench/analysis/suite"
train_analysis_cache() {
  (( $(java_feature "$JAVA") >= 25 )) && [[ -d $ANALYSIS_SAMPLE ]] || return 0
  local scratch
  scratch=$(mktemp -d -t boundbench-train.XXXXXX)
  "$JAVA" "${JAVA_FLAGS[@]}" -XX:AOTCacheOutput="$ANALYSIS_CACHE" -Xlog:aot=off -Xlog:cds=off \
    -XX:TieredStopAtLevel=1 -cp "$JAR" dev.boundbench.analysis.AnalysisCli \
    report --out "$scratch" "$ANALYSIS_SAMPLE" >/dev/null 2>&1 || rm -f "$ANALYSIS_CACHE"
  rm -rf "$scratch"
}

analysis_flags() {
  ANALYSIS_FLAGS=(-XX:TieredStopAtLevel=1)
  if [[ -f $ANALYSIS_CACHE && $ANALYSIS_CACHE -nt $JAR ]]; then
    ANALYSIS_FLAGS+=(-XX:AOTCache="$ANALYSIS_CACHE" -Xlog:aot=off -Xlog:cds=off)
  fi
}

case "${1:-}" in
  test)
    shift
    mvn_cmd test "$@"
    ;;
  report|compare)
    build_if_stale
    # A short-lived tool: C1 alone starts faster than waiting for C2 on 2 cores.
    analysis_flags
    exec "$JAVA" "${JAVA_FLAGS[@]}" "${ANALYSIS_FLAGS[@]}" -cp "$JAR" dev.boundbench.analysis.AnalysisCli "$@"
    ;;
  *)
    build_if_stale
    BOUNDBENCH_COMMAND="./run-benchmarks.sh"
    for arg in "$@"; do
      if [[ $arg =~ ^[A-Za-z0-9_./,=:+-]+$ ]]; then BOUNDBENCH_COMMAND+=" $arg"; else BOUNDBENCH_COMMAND+=" $(printf '%q' "$arg")"; fi
    done
    export BOUNDBENCH_COMMAND
    exec "$JAVA" "${JAVA_FLAGS[@]}" -cp "$JAR" dev.boundbench.launcher.Launcher --results-dir "$ROOT/results" "$@"
    ;;
esac
