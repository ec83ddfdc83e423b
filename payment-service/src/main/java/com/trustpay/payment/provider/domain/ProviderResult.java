package com.trustpay.payment.provider.domain;

import java.util.function.Function;

/**
 * What a provider call came to. {@link Rejected} is a definite "no" (HTTP 4xx) with the provider's own code and
 * words; {@link Unknown} (5xx, timeout, broken connection) means the provider may or may not have acted, so the
 * caller must find out later and must never treat it as a failure.
 */
public sealed interface ProviderResult<T> {

    CallInfo call();

    /** The provider answered 2xx. */
    record Ok<T>(T value, CallInfo call) implements ProviderResult<T> {}

    /** The provider refused (4xx). */
    record Rejected<T>(String code, String message, CallInfo call) implements ProviderResult<T> {

        public boolean notFound() {
            return call.httpStatus() == 404;
        }
    }

    /** Nobody knows what happened (5xx, timeout, I/O error). */
    record Unknown<T>(String message, CallInfo call) implements ProviderResult<T> {}

    default <R> ProviderResult<R> map(Function<T, R> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()), ok.call());
            case Rejected<T> r -> new Rejected<>(r.code(), r.message(), r.call());
            case Unknown<T> u -> new Unknown<>(u.message(), u.call());
        };
    }

    /** One line for the audit log. */
    default String summary() {
        return switch (this) {
            case Ok<T> ok -> ok.call().describe() + " ok";
            case Rejected<T> r -> r.call().describe() + " rejected " + r.code() + ": " + r.message();
            case Unknown<T> u -> u.call().describe() + " unknown: " + u.message();
        };
    }
}
