/**
 * E-mail: a queue in the database that outlives an SMTP outage (retried with backoff; a mail that still cannot go
 * raises an admin alert and stays visible for a retry), HTML and plain-text templates, the per-user choice to turn
 * off non-critical mail, and the one-click unsubscribe link ({@code List-Unsubscribe}).
 */
package com.trustpay.notification.mail;
