package main

import "testing"

func TestZonePrefix(t *testing.T) {
	if got := "SW1A 1AA"[:2]; got != "SW" {
		t.Fatalf("prefix = %q", got)
	}
}
