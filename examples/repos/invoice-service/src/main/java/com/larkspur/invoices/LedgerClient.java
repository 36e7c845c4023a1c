package com.larkspur.invoices;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Posts the receivable for each invoice to the ledger. No retry yet: a failure fails the request. */
@Component
class LedgerClient {

    private final RestClient http;

    LedgerClient(RestClient.Builder builder, @Value("${invoices.ledger-url}") String ledgerUrl) {
        var settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(Duration.ofMillis(500))
                .withReadTimeout(Duration.ofSeconds(3));
        this.http = builder.baseUrl(ledgerUrl).requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings)).build();
    }

    void postReceivable(Invoice invoice) {
        http.post()
                .uri("/v1/journal-entries")
                .body(Map.of(
                        "reference", invoice.number(),
                        "bookingDate", invoice.issuedOn().toString(),
                        "currency", invoice.currency(),
                        "lines", List.of(
                                Map.of("account", "1200", "side", "DEBIT", "amountMinor", invoice.totalMinor()),
                                Map.of("account", "4000", "side", "CREDIT", "amountMinor", invoice.totalMinor()))))
                .retrieve()
                .toBodilessEntity();
        System.out.println("Posted receivable " + invoice.number() + " to ledger");
    }
}
