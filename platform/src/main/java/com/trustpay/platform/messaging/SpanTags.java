package com.trustpay.platform.messaging;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Tags the span current on this thread, so that a trace can be found by what it was about: every span that serves
 * a request on an escrow or handles a message about one carries {@value #ESCROW_ID}, and Zipkin finds all traces of
 * one escrow's life with {@code annotationQuery=escrow.id=<id>}. Does nothing in a service without Micrometer
 * Tracing, or when no span is current.
 */
public class SpanTags {

    /** The tag naming the escrow a span worked on. */
    public static final String ESCROW_ID = "escrow.id";

    /** Tags nothing. */
    public static final SpanTags NONE = new SpanTags();

    SpanTags() {}

    /** Micrometer Tracing's where the context has a tracer, else {@link #NONE}. */
    public static SpanTags of(ApplicationContext context) {
        if (ClassUtils.isPresent("io.micrometer.tracing.Tracer", SpanTags.class.getClassLoader())) {
            return Micrometer.create(context);
        }
        return NONE;
    }

    /** Tags the current span, if there is one. */
    public void tagCurrent(String key, String value) {}

    /** Kept apart so that nothing loads Micrometer Tracing's classes where the service does not have them. */
    static final class Micrometer extends SpanTags {

        private final io.micrometer.tracing.Tracer tracer;

        private Micrometer(io.micrometer.tracing.Tracer tracer) {
            this.tracer = tracer;
        }

        static SpanTags create(ApplicationContext context) {
            io.micrometer.tracing.Tracer tracer =
                    context.getBeanProvider(io.micrometer.tracing.Tracer.class).getIfAvailable();
            return tracer == null || tracer == io.micrometer.tracing.Tracer.NOOP ? NONE : new Micrometer(tracer);
        }

        @Override
        public void tagCurrent(String key, String value) {
            io.micrometer.tracing.Span span = tracer.currentSpan();
            if (span != null) {
                span.tag(key, value);
            }
        }
    }
}
