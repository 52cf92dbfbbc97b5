// Package search finds quotes in the processed corpus for a query typed by
// a user. It runs in the browser, on every keystroke.
//
// Ranking puts whole-word and phrase matches in the quote's words first.
// The word being typed (the query's last, from three letters) matches as a
// prefix, and a word
// of four letters or more also matches longer words it starts ("reject"
// finds "rejected") at a lower score. Typos are forgiven in speaker names
// only — with sahilm/fuzzy for left-out letters and an edit distance for
// wrong ones — never by scattering letters across a long quote, where
// they would match almost anything.
package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"parallax/corpus"
)

// Index is a search index over a corpus's quotes, built once. Search
// reuses scratch space between calls, so an Index is for one goroutine
// at a time (the browser app's UI goroutine).
type Index struct {
	c        *corpus.Corpus
	tokens   [][]token          // per quote, its words in order
	postings map[string][]int32 // word → quotes holding it, ascending
	vocab    []string           // distinct words, sorted, for prefix look-up
	speakers []string           // distinct speakers
	spoken   map[string][]int32 // speaker → quotes, ascending

	// Scratch space of Search, one entry per quote, all zero between calls.
	scores []int32
	found  []int16 // query words each quote holds
	stamp  []int16 // last query word counted for each quote, plus one
}

// token is a folded word of a quote and where it is in the quote's Text.
type token struct {
	word       string
	start, end int
}

// New indexes the quotes of c.
func New(c *corpus.Corpus) *Index {
	ix := &Index{
		c:        c,
		tokens:   make([][]token, len(c.Quotes)),
		postings: make(map[string][]int32),
		spoken:   make(map[string][]int32),
	}
	for i := range c.Quotes {
		q := &c.Quotes[i]
		ix.tokens[i] = tokenize(q.Text)
		for _, t := range ix.tokens[i] {
			p := ix.postings[t.word]
			if len(p) == 0 || p[len(p)-1] != int32(i) {
				ix.postings[t.word] = append(p, int32(i))
			}
		}
		if sp := string(q.Speaker); sp != "" {
			if ix.spoken[sp] == nil {
				ix.speakers = append(ix.speakers, sp)
			}
			ix.spoken[sp] = append(ix.spoken[sp], int32(i))
		}
	}
	ix.vocab = make([]string, 0, len(ix.postings))
	for w := range ix.postings {
		ix.vocab = append(ix.vocab, w)
	}
	sort.Strings(ix.vocab)
	sort.Strings(ix.speakers)
	return ix
}

// Speakers returns the distinct speakers, sorted.
func (ix *Index) Speakers() []string { return ix.speakers }

// Query is what a user asked for.
type Query struct {
	Text string
	// Speaker and Article, when set, keep only quotes by that speaker
	// (canonical name) or in that article (id).
	Speaker, Article string
	// ByCluster keeps only the best quote of each cluster.
	ByCluster bool
}

// Hit is one quote found.
type Hit struct {
	// Quote is the index of the quote in the corpus's Quotes.
	Quote int
	Score int
	// Marks are the byte ranges of the quote's Text that matched, sorted.
	Marks []corpus.Span
	// BySpeaker is set when the quote was found by its speaker's name.
	BySpeaker bool
}

// Scores of the parts of a match.
const (
	scorePhrase  = 1000 // all query words in order, side by side
	scoreWord    = 100  // a query word equal to a word of the quote
	scorePrefix  = 60   // a query word that starts a word of the quote
	scoreSpeaker = 150  // the query names the speaker
	scoreAll     = 300  // every query word found
)

// Search returns the quotes matching q, best first, at most limit (0: no
// limit). With no query text it returns every quote that passes the
// filters, in corpus order.
func (ix *Index) Search(q Query, limit int) []Hit {
	words := tokenize(q.Text)
	keep := func(i int32) bool {
		qt := &ix.c.Quotes[i]
		return (q.Speaker == "" || string(qt.Speaker) == q.Speaker) && (q.Article == "" || qt.Article == q.Article)
	}
	var hits []Hit
	if len(words) == 0 {
		seen := make(map[string]bool)
		for i := range ix.c.Quotes {
			if cl := ix.c.Quotes[i].Cluster; keep(int32(i)) && !(q.ByCluster && seen[cl]) {
				seen[cl] = true
				hits = append(hits, Hit{Quote: i})
			}
		}
		return clip(hits, limit)
	}

	// Each query word's candidate words in the vocabulary.
	type cand struct {
		exact    string
		prefixed []string
	}
	cands := make([]cand, len(words))
	for k, w := range words {
		cands[k].exact = w.word
		if n := utf8.RuneCountInString(w.word); n >= 4 || k == len(words)-1 && n >= minTyped {
			cands[k].prefixed = ix.prefixed(w.word)
		}
	}
	// Scores and counts live in slices the size of the corpus; touched
	// lists the quotes that got any, so that nothing else is visited.
	if len(ix.scores) != len(ix.c.Quotes) {
		ix.scores = make([]int32, len(ix.c.Quotes))
		ix.found = make([]int16, len(ix.c.Quotes))
		ix.stamp = make([]int16, len(ix.c.Quotes))
	}
	scores, found, stamp := ix.scores, ix.found, ix.stamp
	var touched []int32
	defer func() { // leave the scratch space zero for the next call
		for _, i := range touched {
			scores[i], found[i], stamp[i] = 0, 0, 0
		}
	}()
	// A word held by more than an eighth of the quotes ("is", "the") is
	// not worth walking when the query has a rarer word: the quotes that
	// matter are found through the rarer words, and the common word is
	// checked on those alone. This keeps a keystroke's cost tied to the
	// rare words, not to the size of the corpus.
	common := make([]bool, len(cands))
	walked := 0
	for k, c := range cands {
		n := len(ix.postings[c.exact])
		for _, w := range c.prefixed {
			n += len(ix.postings[w])
		}
		common[k] = n > len(ix.c.Quotes)/8+1
		if !common[k] {
			walked++
		}
	}
	if walked == 0 {
		clear(common)
		walked = len(cands)
	}
	for k, c := range cands {
		if common[k] {
			continue
		}
		add := func(word string, s int32) {
			for _, i := range ix.postings[word] {
				if stamp[i] == int16(k+1) || !keep(i) {
					continue
				}
				if scores[i] == 0 && found[i] == 0 {
					touched = append(touched, i)
				}
				stamp[i] = int16(k + 1)
				scores[i] += s
				found[i]++
			}
		}
		add(c.exact, scoreWord)
		for _, w := range c.prefixed {
			add(w, scorePrefix)
		}
	}
	for _, i := range touched {
		if int(found[i]) != walked {
			continue
		}
		all := true
		for k, w := range words {
			if common[k] {
				s := ix.holds(i, w.word, k == len(words)-1)
				scores[i] += s
				all = all && s > 0
			}
		}
		if all {
			scores[i] += scoreAll
			if ix.phrase(i, words) {
				scores[i] += scorePhrase
			}
		}
	}
	bySpeaker := make(map[int32]bool)
	for _, sp := range ix.matchSpeakers(q.Text) {
		for _, i := range ix.spoken[sp] {
			if keep(i) {
				if scores[i] == 0 && found[i] == 0 {
					touched = append(touched, i)
				}
				scores[i] += scoreSpeaker
				bySpeaker[i] = true
			}
		}
	}

	hits = make([]Hit, 0, len(touched))
	best := make(map[string]int) // cluster → index in hits, with ByCluster
	for _, i := range touched {
		h := Hit{Quote: int(i), Score: int(scores[i]), BySpeaker: bySpeaker[i]}
		if !q.ByCluster {
			hits = append(hits, h)
			continue
		}
		cl := ix.c.Quotes[i].Cluster
		if k, ok := best[cl]; !ok {
			best[cl] = len(hits)
			hits = append(hits, h)
		} else if h.Score > hits[k].Score || h.Score == hits[k].Score && h.Quote < hits[k].Quote {
			hits[k] = h
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].Score != hits[b].Score {
			return hits[a].Score > hits[b].Score
		}
		return hits[a].Quote < hits[b].Quote
	})
	hits = clip(hits, limit)
	for k := range hits {
		hits[k].Marks = ix.marks(int32(hits[k].Quote), words)
	}
	return hits
}

func clip(h []Hit, limit int) []Hit {
	if limit > 0 && len(h) > limit {
		return h[:limit]
	}
	return h
}

// prefixed returns the vocabulary words longer than w that start with it.
func (ix *Index) prefixed(w string) []string {
	i := sort.SearchStrings(ix.vocab, w)
	var out []string
	for ; i < len(ix.vocab) && strings.HasPrefix(ix.vocab[i], w); i++ {
		if ix.vocab[i] != w {
			out = append(out, ix.vocab[i])
		}
	}
	return out
}

// holds returns the score quote i earns for query word w: scoreWord if
// one of its words equals w, scorePrefix if one starts with it (where
// prefixes are allowed), else 0.
func (ix *Index) holds(i int32, w string, last bool) int32 {
	var best int32
	for _, t := range ix.tokens[i] {
		if t.word == w {
			return scoreWord
		}
		if matches(t.word, w, last) {
			best = scorePrefix
		}
	}
	return best
}

// matches reports whether quote word w answers query word q: equal, or
// starting with q where prefixes are allowed (last query word, or four
// letters or more).
func matches(w, q string, last bool) bool {
	if w == q {
		return true
	}
	n := utf8.RuneCountInString(q)
	return (n >= 4 || last && n >= minTyped) && strings.HasPrefix(w, q)
}

// minTyped is the shortest word being typed that also matches longer
// words: one or two letters start too many words to mean anything, and
// would make the first keystrokes the slowest.
const minTyped = 3

// phrase reports whether quote i holds the query words side by side.
func (ix *Index) phrase(i int32, words []token) bool {
	toks := ix.tokens[i]
	for s := 0; s+len(words) <= len(toks); s++ {
		ok := true
		for k, w := range words {
			if !matches(toks[s+k].word, w.word, k == len(words)-1) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// marks returns the byte ranges of quote i's words that match the query.
func (ix *Index) marks(i int32, words []token) []corpus.Span {
	var out []corpus.Span
	for _, t := range ix.tokens[i] {
		for k, w := range words {
			if matches(t.word, w.word, k == len(words)-1) {
				out = append(out, corpus.Span{Start: t.start, End: t.end})
				break
			}
		}
	}
	return out
}

// matchSpeakers returns the speakers the query names, forgiving typos:
// sahilm/fuzzy for letters left out (its match must stay compact, so that
// scattered letters do not count), or one wrong letter in five (two from
// eight letters on) in a word of the name.
func (ix *Index) matchSpeakers(text string) []string {
	q := strings.ToLower(strings.TrimSpace(text))
	if utf8.RuneCountInString(q) < 3 {
		return nil
	}
	var out []string
	seen := make(map[string]bool)
	for _, m := range fuzzy.Find(q, ix.speakers) {
		idx := m.MatchedIndexes
		if len(idx) > 0 && idx[len(idx)-1]-idx[0] < len(q)+len(q)/4 {
			out = append(out, m.Str)
			seen[m.Str] = true
		}
	}
	qwords := strings.Fields(q)
	for _, sp := range ix.speakers {
		if seen[sp] {
			continue
		}
		for _, nw := range strings.Fields(strings.ToLower(sp)) {
			if anyClose(qwords, nw) {
				out = append(out, sp)
				break
			}
		}
	}
	return out
}

func anyClose(qwords []string, nameWord string) bool {
	for _, w := range qwords {
		n := utf8.RuneCountInString(w)
		if n < 5 {
			continue
		}
		allowed := 1
		if n >= 8 {
			allowed = 2
		}
		if distance(w, nameWord, allowed) <= allowed {
			return true
		}
	}
	return false
}

// distance is the optimal-string-alignment edit distance between a and b
// (insertions, deletions, substitutions, swaps of neighbours), or more
// than limit once it exceeds it.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// tokenize splits s into lower-case words of letters and digits, with
// apostrophes inside words kept (curly ones made straight), and records
// where each is in s. The words share one string.
func tokenize(s string) []token {
	var folded strings.Builder
	folded.Grow(len(s))
	type mark struct{ fs, fe, start, end int }
	var marks []mark
	cur := mark{fs: -1}
	flush := func(end int) {
		if cur.fs >= 0 {
			cur.fe, cur.end = folded.Len(), end
			marks = append(marks, cur)
			cur = mark{fs: -1}
		}
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most of the text
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
				if cur.fs < 0 {
					cur.fs, cur.start = folded.Len(), i
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				folded.WriteByte(c)
			case c == '\'' && cur.fs >= 0:
				folded.WriteByte('\'')
			default:
				flush(i)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if cur.fs < 0 {
				cur.fs, cur.start = folded.Len(), i
			}
			folded.WriteRune(unicode.ToLower(r))
		case r == '’' && cur.fs >= 0:
			folded.WriteByte('\'')
		default:
			flush(i)
		}
		i += n
	}
	flush(len(s))
	f := folded.String()
	out := make([]token, 0, len(marks))
	for _, m := range marks {
		w := f[m.fs:m.fe]
		trimmed := strings.TrimRight(w, "'")
		end := m.end - (len(w) - len(trimmed)) // a trailing apostrophe is one byte folded, maybe three in s
		if len(w) != len(trimmed) {
			end = m.start + strings.LastIndexFunc(s[m.start:m.end], func(r rune) bool { return r != '\'' && r != '’' }) + 1
		}
		if trimmed != "" {
			out = append(out, token{word: trimmed, start: m.start, end: end})
		}
	}
	return out
}
