/**
 * The web UI: static ES modules under {@code resources/static} (no build step, no CDN) served at {@code /}, plus
 * the small runtime settings the UI reads at start ({@code /ui-config.json}).
 */
package com.trustpay.gateway.ui;
