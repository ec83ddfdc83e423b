package com.trustpay.webhook.ingest.application;

/** Tells operators about something they must look at (an {@code AdminAlert} on {@code ops.alerts}). */
public interface OpsAlerts {

    /**
     * @param kind stable code, e.g. {@code WEBHOOK_SIGNATURE}
     * @param detail what happened, without secrets or bodies
     */
    void raise(String kind, String detail);
}
