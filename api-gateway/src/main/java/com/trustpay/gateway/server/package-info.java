/** The gateway's HTTP server: settings and workarounds below Spring's web layer. */
package com.trustpay.gateway.server;
