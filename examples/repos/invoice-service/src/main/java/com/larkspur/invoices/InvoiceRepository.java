package com.larkspur.invoices;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvoiceRepository {

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Invoice create(IssueInvoiceRequest request) {
        String number = jdbc.sql("SELECT 'INV-' || nextval('invoice_numbers')").query(String.class).single();
        jdbc.sql("INSERT INTO invoices (number, customer_id, currency, total_minor, issued_on) VALUES (?, ?, ?, ?, ?)")
                .params(number, request.customerId(), request.currency(), request.totalMinor(), LocalDate.now())
                .update();
        return find(number);
    }

    Invoice find(String number) {
        return jdbc.sql("SELECT number, customer_id, currency, total_minor, issued_on FROM invoices WHERE number = ?")
                .param(number)
                .query(Invoice.class)
                .single();
    }
}
