package com.trustpay.platform.web.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the escrow a request is about ({@code …/escrows/{id}…} in its path) into the logging MDC as {@code escrowId},
 * so that every line logged while serving it names the escrow: structured logs carry MDC entries as fields, and
 * a search by escrow id finds the request's lines as well as its messages' (which {@code InboundMessages} tags from
 * the record key). The request's server span is tagged with it too ({@value #SPAN_TAG}, as platform's {@code
 * SpanTags} tags the spans of messages), so that Zipkin finds every trace of one escrow.
 */
public class EscrowIdMdcFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "escrowId";
    private static final Pattern ESCROW_PATH = Pattern.compile(
            "/escrows/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/|$)");

    public static final String SPAN_TAG = "escrow.id";

    private final Tracer tracer;

    public EscrowIdMdcFilter() {
        this(Tracer.NOOP);
    }

    public EscrowIdMdcFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String escrowId = escrowIdOf(request.getRequestURI());
        if (escrowId == null || MDC.get(MDC_KEY) != null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(MDC_KEY, escrowId);
        Span span = tracer.currentSpan();
        if (span != null) {
            span.tag(SPAN_TAG, escrowId);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The escrow id in {@code path}, lower-cased, or {@code null}. */
    static String escrowIdOf(String path) {
        if (path == null) {
            return null;
        }
        Matcher matcher = ESCROW_PATH.matcher(path);
        return matcher.find() ? matcher.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }
}
