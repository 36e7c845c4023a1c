package rates

import (
	"context"
	"errors"
	"sync"
	"time"

	"go.uber.org/zap"
)

// ErrUnknownCurrency is returned for a currency the source does not publish.
var ErrUnknownCurrency = errors.New("unknown currency")

// Cache holds the latest rates and refreshes them on an interval.
type Cache struct {
	provider *Provider
	every    time.Duration
	logger   *zap.Logger

	mu      sync.RWMutex
	eur     map[string]float64
	fetched time.Time
}

// NewCache returns an empty cache; call Run to fill it.
func NewCache(p *Provider, every time.Duration, logger *zap.Logger) *Cache {
	return &Cache{provider: p, every: every, logger: logger}
}

// Run refreshes until ctx is cancelled.
func (c *Cache) Run(ctx context.Context) {
	t := time.NewTicker(c.every)
	defer t.Stop()
	for {
		c.refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (c *Cache) refresh(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, err := c.provider.Fetch(ctx)
	if err != nil {
		c.logger.Error("refresh failed, serving previous rates", zap.Error(err))
		return
	}
	c.mu.Lock()
	c.eur, c.fetched = r, time.Now()
	c.mu.Unlock()
	c.logger.Info("rates refreshed", zap.Int("currencies", len(r)))
}

// Ready reports whether rates have been loaded at least once.
func (c *Cache) Ready() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.eur != nil
}

// Rates returns all rates relative to base.
func (c *Cache) Rates(base string) (map[string]float64, time.Time, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	b, ok := c.eur[base]
	if !ok {
		return nil, time.Time{}, ErrUnknownCurrency
	}
	out := make(map[string]float64, len(c.eur))
	for cur, v := range c.eur {
		out[cur] = v / b
	}
	return out, c.fetched, nil
}
