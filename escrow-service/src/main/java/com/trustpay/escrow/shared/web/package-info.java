/** The web edge every feature shares: the caller read from the token, and errors as RFC 7807 problems. */
package com.trustpay.escrow.shared.web;
