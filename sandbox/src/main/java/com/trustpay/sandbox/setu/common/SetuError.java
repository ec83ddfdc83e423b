package com.trustpay.sandbox.setu.common;

/** Setu's {@code BaseSetuAPIErrorModel}: {@code {"code": "bad-request", "detail": "...", "docUrl": ""}}. */
public record SetuError(String code, String detail, String docUrl) {}
