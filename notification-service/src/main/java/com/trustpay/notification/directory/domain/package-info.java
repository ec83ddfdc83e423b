/** People and escrow facts as the texts need them; plain Java. */
package com.trustpay.notification.directory.domain;
