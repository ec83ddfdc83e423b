/**
 * The use cases: {@code Notify} handles one event (once, in one transaction with its effects, parking it while the
 * facts it needs are still on their way), {@code WhoLearnsWhat} is the table of who is told what, {@code Feed}
 * serves and marks a recipient's notifications.
 */
package com.trustpay.notification.notification.application;
