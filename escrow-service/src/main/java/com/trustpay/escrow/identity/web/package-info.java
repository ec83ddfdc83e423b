/** The identity API: register, login, me and the JWKS document. */
package com.trustpay.escrow.identity.web;
