/**
 * {@code POST /api/notifications/stream-tickets} (with the access token) and {@code GET /api/notifications/stream}
 * (with the ticket): Server-Sent Events whose ids are the notifications' seqs.
 */
package com.trustpay.notification.stream.web;
