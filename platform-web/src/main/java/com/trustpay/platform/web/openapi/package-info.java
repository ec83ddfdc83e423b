/** The head (name, build version) of every servlet service's OpenAPI document, shown on the gateway's API docs page. */
package com.trustpay.platform.web.openapi;
