/** The web edge every feature shares: the caller read from the token, and who may call what. */
package com.trustpay.notification.shared.web;
