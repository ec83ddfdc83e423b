/** Users and roles, and the rules of a valid registration; no Spring. */
package com.trustpay.escrow.identity.domain;
