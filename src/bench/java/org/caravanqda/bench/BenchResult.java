package org.caravanqda.bench;

import java.util.Map;

/** {@code bench} JSON: {"config":{...},"metrics":{"NAME":X}}; metric names in docs/performance.md. */
public record BenchResult(Map<String, Object> config, Map<String, Double> metrics) {}
