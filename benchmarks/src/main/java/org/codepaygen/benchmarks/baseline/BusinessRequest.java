package org.codepaygen.benchmarks.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A hand-written request: the gateway method and its business members, before the envelope and signature. */
public record BusinessRequest(String method, ObjectNode members) {}
