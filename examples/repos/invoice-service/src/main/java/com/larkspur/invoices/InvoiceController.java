package com.larkspur.invoices;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/invoices")
class InvoiceController {

    private final InvoiceRepository invoices;
    private final PdfRenderer pdf;
    private final LedgerClient ledger;

    InvoiceController(InvoiceRepository invoices, PdfRenderer pdf, LedgerClient ledger) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.ledger = ledger;
    }

    @PostMapping
    ResponseEntity<Invoice> issue(@Valid @RequestBody IssueInvoiceRequest request) {
        Invoice invoice = invoices.create(request);
        ledger.postReceivable(invoice);
        return ResponseEntity.created(URI.create("/invoices/" + invoice.number())).body(invoice);
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] download(@PathVariable String number) {
        return pdf.render(invoices.find(number));
    }
}
