package com.trustpay.notification.stream.web;

import com.trustpay.notification.notification.domain.Notification;
import com.trustpay.notification.notification.web.NotificationResponse;
import com.trustpay.notification.stream.application.StreamSink;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A stream written as Server-Sent Events: {@code id} the seq, {@code event: notification}, the JSON as data. */
final class SseSink implements StreamSink {

    private final SseEmitter emitter;

    SseSink(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void send(Notification notification) throws IOException {
        emitter.send(SseEmitter.event()
                .id(Long.toString(notification.seq()))
                .name("notification")
                .data(NotificationResponse.of(notification), MediaType.APPLICATION_JSON));
    }

    @Override
    public void heartbeat() throws IOException {
        emitter.send(SseEmitter.event().comment("heartbeat"));
    }

    @Override
    public void close() {
        emitter.complete();
    }
}
