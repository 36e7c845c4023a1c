package httpapi

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-playground/validator/v10"
)

func TestPlaceOrderRejectsInvalidBody(t *testing.T) {
	h := &handlers{validate: validator.New(validator.WithRequiredStructEnabled())}
	cases := map[string]string{
		"not json":      `{`,
		"unknown field": `{"customerId":"x","extra":1}`,
		"no lines":      `{"customerId":"0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11","currency":"EUR","cardToken":"tok_1","lines":[]}`,
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(http.MethodPost, "/v1/orders", bytes.NewBufferString(body))
			h.placeOrder(rec, req)
			if rec.Code != http.StatusBadRequest && rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("status = %d, want 400 or 422", rec.Code)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	rec := httptest.NewRecorder()
	securityHeaders(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})).
		ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/orders/x", nil))
	if got := rec.Header().Get("Content-Security-Policy"); got != "default-src 'none'; frame-ancestors 'none'" {
		t.Fatalf("CSP = %q", got)
	}
}

func BenchmarkValidatePlaceOrder(b *testing.B) {
	v := validator.New(validator.WithRequiredStructEnabled())
	req := placeOrderRequest{
		CustomerID: "0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11",
		Currency:   "EUR",
		CardToken:  "tok_4f3c",
		Lines:      []orderLine{{SKU: "MUG01", Quantity: 2, UnitPrice: 1299}},
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := v.Struct(req); err != nil {
			b.Fatal(err)
		}
	}
}
