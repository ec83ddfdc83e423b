/** Keeping the projection: applying identity and escrow facts, and reading them for the texts and the mail. */
package com.trustpay.notification.directory.application;
