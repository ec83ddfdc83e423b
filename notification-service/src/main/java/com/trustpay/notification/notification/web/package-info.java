/** The feed API: {@code GET /api/notifications}, {@code POST /api/notifications/{id}/read}, {@code read-all}. */
package com.trustpay.notification.notification.web;
