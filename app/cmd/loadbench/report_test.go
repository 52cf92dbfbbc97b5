package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestPercentile(t *testing.T) {
	hundred := make([]float64, 100)
	for i := range hundred {
		hundred[i] = float64(100 - i) // 100 … 1, unsorted
	}
	tests := []struct {
		v    []float64
		p    int
		want float64
	}{
		{nil, 95, 0},
		{[]float64{3}, 95, 3},
		{[]float64{3}, 50, 3},
		{[]float64{2, 1}, 50, 1},
		{[]float64{2, 1}, 95, 2},
		{hundred, 50, 50},
		{hundred, 95, 95},
		{hundred, 100, 100},
		{[]float64{0.123456}, 50, 0.12},
	}
	for _, tt := range tests {
		if got := percentile(tt.v, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %d) = %v, want %v", tt.v, tt.p, got, tt.want)
		}
	}
	if hundred[0] != 100 {
		t.Errorf("percentile sorted its input: v[0] = %v, want 100", hundred[0])
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		v    []float64
		want float64
	}{
		{nil, 0},
		{[]float64{5}, 5},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 2, 3}, 2.5},
		{[]float64{1.04, 1.18}, 1.1},
	}
	for _, tt := range tests {
		var samples []sample
		for _, x := range tt.v {
			samples = append(samples, sample{Interactive: x})
		}
		if got := median(samples, func(s sample) float64 { return s.Interactive }); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestPrefixes(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"we it", []string{"w", "we", "we ", "we i", "we it"}},
		{"né", []string{"n", "né"}},
	}
	for _, tt := range tests {
		if got := prefixes(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("prefixes(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestQueries checks that each query gives one Fuse search per key the
// app measures, and that no query is longer than Fuse's pattern limit of
// 32 characters in one piece.
func TestQueries(t *testing.T) {
	for _, q := range queries {
		if got, want := len(prefixes(q)), len([]rune(q)); got != want {
			t.Errorf("%q: got %d prefixes, want %d (one per key)", q, got, want)
		}
		if len(q) > 32 {
			t.Errorf("%q: got %d bytes, want at most 32", q, len(q))
		}
	}
}

func TestLastLines(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"", 2, ""},
		{"a\n", 2, "a"},
		{"a\nb\nc\n", 2, "b\nc"},
		{"a\nb", 5, "a\nb"},
	}
	for _, tt := range tests {
		if got := string(lastLines([]byte(tt.in), tt.n)); got != tt.want {
			t.Errorf("lastLines(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestReportJSON checks the report's field names: the ones the issue asks
// for are present, and the 2,000-article ones only with that build.
func TestReportJSON(t *testing.T) {
	seeds := []string{"wasm_bytes", "wasm_brotli_bytes", "cold_first_content_ms", "cold_interactive_ms", "warm_interactive_ms", "search_p95_ms", "keystroke_p95_ms"}
	large := []string{"search_p95_ms_2000", "keystroke_p95_ms_2000", "fuse_p95_ms_2000", "build_seconds_2000", "build_peak_mb_2000", "heap_mb_2000", "wasm_memory_mb_2000"}
	for _, tt := range []struct {
		r       report
		present []string
		absent  []string
	}{
		{report{}, seeds, large},
		{report{largeReport: &largeReport{}}, append(slices.Clone(seeds), large...), nil},
	} {
		b, err := json.Marshal(tt.r)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range tt.present {
			if _, ok := m[k]; !ok {
				t.Errorf("got no %q in %s, want it", k, b)
			}
		}
		for _, k := range tt.absent {
			if _, ok := m[k]; ok {
				t.Errorf("got %q in %s, want it only with the 2,000-article build", k, b)
			}
		}
		if strings.Contains(string(b), "\n") {
			t.Errorf("got a line break in %s, want one line", b)
		}
	}
}
