/**
 * {@code notification} (unique per event, recipient and channel; every stored in-app row is announced with
 * {@code pg_notify} in its own transaction, so every instance's streams hear of it once it commits) and
 * {@code parked_event}.
 */
package com.trustpay.notification.notification.persistence;
