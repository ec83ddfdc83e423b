package com.trustpay.gateway.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Asks the connection for its next read once each HTTP response has been written in full.
 *
 * <p>reactor-netty 1.3.6 (the version Spring Boot 4.0.7 manages) reads on demand, and can stop reading an
 * HTTP/1.1 keep-alive connection for good: when a client sends its next request as soon as it has the previous
 * response (before the server has finished with it), or pipelines requests, the request is queued; if the queued
 * request is then answered at once by the gateway itself (a 429 or 401 with no backend call), the queue drains
 * without anyone asking for the next read, and the client's following request on that connection is never
 * answered (reactor-netty issue 4361, fixed upstream by pull request 4347; the only later release, 1.3.8, has no
 * jars on the Maven Central we reach). Scheduling one read on the event loop after every complete response re-arms
 * the connection in both cases and is harmless otherwise (an outstanding read request is not doubled). The
 * contract tests {@code aKeepAliveConnectionIsStillReadAfterRefusals} and
 * {@code aPipeliningConnectionIsStillReadAfterRefusals} time out without this handler. Sits between the HTTP codec
 * and reactor-netty's traffic handler, so it sees every response reactor-netty writes.
 *
 * <p>Not fixed here: a pipelined request that has a body is answered 500 by reactor-netty 1.3.6 (its buffered body
 * is released before the route reads it). Browsers, the JDK client and the payment providers do not pipeline.
 */
final class KeepAliveReadRearm extends ChannelOutboundHandlerAdapter {

    static final String NAME = "trustpay.keepAliveReadRearm";

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof LastHttpContent)) {
            ctx.write(msg, promise);
            return;
        }
        Channel channel = ctx.channel();
        ChannelPromise written = promise.unvoid();
        written.addListener(done -> {
            if (done.isSuccess()) {
                channel.eventLoop().execute(() -> {
                    if (channel.isActive()) {
                        channel.read();
                    }
                });
            }
        });
        ctx.write(msg, written);
    }

    @Override
    public boolean isSharable() {
        return true;
    }
}
