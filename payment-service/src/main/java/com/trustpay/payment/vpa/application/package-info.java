/** The re-encryption of the VPA columns under the active data key. */
package com.trustpay.payment.vpa.application;
