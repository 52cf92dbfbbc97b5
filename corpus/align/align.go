// Package align compares the articles of a corpus: it finds which articles
// are worth comparing, the passages they share and how similar they are.
//
// Two kinds of passage are found. A verbatim passage is a run of at least
// eight identical words (compared lower-cased, letters and digits only, so
// case, punctuation and quotation-mark styles do not matter), found across
// sentence boundaries and split where either article starts a new
// paragraph. A paraphrase passage is a sentence of one article reworded in
// the other: the two sentences share enough weighted content stems. Each
// word is lower-cased, stripped of stop words, reduced to a light stem and
// mapped through a small table of news synonyms (troops, forces, soldiers;
// deploy, send), then weighted by two inverse document frequencies: over
// the sentences of the corpus (rare words count more) and over the
// sentences of the two articles being compared (words the pair keeps
// repeating, such as the names of the story's protagonists, count less).
// The score of a sentence pair is the weighted overlap of their stems,
// shared/√(weight A × weight B), halved when both sentences hold numbers
// and share none. Sentences pair when the score reaches 0.3 (see
// paraphraseMin), each has at least four content stems, they share at
// least three that are not names, and neither is mostly covered by
// verbatim passages. Each sentence pairs at most once: sentences joined
// by a verbatim passage only with each other, the rest best score first.
// Only paragraphs of kind text, bullet,
// caption and post and the standfirst take part; headings do not.
//
// A pair's Similarity is the share of both articles' words covered by its
// passages: the words of verbatim passages count fully, those of a
// paraphrased sentence count by the passage's score; the covered words of
// both articles are divided by the words of both. It is in [0, 1]: 1 for
// identical articles, about 0.07 for two long articles sharing one
// fifty-word quotation.
//
// Candidate pairs are found without comparing every pair's text: by
// MinHash with locality-sensitive hashing over five-word shingles (which
// finds heavily overlapping articles however common their words) and by an
// inverted index over rare shingles and rare stems (which finds a single
// shared quotation or a reworded story). Each article's candidates are
// ranked by a cheap estimate and only its best few are aligned. The result
// is then bounded by Options: a pair is kept when its similarity reaches
// the threshold and it is among the best MaxPartners partners of either of
// its articles, so the output grows with the number of articles, not with
// its square.
//
// The rules are general heuristics for English news prose with small
// tables of stop words and synonyms; they are not tuned to particular
// articles.
package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"parallax/corpus"
)

// Kind says how a passage of one article is found in the other.
type Kind string

// The kinds of passage.
const (
	// Verbatim is a run of identical words.
	Verbatim Kind = "verbatim"
	// Paraphrase is a sentence reworded.
	Paraphrase Kind = "paraphrase"
)

// Loc is the bytes [Start, End) of a paragraph's Text, on UTF-8 boundaries
// and trimmed of spaces.
type Loc struct {
	// Paragraph is the paragraph's id.
	Paragraph string
	Start     int
	End       int
}

// Passage is a piece of one article found in the other.
type Passage struct {
	// A and B locate the passage in the pair's articles A and B.
	A, B Loc
	Kind Kind
	// Score is in (0, 1]: 1 for a verbatim passage, the sentences'
	// similarity for a paraphrase.
	Score float64
}

// Pair is two articles worth comparing.
type Pair struct {
	// A and B are the articles' ids, A < B.
	A, B string
	// Similarity is the share of both articles' words covered by the
	// passages, paraphrases weighted by their score (see the package
	// comment). It is in [0, 1].
	Similarity float64
	// Passages are in A's reading order.
	Passages []Passage
}

// Options configures Pairs. The zero value is ready to use.
type Options struct {
	// Threshold is the least similarity of a pair kept; 0 means
	// DefaultThreshold, a negative value keeps every pair with a passage.
	Threshold float64
	// MaxPartners is how many partners each article keeps, best first;
	// a pair is kept when either of its articles keeps it. 0 means
	// DefaultMaxPartners, a negative value keeps every pair.
	MaxPartners int
}

// The defaults of Options.
const (
	// DefaultThreshold keeps pairs sharing at least one long quotation
	// between long articles, or a few reworded sentences.
	DefaultThreshold = 0.03
	// DefaultMaxPartners bounds the pairs kept to about ten per article.
	DefaultMaxPartners = 10
)

// Pairs returns the pairs of articles at or above the threshold, sorted by
// A then B. The result depends only on the corpus and options.
func Pairs(c *corpus.Corpus, opts Options) []Pair {
	if c == nil || len(c.Articles) < 2 {
		return nil
	}
	threshold := opts.Threshold
	switch {
	case threshold == 0:
		threshold = DefaultThreshold
	case threshold < 0:
		threshold = 0
	}
	maxPartners := opts.MaxPartners
	if maxPartners == 0 {
		maxPartners = DefaultMaxPartners
	}

	order := make([]int, len(c.Articles))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(c.Articles[x].ID, c.Articles[y].ID) })
	lx := newLexicon()
	docs := make([]*doc, 0, len(order))
	for _, i := range order {
		docs = append(docs, prepare(&c.Articles[i], lx))
	}
	idf := lx.idf()

	cands := candidates(docs, maxPartners)
	results := make([]Pair, len(cands))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(cands)/16))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			al := newAligner(lx, idf)
			for i := w; i < len(cands); i += workers {
				results[i] = al.align(docs[cands[i].a], docs[cands[i].b])
			}
		}()
	}
	wg.Wait()
	return choose(results, threshold, maxPartners)
}

// choose keeps the pairs with a passage at or above the threshold that one
// of their articles counts among its best maxPartners, sorted by A then B.
func choose(results []Pair, threshold float64, maxPartners int) []Pair {
	var ok []Pair
	for _, p := range results {
		if len(p.Passages) > 0 && p.Similarity >= threshold && p.A < p.B {
			ok = append(ok, p)
		}
	}
	if maxPartners > 0 {
		byArticle := make(map[string][]int)
		for i, p := range ok {
			byArticle[p.A] = append(byArticle[p.A], i)
			byArticle[p.B] = append(byArticle[p.B], i)
		}
		keep := make([]bool, len(ok))
		for _, idx := range byArticle {
			slices.SortFunc(idx, func(x, y int) int {
				if c := cmp.Compare(ok[y].Similarity, ok[x].Similarity); c != 0 {
					return c
				}
				if c := cmp.Compare(ok[x].A, ok[y].A); c != 0 {
					return c
				}
				return cmp.Compare(ok[x].B, ok[y].B)
			})
			for _, i := range idx[:min(len(idx), maxPartners)] {
				keep[i] = true
			}
		}
		kept := ok[:0]
		for i, p := range ok {
			if keep[i] {
				kept = append(kept, p)
			}
		}
		ok = kept
	}
	slices.SortFunc(ok, func(x, y Pair) int {
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		return cmp.Compare(x.B, y.B)
	})
	return ok
}
