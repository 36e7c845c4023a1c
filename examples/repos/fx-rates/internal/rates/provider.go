// Package rates fetches and caches reference exchange rates.
package rates

import (
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
)

var fetchDuration = promauto.NewHistogram(prometheus.HistogramOpts{
	Name: "fxrates_upstream_fetch_duration_seconds",
	Help: "Time to download the reference rates file.",
})

// Provider downloads the daily rates file (ECB eurofxref XML format).
type Provider struct {
	url    string
	client *http.Client
	logger *zap.Logger
}

// NewProvider returns a provider with a bounded HTTP client.
func NewProvider(url string, logger *zap.Logger) *Provider {
	return &Provider{url: url, client: &http.Client{Timeout: 10 * time.Second}, logger: logger}
}

type envelope struct {
	Cube struct {
		Cube struct {
			Time  string `xml:"time,attr"`
			Rates []struct {
				Currency string `xml:"currency,attr"`
				Rate     string `xml:"rate,attr"`
			} `xml:"Cube"`
		} `xml:"Cube"`
	} `xml:"Cube"`
}

// Fetch returns EUR-based rates, retrying with exponential backoff.
func (p *Provider) Fetch(ctx context.Context) (map[string]float64, error) {
	ctx, span := otel.Tracer("fx-rates").Start(ctx, "rates.Fetch")
	defer span.End()

	var out map[string]float64
	op := func() error {
		timer := prometheus.NewTimer(fetchDuration)
		defer timer.ObserveDuration()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := p.client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("upstream status %d", resp.StatusCode)
		}
		var env envelope
		if err := xml.NewDecoder(resp.Body).Decode(&env); err != nil {
			return backoff.Permanent(fmt.Errorf("decode rates: %v", err))
		}
		out = map[string]float64{"EUR": 1}
		for _, r := range env.Cube.Cube.Rates {
			v, err := strconv.ParseFloat(r.Rate, 64)
			if err != nil {
				p.logger.Warn("skipping unparsable rate", zap.String("currency", r.Currency))
				continue
			}
			out[r.Currency] = v
		}
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return nil, fmt.Errorf("fetch rates: %v", err)
	}
	return out, nil
}
