package flags

import (
	"hash/fnv"
	"slices"
)

// Rule enables a flag for listed subjects or a percentage of all subjects.
type Rule struct {
	Subjects []string `json:"subjects,omitempty"`
	Percent  int      `json:"percent,omitempty"`
}

// Evaluate decides whether flag f is on for subject.
func Evaluate(f Flag, subject string) bool {
	if !f.Enabled {
		return false
	}
	if len(f.Rules) == 0 {
		return true
	}
	for _, r := range f.Rules {
		if slices.Contains(r.Subjects, subject) {
			return true
		}
		if r.Percent > 0 && bucket(f.Key, subject) < r.Percent {
			return true
		}
	}
	return false
}

// bucket maps a subject to 0..99, stable per flag so rollouts do not reshuffle.
func bucket(key, subject string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(key + "/" + subject))
	return int(h.Sum32() % 100)
}
