package align_test

import (
	"testing"

	"parallax/corpus/align"
)

// benchmarkPairs aligns n synthetic articles. The synthetic articles are
// drawn from the seeds' 150-odd sentences, so every pair overlaps: the
// worst case for candidate search and for the output's size.
//
// Cost grows about linearly with the number of articles: candidate search
// is bounded per article (LSH buckets, rare features, partnerFactor ×
// MaxPartners candidates each) and so is the number of pairs aligned.
func benchmarkPairs(b *testing.B, n int) {
	c := synthCorpus(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	var pairs []align.Pair
	for b.Loop() {
		pairs = align.Pairs(c, align.Options{})
	}
	passages := 0
	for _, p := range pairs {
		passages += len(p.Passages)
	}
	b.ReportMetric(float64(len(pairs)), "pairs")
	b.ReportMetric(float64(passages), "passages")
}

func BenchmarkPairs500(b *testing.B)  { benchmarkPairs(b, 500) }
func BenchmarkPairs1000(b *testing.B) { benchmarkPairs(b, 1000) }
func BenchmarkPairs2000(b *testing.B) { benchmarkPairs(b, 2000) }
