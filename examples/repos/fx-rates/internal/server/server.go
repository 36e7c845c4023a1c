// Package server exposes the cache over HTTP.
package server

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"github.com/larkspur/fx-rates/internal/rates"
)

// New returns the HTTP handler.
func New(cache *rates.Cache, logger *zap.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !cache.Ready() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	mux.Handle("GET /metrics", promhttp.Handler())
	mux.HandleFunc("GET /rates/{base}", func(w http.ResponseWriter, r *http.Request) {
		base := strings.ToUpper(r.PathValue("base"))
		if len(base) != 3 {
			http.Error(w, "base must be a three-letter currency code", http.StatusBadRequest)
			return
		}
		rs, fetched, err := cache.Rates(base)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(map[string]any{"base": base, "asOf": fetched, "rates": rs}); err != nil {
			logger.Warn("write response", zap.Error(err))
		}
	})
	return mux
}
