/** What the notification-service tests share: signed test tokens with their JWKS, mail server, Kafka feeding. */
package com.trustpay.notification.support;
