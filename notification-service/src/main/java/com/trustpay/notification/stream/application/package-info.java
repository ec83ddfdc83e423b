/** Stream tickets and the hub that hands stored notifications to the open streams of their audience. */
package com.trustpay.notification.stream.application;
