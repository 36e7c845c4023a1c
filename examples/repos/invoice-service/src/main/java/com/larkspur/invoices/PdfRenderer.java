package com.larkspur.invoices;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;

@Component
class PdfRenderer {

    byte[] render(Invoice invoice) {
        System.out.println("Rendering invoice " + invoice.number());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            System.out.println("PDF opened for " + invoice.customerId());
            doc.add(new Paragraph("Invoice " + invoice.number()));
            doc.add(new Paragraph("Customer " + invoice.customerId()));
            doc.add(new Paragraph(String.format("Total %.2f %s", invoice.totalMinor() / 100.0, invoice.currency())));
        } catch (DocumentException e) {
            System.err.println("PDF rendering failed: " + e.getMessage());
            e.printStackTrace();
        } finally {
            doc.close();
        }
        System.out.println("Rendered " + out.size() + " bytes");
        return out.toByteArray();
    }
}
