package main

import (
	"math"
	"sort"
)

// report is the benchmark's result, printed as one JSON line. Times are in
// milliseconds unless named otherwise, sizes in bytes or MB (2^20 bytes).
// Load times are medians over the runs; search and keystroke times are
// percentiles over every key typed.
type report struct {
	WasmBytes       int64 `json:"wasm_bytes"`
	WasmGzipBytes   int64 `json:"wasm_gzip_bytes"`
	WasmBrotliBytes int64 `json:"wasm_brotli_bytes"`

	ColdFirstContent float64 `json:"cold_first_content_ms"`
	ColdInteractive  float64 `json:"cold_interactive_ms"`
	WarmFirstContent float64 `json:"warm_first_content_ms"`
	WarmInteractive  float64 `json:"warm_interactive_ms"`
	CorpusDecode     float64 `json:"corpus_decode_ms"`

	SearchP50    float64 `json:"search_p50_ms"`
	SearchP95    float64 `json:"search_p95_ms"`
	KeystrokeP50 float64 `json:"keystroke_p50_ms"`
	KeystrokeP95 float64 `json:"keystroke_p95_ms"`
	Keystrokes   int     `json:"keystrokes"`

	HeapMB       float64 `json:"heap_mb"`
	WasmMemoryMB float64 `json:"wasm_memory_mb"`

	Runs int `json:"runs"`
	// PageErrors counts the exceptions and console errors of the pages.
	PageErrors int `json:"page_errors"`

	*largeReport
}

// largeReport is the part of the report about the build of 2,000
// synthetic articles; its fields end in _2000.
type largeReport struct {
	BuildSeconds float64 `json:"build_seconds_2000"`
	BuildPeakMB  float64 `json:"build_peak_mb_2000"`
	Quotes       int     `json:"quotes_2000"`

	WasmBytes       int64 `json:"wasm_bytes_2000"`
	WasmBrotliBytes int64 `json:"wasm_brotli_bytes_2000"`

	ColdFirstContent float64 `json:"cold_first_content_ms_2000"`
	ColdInteractive  float64 `json:"cold_interactive_ms_2000"`
	WarmInteractive  float64 `json:"warm_interactive_ms_2000"`
	CorpusDecode     float64 `json:"corpus_decode_ms_2000"`

	SearchP50    float64 `json:"search_p50_ms_2000"`
	SearchP95    float64 `json:"search_p95_ms_2000"`
	KeystrokeP50 float64 `json:"keystroke_p50_ms_2000"`
	KeystrokeP95 float64 `json:"keystroke_p95_ms_2000"`
	Keystrokes   int     `json:"keystrokes_2000"`

	FuseP50     float64 `json:"fuse_p50_ms_2000"`
	FuseP95     float64 `json:"fuse_p95_ms_2000"`
	FuseIndexMS float64 `json:"fuse_index_ms_2000"`

	HeapMB       float64 `json:"heap_mb_2000"`
	WasmMemoryMB float64 `json:"wasm_memory_mb_2000"`
}

func (r *report) setLoads(m buildTimes) {
	r.ColdFirstContent = median(m.cold, func(s sample) float64 { return s.FirstContent })
	r.ColdInteractive = median(m.cold, func(s sample) float64 { return s.Interactive })
	r.WarmFirstContent = median(m.warm, func(s sample) float64 { return s.FirstContent })
	r.WarmInteractive = median(m.warm, func(s sample) float64 { return s.Interactive })
	r.CorpusDecode = median(m.cold, func(s sample) float64 { return s.Decode })
	r.SearchP50, r.SearchP95 = percentile(m.keys.search, 50), percentile(m.keys.search, 95)
	r.KeystrokeP50, r.KeystrokeP95 = percentile(m.keys.keystroke, 50), percentile(m.keys.keystroke, 95)
	r.Keystrokes = len(m.keys.keystroke)
	r.HeapMB, r.WasmMemoryMB = round(m.heapMB, 1), round(m.wasmMB, 1)
}

func (r *largeReport) setLoads(m buildTimes) {
	r.ColdFirstContent = median(m.cold, func(s sample) float64 { return s.FirstContent })
	r.ColdInteractive = median(m.cold, func(s sample) float64 { return s.Interactive })
	r.WarmInteractive = median(m.warm, func(s sample) float64 { return s.Interactive })
	r.CorpusDecode = median(m.cold, func(s sample) float64 { return s.Decode })
	r.SearchP50, r.SearchP95 = percentile(m.keys.search, 50), percentile(m.keys.search, 95)
	r.KeystrokeP50, r.KeystrokeP95 = percentile(m.keys.keystroke, 50), percentile(m.keys.keystroke, 95)
	r.Keystrokes = len(m.keys.keystroke)
	r.HeapMB, r.WasmMemoryMB = round(m.heapMB, 1), round(m.wasmMB, 1)
}

// median returns the median of f over samples, to 0.1; 0 for none.
func median(samples []sample, f func(sample) float64) float64 {
	if len(samples) == 0 {
		return 0
	}
	v := make([]float64, len(samples))
	for i, s := range samples {
		v[i] = f(s)
	}
	sort.Float64s(v)
	m := v[len(v)/2]
	if len(v)%2 == 0 {
		m = (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return round(m, 1)
}

// percentile returns the p-th percentile of v by the nearest-rank method,
// to 0.01; 0 for none.
func percentile(v []float64, p int) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := (len(s)*p + 99) / 100
	i = min(max(i-1, 0), len(s)-1)
	return round(s[i], 2)
}

// round rounds x to the given number of decimals.
func round(x float64, decimals int) float64 {
	scale := math.Pow(10, float64(decimals))
	return math.Round(x*scale) / scale
}
