/** The service's HTTP security: admins only, bearer tokens checked against escrow-service's published keys. */
package com.trustpay.reconciliation.shared.web;
