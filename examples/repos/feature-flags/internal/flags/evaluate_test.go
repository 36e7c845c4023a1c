package flags

import (
	"encoding/json"
	"os"
	"testing"
)

func TestEvaluateGoldenCases(t *testing.T) {
	raw, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name    string `json:"name"`
		Flag    Flag   `json:"flag"`
		Subject string `json:"subject"`
		Want    bool   `json:"want"`
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if got := Evaluate(c.Flag, c.Subject); got != c.Want {
			t.Errorf("%s: got %v, want %v", c.Name, got, c.Want)
		}
	}
}
