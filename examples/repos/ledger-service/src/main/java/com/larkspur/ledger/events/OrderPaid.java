package com.larkspur.ledger.events;

import java.time.LocalDate;
import java.util.UUID;

/** Event published by checkout-api when an order is paid. */
public record OrderPaid(UUID orderId, String currency, long totalMinor, long taxMinor, LocalDate paidOn) {}
