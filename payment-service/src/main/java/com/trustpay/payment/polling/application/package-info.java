/** The polling round. */
package com.trustpay.payment.polling.application;
