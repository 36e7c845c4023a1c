// Package httpapi is the HTTP surface of checkout-api.
package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"
	"github.com/go-playground/validator/v10"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"golang.org/x/time/rate"

	"github.com/larkspur/checkout-api/internal/fraud"
	"github.com/larkspur/checkout-api/internal/orders"
)

// Deps are the collaborators the handlers need.
type Deps struct {
	Orders *orders.Store
	Fraud  *fraud.Client
	Logger *slog.Logger
	Ready  func(context.Context) error
}

// NewRouter builds the router with the middleware chain in the order it must run.
func NewRouter(d Deps) http.Handler {
	h := &handlers{deps: d, validate: validator.New(validator.WithRequiredStructEnabled())}

	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.RealIP)
	r.Use(middleware.Recoverer)
	r.Use(securityHeaders)
	r.Use(cors.Handler(cors.Options{
		AllowedOrigins: []string{"https://www.larkspur.example", "https://checkout.larkspur.example"},
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Idempotency-Key"},
		MaxAge:         600,
	}))

	r.Get("/healthz", h.healthz)
	r.Get("/readyz", h.readyz)
	r.Handle("/metrics", promhttp.Handler())

	r.Route("/v1", func(r chi.Router) {
		r.Use(rateLimit(rate.NewLimiter(rate.Limit(200), 400)))
		r.Use(redMetrics)
		r.Use(middleware.Timeout(8 * time.Second))
		r.Post("/orders", h.placeOrder)
		r.Get("/orders/{orderID}", h.getOrder)
	})

	return otelhttp.NewHandler(r, "checkout-api",
		otelhttp.WithFilter(func(req *http.Request) bool { return req.URL.Path != "/healthz" && req.URL.Path != "/metrics" }),
	)
}
