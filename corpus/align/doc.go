package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// A token is one word of an article: a run of letters and digits, with
// apostrophes and periods inside it ("don’t", "U.S.") and commas and
// periods between digits ("700,000").
type token struct {
	para       int32  // index into doc.paras
	sent       int32  // index into doc.sents, or -1
	start, end int32  // bytes of the paragraph's text
	hash       uint64 // of the word lower-cased, letters and digits only
}

// A sentence is one sentence of an article with its comparison features.
type sentence struct {
	para        int32 // index into doc.paras
	span        corpus.Span
	first, last int32   // its tokens are doc.toks[first:last]
	stems       []int32 // content stems, sorted, without repeats
	nums        []uint64
}

// A gram is an n-word window of an article, by its hash and first token.
type gram struct {
	hash uint64
	pos  int32
}

// A posting says that a sentence of an article holds a stem.
type posting struct{ stem, sent int32 }

// A doc is an article prepared for comparison.
type doc struct {
	id       string
	paras    []*corpus.Paragraph
	toks     []token
	sents    []sentence
	grams    []gram    // verbatimWords-word windows, sorted by hash then pos
	shingles []uint64  // shingleWords-word windows, sorted, without repeats
	stems    []int32   // stems of all sentences, sorted, without repeats
	post     []posting // sorted by stem then sentence
	sig      []uint64  // MinHash signature of shingles, nil without any
	stemSig  []uint64  // MinHash signature of stems, nil without any
}

// lexicon numbers the content stems of a corpus and counts them.
type lexicon struct {
	ids    map[string]int32
	sentDF []int32 // sentences holding each stem
	capped []int32 // capitalised uses not at a sentence start
	lower  []int32 // lower-case uses
	sents  int     // sentences in the corpus
}

func newLexicon() *lexicon { return &lexicon{ids: make(map[string]int32)} }

func (lx *lexicon) id(s string) int32 {
	if id, ok := lx.ids[s]; ok {
		return id
	}
	id := int32(len(lx.sentDF))
	lx.ids[s] = id
	lx.sentDF = append(lx.sentDF, 0)
	lx.capped = append(lx.capped, 0)
	lx.lower = append(lx.lower, 0)
	return id
}

// compared reports whether a paragraph of kind k takes part in comparison:
// running text, bullets, captions and posts do, headings do not.
func compared(k corpus.Kind) bool {
	switch k {
	case corpus.KindText, corpus.KindBullet, corpus.KindCaption, corpus.KindPost:
		return true
	}
	return false
}

// prepare tokenises an article and records its stems in lx.
func prepare(a *corpus.Article, lx *lexicon) *doc {
	d := &doc{id: a.ID}
	var word []byte
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		if !compared(p.Kind) && p.ID != a.Standfirst {
			continue
		}
		para := int32(len(d.paras))
		d.paras = append(d.paras, p)
		spans := validSpans(p)
		si := 0
		for _, w := range words(p.Text) {
			for si < len(spans) && spans[si].End <= w.start {
				si++
			}
			sent := int32(-1)
			if si < len(spans) && spans[si].Start <= w.start && w.end <= spans[si].End {
				sent = d.sentence(para, spans[si], len(d.toks))
			}
			word = normal(word[:0], p.Text[w.start:w.end])
			d.toks = append(d.toks, token{para: para, sent: sent, start: int32(w.start), end: int32(w.end), hash: hashBytes(word)})
			if sent >= 0 {
				d.addFeatures(sent, p.Text[w.start:w.end], string(word), lx)
			}
		}
	}
	for i := range d.sents {
		s := &d.sents[i]
		slices.Sort(s.stems)
		s.stems = slices.Compact(s.stems)
		slices.Sort(s.nums)
		s.nums = slices.Compact(s.nums)
		for _, st := range s.stems {
			lx.sentDF[st]++
			d.post = append(d.post, posting{st, int32(i)})
			d.stems = append(d.stems, st)
		}
		lx.sents++
	}
	slices.SortFunc(d.post, func(x, y posting) int {
		if x.stem != y.stem {
			return int(x.stem) - int(y.stem)
		}
		return int(x.sent) - int(y.sent)
	})
	slices.Sort(d.stems)
	d.stems = slices.Compact(d.stems)
	d.grams = windows(d.toks, verbatimWords)
	slices.SortFunc(d.grams, func(x, y gram) int {
		if x.hash != y.hash {
			if x.hash < y.hash {
				return -1
			}
			return 1
		}
		return int(x.pos) - int(y.pos)
	})
	sh := windows(d.toks, shingleWords)
	d.shingles = make([]uint64, len(sh))
	for i, g := range sh {
		d.shingles[i] = g.hash
	}
	slices.Sort(d.shingles)
	d.shingles = slices.Compact(d.shingles)
	d.sig = signature(d.shingles)
	stems := make([]uint64, len(d.stems))
	for i, s := range d.stems {
		stems[i] = uint64(s)
	}
	d.stemSig = signature(stems)
	return d
}

// validSpans returns the sentences of p that are in bounds, not empty and
// in order; others are ignored (their words take part in verbatim
// passages only).
func validSpans(p *corpus.Paragraph) []corpus.Span {
	out := make([]corpus.Span, 0, len(p.Sentences))
	last := 0
	for _, s := range p.Sentences {
		if s.Start >= last && s.Start < s.End && s.End <= len(p.Text) {
			out = append(out, s)
			last = s.End
		}
	}
	return out
}

// sentence returns the index of the sentence sp of paragraph para, adding
// it when tok is its first token.
func (d *doc) sentence(para int32, sp corpus.Span, tok int) int32 {
	if n := len(d.sents); n > 0 && d.sents[n-1].para == para && d.sents[n-1].span == sp {
		d.sents[n-1].last = int32(tok + 1)
		return int32(n - 1)
	}
	d.sents = append(d.sents, sentence{para: para, span: sp, first: int32(tok), last: int32(tok + 1)})
	return int32(len(d.sents) - 1)
}

// addFeatures adds the content stem or number of one word (raw as written,
// norm normalised) to sentence si.
func (d *doc) addFeatures(si int32, raw, norm string, lx *lexicon) {
	s := &d.sents[si]
	r, _ := utf8.DecodeRuneInString(raw)
	if unicode.IsDigit(r) {
		s.nums = append(s.nums, hashString(norm))
		return
	}
	acronym := len(raw) >= 2 && (strings.Contains(raw, ".") || strings.ToUpper(raw) == raw)
	base := strings.ToLower(raw)
	for _, pos := range []string{"'s", "’s", "ʼs"} {
		base = strings.TrimSuffix(base, pos)
	}
	base = string(normal(nil, base))
	if base == "" || !acronym && (stopWords[base] || utf8.RuneCountInString(base) < 2) {
		return
	}
	st := stem(base)
	if c, ok := synonyms[st]; ok {
		st = c
	}
	id := lx.id(st)
	s.stems = append(s.stems, id)
	switch {
	case len(d.toks)-1 == int(s.first):
		// a sentence's first word says nothing about case
	case unicode.IsUpper(r):
		lx.capped[id]++
	default:
		lx.lower[id]++
	}
}

// wordSpan is a word of a text: the bytes [start, end).
type wordSpan struct{ start, end int }

// words splits text into words. A word is a run of letters and digits;
// an apostrophe joins letters ("don’t"), a period joins single letters
// and letters ("U.S."), and a comma or period joins digits ("3,500").
func words(text string) []wordSpan {
	var out []wordSpan
	start := -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 && joiner(text, start, i, r, n) {
			i += n
			continue
		}
		if start >= 0 {
			out = append(out, wordSpan{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, wordSpan{start, len(text)})
	}
	return out
}

// joiner reports whether the rune r of n bytes at i, inside the word that
// began at start, joins it to the rune after.
func joiner(text string, start, i int, r rune, n int) bool {
	if i+n >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	switch r {
	case '\'', '’', 'ʼ':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		// U.S., e.g.: single letters separated by periods
		if !unicode.IsLetter(prev) || !unicode.IsLetter(next) {
			return false
		}
		before := i - start
		after := 0
		for _, c := range text[i+n:] {
			if !unicode.IsLetter(c) {
				break
			}
			after++
		}
		return before <= 2 && after == 1
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// normal appends the letters and digits of w, lower-cased, to buf.
func normal(buf []byte, w string) []byte {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// windows returns the hash of every run of n consecutive tokens.
func windows(toks []token, n int) []gram {
	if len(toks) < n {
		return nil
	}
	out := make([]gram, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		h := uint64(n)
		for _, t := range toks[i : i+n] {
			h = mix(h ^ t.hash)
		}
		out = append(out, gram{h, int32(i)})
	}
	return out
}

// hashBytes is 64-bit FNV-1a.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is the finaliser of SplitMix64.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
