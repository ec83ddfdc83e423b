/**
 * Mail settings ({@code /api/notifications/preferences}), the unsubscribe link ({@code
 * /api/notifications/unsubscribe}) and, for admins, the failed mails ({@code /api/notifications/mails}).
 */
package com.trustpay.notification.mail.web;
