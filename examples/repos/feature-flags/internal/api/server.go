// Package api serves the evaluation API, health, metrics and the admin UI.
package api

import (
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/trace"

	"github.com/larkspur/feature-flags/internal/flags"
)

var (
	requests = promauto.NewCounterVec(prometheus.CounterOpts{
		Name: "http_requests_total", Help: "Requests by handler and code.",
	}, []string{"handler", "code"})
	duration = promauto.NewHistogramVec(prometheus.HistogramOpts{
		Name: "http_request_duration_seconds", Help: "Request latency by handler.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1},
	}, []string{"handler"})
)

type server struct {
	store  *flags.Store
	logger *slog.Logger
}

// NewHandler returns the root handler.
func NewHandler(store *flags.Store, ui fs.FS, logger *slog.Logger) http.Handler {
	s := &server{store: store, logger: logger}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.Handle("GET /metrics", promhttp.Handler())
	mux.Handle("GET /api/flags", instrument("list", http.HandlerFunc(s.list)))
	mux.Handle("POST /api/evaluate", instrument("evaluate", http.HandlerFunc(s.evaluate)))
	mux.Handle("GET /ui/", http.StripPrefix("/ui/", http.FileServerFS(ui)))
	return otelhttp.NewHandler(withHeaders(mux), "feature-flags")
}

func instrument(name string, next http.Handler) http.Handler {
	return promhttp.InstrumentHandlerDuration(duration.MustCurryWith(prometheus.Labels{"handler": name}),
		promhttp.InstrumentHandlerCounter(requests.MustCurryWith(prometheus.Labels{"handler": name}), next))
}

func withHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Strict-Transport-Security", "max-age=31536000")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'")
		next.ServeHTTP(w, r)
	})
}

func (s *server) list(w http.ResponseWriter, r *http.Request) {
	env := r.URL.Query().Get("env")
	if env == "" {
		env = "production"
	}
	fl, err := s.store.List(r.Context(), env)
	if err != nil {
		s.logger.ErrorContext(r.Context(), "list flags", "error", err)
		http.Error(w, "could not list flags", http.StatusInternalServerError)
		return
	}
	writeJSON(w, fl)
}

type evaluateRequest struct {
	Environment string `json:"environment"`
	Subject     string `json:"subject"`
}

func (s *server) evaluate(w http.ResponseWriter, r *http.Request) {
	var req evaluateRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10)).Decode(&req); err != nil || req.Subject == "" {
		http.Error(w, "subject is required", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 500*time.Millisecond)
	defer cancel()
	fl, err := s.store.List(ctx, req.Environment)
	if err != nil {
		s.logger.ErrorContext(ctx, "evaluate", "error", err, "subject_len", strconv.Itoa(len(req.Subject)))
		http.Error(w, "could not evaluate", http.StatusServiceUnavailable)
		return
	}
	out := make(map[string]bool, len(fl))
	for _, f := range fl {
		out[f.Key] = flags.Evaluate(f, req.Subject)
	}
	writeJSON(w, out)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// TraceLogHandler adds the trace and span ids of the request to every log record.
type TraceLogHandler struct{ slog.Handler }

// Handle implements slog.Handler.
func (h TraceLogHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()), slog.String("span_id", sc.SpanID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

// WithAttrs implements slog.Handler.
func (h TraceLogHandler) WithAttrs(a []slog.Attr) slog.Handler {
	return TraceLogHandler{h.Handler.WithAttrs(a)}
}

// WithGroup implements slog.Handler.
func (h TraceLogHandler) WithGroup(n string) slog.Handler { return TraceLogHandler{h.Handler.WithGroup(n)} }
