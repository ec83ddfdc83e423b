/** {@code stream_ticket}, and the dedicated connection that LISTENs for stored notifications. */
package com.trustpay.notification.stream.persistence;
