/** The escrow HTTP API: parties' actions and reads, the PDF receipt, and the admin operations. */
package com.trustpay.escrow.escrow.web;
