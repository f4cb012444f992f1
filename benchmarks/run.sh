#!/usr/bin/env bash
# Runs every benchmark once and prints the table (about 10 minutes on 2 cores). Never run by `mvn verify` or CI.
# Builds first, so the figures are always of the code in this tree.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
cd benchmarks
exec java -cp "target/classes:$(cat target/classpath.txt)" org.codepaygen.benchmarks.BenchmarkSuite "$@"
