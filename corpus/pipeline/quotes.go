package pipeline

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"

	"parallax/corpus"
	"parallax/corpus/quote"
)

// quotes finds the corpus's quotes and gives them and their clusters ids
// derived from their words, so that links to them survive rebuilds and
// changes to other articles.
func quotes(c *corpus.Corpus, opts quote.Options) []corpus.Quote {
	found := quote.Find(c, opts)

	// A cluster's id comes from its longest member's words (ties broken by
	// the words themselves) and its speaker; repeats get a suffix.
	longest := make(map[int]string)
	speaker := make(map[int]string)
	for _, q := range found {
		w := words(q.Text)
		if old, ok := longest[q.Cluster]; !ok || len(w) > len(old) || len(w) == len(old) && w < old {
			longest[q.Cluster] = w
			speaker[q.Cluster] = q.Speaker
		}
	}
	clusterIDs := make(map[int]string)
	usedClusters := make(map[string]int)
	for _, q := range found { // in corpus order, so suffixes are stable
		if _, ok := clusterIDs[q.Cluster]; !ok {
			clusterIDs[q.Cluster] = suffixed("c"+hash8(speaker[q.Cluster]+"\x00"+longest[q.Cluster]), usedClusters)
		}
	}

	used := make(map[string]int)
	out := make([]corpus.Quote, 0, len(found))
	for _, q := range found {
		spans := make([]corpus.QuoteSpan, len(q.Spans))
		for i, s := range q.Spans {
			spans[i] = corpus.QuoteSpan{Paragraph: s.Paragraph, Start: s.Start, End: s.End}
		}
		out = append(out, corpus.Quote{
			ID:        suffixed("q"+hash8(q.Article+"\x00"+words(q.Text)), used),
			Article:   q.Article,
			Paragraph: spans[0].Paragraph, Start: spans[0].Start, End: spans[0].End,
			Spans:   spans,
			Text:    q.Text,
			Speaker: corpus.Name(q.Speaker),
			Kind:    corpus.QuoteKind(q.Kind),
			Cluster: clusterIDs[q.Cluster],
		})
	}
	return out
}

// words returns the lower-cased letters and digits of s, words separated
// by single spaces: what stays the same when punctuation is edited.
func words(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func hash8(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%08x", h.Sum64()&0xffffffff)
}

// suffixed returns id, or id-n for its n-th use. Ids made here hold no
// '-' before the suffix, so a suffixed id never equals another id.
func suffixed(id string, used map[string]int) string {
	used[id]++
	if n := used[id]; n > 1 {
		return fmt.Sprintf("%s-%d", id, n)
	}
	return id
}
