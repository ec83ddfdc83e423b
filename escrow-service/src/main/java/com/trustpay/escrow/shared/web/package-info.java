/**
 * The web edge every feature shares: the caller read from the token and who may call what. Errors are answered
 * as RFC 7807 problems by platform-web.
 */
package com.trustpay.escrow.shared.web;
