package com.larkspur.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueInvoiceRequestTest {

    @Test
    void totalsLineItems() {
        var request = new IssueInvoiceRequest("c-1", "billing@example.com", "EUR",
                List.of(new IssueInvoiceRequest.Item("Mug", 2, 1299), new IssueInvoiceRequest.Item("Teapot", 1, 3499)));
        assertThat(request.totalMinor()).isEqualTo(6097);
    }
}
