/** Registration, login with RS256 access tokens, browser sessions (refresh, logout), and the admin bootstrap. */
package com.trustpay.escrow.identity.application;
