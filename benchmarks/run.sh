#!/usr/bin/env bash
# Runs benchmarks and prints their figures. Never run by `mvn verify` or CI. Builds first (package only: nothing is
# installed into the local repository), so the figures are always of the code in this tree.
#   benchmarks/run.sh              the whole suite, one table (figures 1-6)
#   benchmarks/run.sh engines      figure 2b: each RSA engine against openssl speed, interleaved rounds
#   benchmarks/run.sh first-call   figure 4 alone: fresh JVMs, generated client against plain Retrofit, interleaved
#   benchmarks/run.sh sandbox-call figure 7: sequential calls against the sandbox over HTTPS vs their four RSA operations
#   benchmarks/run.sh processor    figure 3 alone: javac with the processor vs -proc:none on its output
#   benchmarks/run.sh processor-peers [WARM-UP-ROUNDS [ROUNDS]]  figure 3b: cost per model, ours vs AutoValue and Immutables
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -pl benchmarks -am
cd benchmarks
case "${1:-suite}" in
  suite) main=org.codepaygen.benchmarks.BenchmarkSuite ;;
  engines) main=org.codepaygen.benchmarks.signing.EngineSpeed ;;
  first-call) main=org.codepaygen.benchmarks.firstcall.FirstCallRuns ;;
  sandbox-call) main=org.codepaygen.benchmarks.sandbox.SandboxCall ;;
  processor) main=org.codepaygen.benchmarks.processor.ProcessorCost ;;
  processor-peers) main=org.codepaygen.benchmarks.processor.PeerCost ;;
  *) echo "unknown figure: $1 (suite, engines, first-call, sandbox-call, processor or processor-peers)" >&2; exit 2 ;;
esac
shift || true
exec java -cp "target/classes:$(cat target/classpath.txt)" "$main" "$@"
