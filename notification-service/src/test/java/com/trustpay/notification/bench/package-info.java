/** The load harness of {@code bench/notification/run.sh}: test code, never in the service's jar. */
package com.trustpay.notification.bench;
