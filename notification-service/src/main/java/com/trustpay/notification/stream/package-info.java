/**
 * The live feed: {@code GET /api/notifications/stream} as Server-Sent Events, opened with a short-lived single-use
 * ticket (a browser's EventSource cannot send an Authorization header, and an access token must never sit in a URL),
 * with heartbeats and {@code Last-Event-ID} resume. Every instance LISTENs on PostgreSQL for the notifications any
 * instance stored (see docs/adr/0007-notification-fan-out.md), so a stream gets what another instance consumed.
 */
package com.trustpay.notification.stream;
