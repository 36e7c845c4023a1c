package com.larkspur.invoices;

import java.time.LocalDate;

public record Invoice(String number, String customerId, String currency, long totalMinor, LocalDate issuedOn) {}
