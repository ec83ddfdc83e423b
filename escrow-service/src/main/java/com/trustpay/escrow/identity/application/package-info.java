/** Registration, login with RS256 access tokens, and the admin bootstrap. */
package com.trustpay.escrow.identity.application;
