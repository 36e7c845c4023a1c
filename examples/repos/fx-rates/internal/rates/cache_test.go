package rates

import (
	"testing"

	"go.uber.org/zap"
)

func TestRatesRebase(t *testing.T) {
	c := NewCache(nil, 0, zap.NewNop())
	c.eur = map[string]float64{"EUR": 1, "USD": 1.1, "GBP": 0.85}
	got, _, err := c.Rates("USD")
	if err != nil {
		t.Fatal(err)
	}
	if got["USD"] != 1 {
		t.Fatalf("USD/USD = %v, want 1", got["USD"])
	}
	if _, _, err := c.Rates("XXX"); err != ErrUnknownCurrency {
		t.Fatalf("err = %v, want ErrUnknownCurrency", err)
	}
}
