package org.codepaygen.runtime.http;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.codepaygen.runtime.Acknowledgement;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.OutcomeUnknownException;
import org.codepaygen.runtime.error.RequestNotSentException;
import org.codepaygen.runtime.http.CodePayConverterFactory.Undecoded;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.protocol.ResponseDecoder;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Runs the calls of generated services: a method returning {@code T} blocks and returns the verified result or
 * throws a {@link CodePayException}; a method returning {@code CompletableFuture<T>} completes with the same result
 * or exceptionally with the same exceptions. Error statuses are decoded like any answer. A call on a closed client
 * is refused before its request is encoded; a request that cannot be encoded, and any failure before the request
 * reached the network ({@link SendGuard}), is a {@link RequestNotSentException}; a transport failure after that is
 * an {@link OutcomeUnknownException}.
 */
final class CodePayCallAdapterFactory extends CallAdapter.Factory {
  private static final System.Logger LOG = System.getLogger("org.codepaygen.runtime");

  private final ResponseDecoder decoder;
  private final CallGate gate;

  CodePayCallAdapterFactory(ResponseDecoder decoder, CallGate gate) {
    this.decoder = decoder;
    this.gate = gate;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    String method = Endpoints.method(annotations);
    if (method == null) {
      return null;
    }
    if (getRawType(returnType) == CompletableFuture.class) {
      if (!(returnType instanceof ParameterizedType)) {
        throw new IllegalArgumentException(method + ": CompletableFuture needs a type argument");
      }
      return new AsyncAdapter(method, getParameterUpperBound(0, (ParameterizedType) returnType));
    }
    return new SyncAdapter(method, returnType);
  }

  private abstract class Adapter implements CallAdapter<Object, Object> {
    final String method;
    /** What the answer's data is decoded as; {@code null} for an envelope-only {@link Acknowledgement}. */
    private final JavaType resultType;

    Adapter(String method, Type resultType) {
      this.method = method;
      this.resultType = resultType == Acknowledgement.class ? null : CodePayJson.mapper().constructType(resultType);
    }

    /** Every answer reaches {@link #result} unread. */
    @Override
    public Type responseType() {
      return Undecoded.class;
    }

    /** The verified result of a response to {@code request}, or the exception that stands for it. */
    Object result(Request request, Response<Object> response) {
      ResponseBody body = response.isSuccessful()
          ? response.body() == null ? null : ((Undecoded) response.body()).body()
          : response.errorBody();
      String requestId = SendGuard.requestId(request);
      try {
        Object decoded = decoder.decode(method, requestId, response.code(), body, resultType);
        return resultType == null ? new Acknowledgement((String) decoded) : decoded;
      } catch (IOException e) {
        throw new OutcomeUnknownException(method, requestId, e);
      }
    }

    /**
     * Encodes and signs the call's request, unless the client is closed.
     *
     * @throws RequestNotSentException when the client is closed or the request cannot be encoded
     */
    Request encode(Call<Object> call) {
      gate.checkOpen(method);
      Request request;
      try {
        request = call.request();
      } catch (CodePayException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new RequestNotSentException(method, null, e);
      }
      LOG.log(Level.DEBUG, "{0}: sending, Http-Request-Psn {1}", method, SendGuard.requestId(request));
      return request;
    }

    /** The exception that stands for a call of {@code request} ending with {@code t}. */
    RuntimeException failure(Request request, Throwable t) {
      if (t instanceof Error error) {
        throw error;
      }
      if (t instanceof CodePayException codePay) {
        return codePay;
      }
      String requestId = SendGuard.requestId(request);
      if (!SendGuard.mayHaveLeft(request)) {
        return new RequestNotSentException(method, requestId, t);
      }
      if (t instanceof IOException) {
        return new OutcomeUnknownException(method, requestId, t);
      }
      if (t instanceof RuntimeException runtime) {
        return runtime;
      }
      return new IllegalStateException(t);
    }
  }

  private final class SyncAdapter extends Adapter {
    SyncAdapter(String method, Type responseType) {
      super(method, responseType);
    }

    @Override
    public Object adapt(Call<Object> call) {
      Request request = encode(call);
      Response<Object> response;
      try {
        response = call.execute();
      } catch (IOException | RuntimeException e) {
        throw failure(request, e);
      }
      return result(request, response);
    }
  }

  private final class AsyncAdapter extends Adapter {
    AsyncAdapter(String method, Type responseType) {
      super(method, responseType);
    }

    @Override
    public Object adapt(Call<Object> call) {
      CompletableFuture<Object> future = new CompletableFuture<>();
      Request request;
      try {
        request = encode(call);
      } catch (CodePayException e) {
        future.completeExceptionally(e);
        return future;
      }
      future.whenComplete((result, error) -> {
        if (future.isCancelled()) {
          call.cancel();
        }
      });
      call.enqueue(
          new Callback<>() {
            @Override
            public void onResponse(Call<Object> call, Response<Object> response) {
              try {
                future.complete(result(request, response));
              } catch (RuntimeException e) {
                future.completeExceptionally(e);
              }
            }

            @Override
            public void onFailure(Call<Object> call, Throwable t) {
              future.completeExceptionally(failure(request, t));
            }
          });
      return future;
    }
  }
}
