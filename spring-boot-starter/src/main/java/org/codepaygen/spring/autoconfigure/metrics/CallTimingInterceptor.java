package org.codepaygen.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletableFuture;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.codepaygen.annotations.Endpoint;

/**
 * Times each call of a generated client into the {@value #METRIC} timer, tagged with the endpoint, the outcome kind
 * and the gateway's code. A {@code CompletableFuture} call is timed until it completes. Nothing from the request or
 * the answer beyond those three (no psn, no amount, no order number) becomes a tag.
 */
final class CallTimingInterceptor implements MethodInterceptor {
  static final String METRIC = "codepay.client.calls";

  private final MeterRegistry registry;

  CallTimingInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    Endpoint endpoint = invocation.getMethod().getAnnotation(Endpoint.class);
    if (endpoint == null) {
      return invocation.proceed();
    }
    Timer.Sample sample = Timer.start(registry);
    Object result;
    try {
      result = invocation.proceed();
    } catch (Throwable t) {
      stop(sample, endpoint.value(), CallOutcome.of(t));
      throw t;
    }
    if (result instanceof CompletableFuture<?> future) {
      future.whenComplete((value, failure) ->
          stop(sample, endpoint.value(), failure == null ? CallOutcome.SUCCESS : CallOutcome.of(failure)));
    } else {
      stop(sample, endpoint.value(), CallOutcome.SUCCESS);
    }
    return result;
  }

  private void stop(Timer.Sample sample, String endpoint, CallOutcome outcome) {
    sample.stop(Timer.builder(METRIC)
        .description("Calls of CodePay's gateway through generated clients")
        .tag("endpoint", endpoint)
        .tag("outcome", outcome.outcome())
        .tag("code", outcome.code())
        .register(registry));
  }
}
