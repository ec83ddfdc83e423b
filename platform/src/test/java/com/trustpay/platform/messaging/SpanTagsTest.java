package com.trustpay.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;

/** With Micrometer Tracing the current span gets the tag; without a current span or a tracer nothing happens. */
class SpanTagsTest {

    @Test
    void tagsTheCurrentSpanOfTheContextsTracer() {
        List<MutableSpan> finished = new ArrayList<>();
        try (Tracing tracing = Tracing.newBuilder()
                .addSpanHandler(new SpanHandler() {
                    @Override
                    public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                        finished.add(span);
                        return true;
                    }
                })
                .build()) {
            Tracer tracer =
                    new BraveTracer(tracing.tracer(), new BraveCurrentTraceContext(tracing.currentTraceContext()));
            StaticApplicationContext context = new StaticApplicationContext();
            context.getBeanFactory().registerSingleton("tracer", tracer);
            SpanTags spans = SpanTags.of(context);

            spans.tagCurrent(SpanTags.ESCROW_ID, "no span is current: nothing to tag");
            Span span = tracer.nextSpan().name("listener").start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
                spans.tagCurrent(SpanTags.ESCROW_ID, "8f1c1f9e-2b0a-4a8e-9a57-2c3b0f8f6d11");
            } finally {
                span.end();
            }
        }
        assertThat(finished).singleElement().satisfies(s -> assertThat(s.tags())
                .containsEntry("escrow.id", "8f1c1f9e-2b0a-4a8e-9a57-2c3b0f8f6d11"));
    }

    @Test
    void withoutATracerNothingIsTagged() {
        assertThat(SpanTags.of(new StaticApplicationContext())).isSameAs(SpanTags.NONE);
    }
}
