/**
 * notification-service. Features: {@code directory} (the projection of people and escrows it needs, so that it never
 * asks escrow-service per event), {@code notification} (who learns what, the feed), {@code mail} (the SMTP queue,
 * templates and preferences), {@code stream} (the live feed over Server-Sent Events, fanned out between instances with
 * PostgreSQL LISTEN/NOTIFY) and {@code shared} (API security and the caller).
 */
package com.trustpay.notification;
