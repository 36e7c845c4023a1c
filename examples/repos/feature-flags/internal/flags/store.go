// Package flags stores flag definitions and evaluates them.
package flags

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Flag is one feature flag with its targeting rules.
type Flag struct {
	Key         string `json:"key"`
	Description string `json:"description"` // Markdown, rendered by the admin UI.
	Enabled     bool   `json:"enabled"`
	Rules       []Rule `json:"rules"`
}

// Store reads flags from PostgreSQL.
type Store struct{ pool *pgxpool.Pool }

// NewStore wraps a pool.
func NewStore(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

// List returns every flag of an environment.
func (s *Store) List(ctx context.Context, env string) ([]Flag, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	rows, err := s.pool.Query(ctx,
		`SELECT key, description, enabled, rules FROM flags WHERE environment = $1 ORDER BY key`, env)
	if err != nil {
		return nil, fmt.Errorf("list flags: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (Flag, error) {
		var f Flag
		var raw []byte
		if err := row.Scan(&f.Key, &f.Description, &f.Enabled, &raw); err != nil {
			return f, err
		}
		return f, json.Unmarshal(raw, &f.Rules)
	})
}
