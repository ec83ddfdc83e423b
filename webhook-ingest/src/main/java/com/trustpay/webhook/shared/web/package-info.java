/** What the servlet endpoints of both features share: problem bodies and reading the provider from the path. */
package com.trustpay.webhook.shared.web;
