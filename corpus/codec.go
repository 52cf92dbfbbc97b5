package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// magic starts every binary-encoded corpus.
const magic = "PRLX"

// Encode returns the compact binary form of c, the form embedded in the
// browser app. It is deterministic: equal corpora give equal bytes.
//
// The layout is the magic "PRLX", FormatVersion as a uvarint, then the
// fields of the model in declaration order: integers as uvarints, strings
// as a uvarint length and the bytes, slices as a uvarint count and the
// elements, a span as its start and length. Quotes, entities, pairs and
// loaded words refer to articles and paragraphs by number (from 1) rather
// than by id, and leave out texts that are spans of the paragraphs (a
// quote's text when it is its spans joined, mentions, passages): Decode
// restores them from the articles, without copying.
func Encode(c *Corpus) []byte {
	e := encoder{buf: make([]byte, 0, 1<<16)}
	e.buf = append(e.buf, magic...)
	e.uint(FormatVersion)
	e.uint(uint64(len(c.Articles)))
	for i := range c.Articles {
		a := &c.Articles[i]
		e.str(a.ID)
		e.str(a.File)
		e.str(a.Title)
		e.str(a.Byline)
		e.str(a.Standfirst)
		e.uint(uint64(len(a.Paragraphs)))
		for _, p := range a.Paragraphs {
			e.str(p.ID)
			e.str(string(p.Kind))
			e.str(p.Text)
			e.int(p.Line)
			e.uint(uint64(len(p.Sentences)))
			for _, sp := range p.Sentences {
				e.int(sp.Start)
				e.int(sp.End - sp.Start)
			}
			if p.Author != nil {
				e.uint(1)
				e.str(p.Author.Name)
				e.str(p.Author.Handle)
				e.str(p.Author.Platform)
			} else {
				e.uint(0)
			}
			e.str(p.Posted)
			e.strs(p.Links)
			e.str(p.Signature)
		}
		e.uint(uint64(len(a.Repairs)))
		for _, r := range a.Repairs {
			e.str(r.Paragraph)
			e.int(r.Line)
			e.str(r.Before)
			e.str(r.After)
			e.str(r.Reason)
		}
		e.uint(uint64(len(a.Dropped)))
		for _, d := range a.Dropped {
			e.int(d.Line)
			e.str(d.Text)
			e.str(d.Reason)
		}
		e.uint(uint64(len(a.Loaded)))
		for _, l := range a.Loaded {
			e.paragraph(a, l.Paragraph)
			e.int(l.Start)
			e.int(l.End - l.Start)
			e.str(l.Category)
		}
	}
	e.uint(uint64(len(c.Quotes)))
	for _, q := range c.Quotes {
		e.str(q.ID)
		a := e.article(c, q.Article)
		e.uint(uint64(len(q.Spans)))
		parts := make([]string, 0, len(q.Spans))
		for _, sp := range q.Spans {
			e.paragraph(a, sp.Paragraph)
			e.int(sp.Start)
			e.int(sp.End - sp.Start)
			if a != nil {
				if p := a.paragraph(sp.Paragraph); p != nil && sp.Start <= sp.End && sp.End <= len(p.Text) {
					parts = append(parts, p.Text[sp.Start:sp.End])
				}
			}
		}
		// The text is left out when it is the spans joined, as it should be.
		if len(parts) == len(q.Spans) && strings.Join(parts, " ") == q.Text {
			e.uint(0)
		} else {
			e.uint(1)
			e.str(q.Text)
		}
		e.str(string(q.Speaker))
		e.str(string(q.SpeakerEntity))
		e.str(string(q.Kind))
		e.str(q.Cluster)
	}
	e.uint(uint64(len(c.Entities)))
	for i := range c.Entities {
		en := &c.Entities[i]
		e.str(en.ID)
		e.str(en.Name)
		e.str(string(en.Type))
		e.strs(en.Aliases)
		e.strs(en.Articles)
		e.uint(uint64(len(en.Mentions)))
		for _, m := range en.Mentions {
			e.place(c, m.Article, m.Paragraph, m.Start, m.End)
		}
		e.uint(uint64(len(en.Descriptors)))
		for _, m := range en.Descriptors {
			e.place(c, m.Article, m.Paragraph, m.Start, m.End)
		}
	}
	e.uint(uint64(len(c.Pairs)))
	for i := range c.Pairs {
		p := &c.Pairs[i]
		a, b := e.article(c, p.A), e.article(c, p.B)
		e.uint(permille(p.Similarity))
		e.uint(uint64(len(p.Passages)))
		for _, ps := range p.Passages {
			e.paragraph(a, ps.AParagraph)
			e.int(ps.AStart)
			e.int(ps.AEnd - ps.AStart)
			e.paragraph(b, ps.BParagraph)
			e.int(ps.BStart)
			e.int(ps.BEnd - ps.BStart)
			switch ps.Kind {
			case PassageVerbatim:
				e.uint(0)
			case PassageParaphrase:
				e.uint(1)
			default:
				e.uint(2)
				e.str(string(ps.Kind))
			}
			e.uint(permille(ps.Score))
		}
	}
	e.uint(uint64(len(c.Warnings)))
	for _, w := range c.Warnings {
		e.str(w.File)
		e.int(w.Line)
		e.str(w.Message)
	}
	return e.buf
}

// permille encodes a score in [0, 1] in thousandths: the precision the
// model promises for similarities and scores.
func permille(f float64) uint64 {
	switch {
	case f <= 0:
		return 0
	case f >= 1:
		return 1000
	}
	return uint64(f*1000 + 0.5)
}

// ErrVersion is returned by Decode for data of another FormatVersion.
var ErrVersion = errors.New("corpus format version mismatch")

// Decode parses the binary form written by Encode. Strings in the result
// share one copy of data, so decoding allocates little beyond the slices.
func Decode(data []byte) (*Corpus, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("decode corpus: not a Parallax corpus (bad magic)")
	}
	d := decoder{s: string(data), off: len(magic)}
	if v := d.uint(); d.err == nil && v != FormatVersion {
		return nil, fmt.Errorf("decode corpus: %w: data has version %d, this program reads %d", ErrVersion, v, FormatVersion)
	}
	c := &Corpus{Version: FormatVersion}
	c.Articles = make([]Article, d.count(3))
	for i := range c.Articles {
		a := &c.Articles[i]
		a.ID = d.str()
		a.File = d.str()
		a.Title = d.str()
		a.Byline = d.str()
		a.Standfirst = d.str()
		a.Paragraphs = make([]Paragraph, d.count(4))
		for j := range a.Paragraphs {
			p := &a.Paragraphs[j]
			p.ID = d.str()
			p.Kind = Kind(d.str())
			p.Text = d.str()
			p.Line = d.int()
			p.Sentences = d.spans(d.count(2))
			for k := range p.Sentences {
				start := d.int()
				p.Sentences[k] = Span{Start: start, End: start + d.int()}
			}
			if d.uint() == 1 {
				p.Author = &Author{Name: d.str(), Handle: d.str(), Platform: d.str()}
			}
			p.Posted = d.str()
			p.Links = d.strs()
			p.Signature = d.str()
		}
		a.Repairs = make([]Repair, d.count(5))
		for j := range a.Repairs {
			r := &a.Repairs[j]
			r.Paragraph = d.str()
			r.Line = d.int()
			r.Before = d.str()
			r.After = d.str()
			r.Reason = d.str()
		}
		a.Dropped = make([]Dropped, d.count(3))
		for j := range a.Dropped {
			dr := &a.Dropped[j]
			dr.Line = d.int()
			dr.Text = d.str()
			dr.Reason = d.str()
		}
		a.Loaded = make([]Loaded, d.count(4))
		for j := range a.Loaded {
			l := &a.Loaded[j]
			var text string
			l.Paragraph, text = d.paragraph(a)
			l.Start, l.End, l.Text = d.span(text)
			l.Category = d.str()
		}
	}
	c.Quotes = make([]Quote, d.count(8))
	for i := range c.Quotes {
		q := &c.Quotes[i]
		q.ID = d.str()
		a := d.article(c)
		q.Article = a.ID
		q.Spans = make([]QuoteSpan, d.count(3))
		parts := make([]string, len(q.Spans))
		for j := range q.Spans {
			sp := &q.Spans[j]
			var text string
			sp.Paragraph, text = d.paragraph(a)
			sp.Start, sp.End, parts[j] = d.span(text)
		}
		if len(q.Spans) > 0 {
			q.Paragraph, q.Start, q.End = q.Spans[0].Paragraph, q.Spans[0].Start, q.Spans[0].End
		}
		if d.uint() == 0 {
			q.Text = strings.Join(parts, " ")
		} else {
			q.Text = d.str()
		}
		q.Speaker = Name(d.str())
		q.SpeakerEntity = Name(d.str())
		q.Kind = QuoteKind(d.str())
		q.Cluster = d.str()
	}
	c.Entities = make([]Entity, d.count(7))
	for i := range c.Entities {
		en := &c.Entities[i]
		en.ID = d.str()
		en.Name = d.str()
		en.Type = EntityType(d.str())
		en.Aliases = nonNil(d.strs())
		en.Articles = nonNil(d.strs())
		en.Mentions = make([]Mention, d.count(4))
		for j := range en.Mentions {
			m := &en.Mentions[j]
			m.Article, m.Paragraph, m.Start, m.End, m.Text = d.place(c)
		}
		en.Descriptors = make([]Descriptor, d.count(4))
		for j := range en.Descriptors {
			m := &en.Descriptors[j]
			m.Article, m.Paragraph, m.Start, m.End, m.Text = d.place(c)
		}
	}
	c.Pairs = make([]Pair, d.count(5))
	for i := range c.Pairs {
		p := &c.Pairs[i]
		a, b := d.article(c), d.article(c)
		p.A, p.B = a.ID, b.ID
		p.Similarity = float64(d.uint()) / 1000
		p.Passages = make([]Passage, d.count(8))
		for j := range p.Passages {
			ps := &p.Passages[j]
			var text string
			ps.AParagraph, text = d.paragraph(a)
			ps.AStart, ps.AEnd, ps.AText = d.span(text)
			ps.BParagraph, text = d.paragraph(b)
			ps.BStart, ps.BEnd, ps.BText = d.span(text)
			switch d.uint() {
			case 0:
				ps.Kind = PassageVerbatim
			case 1:
				ps.Kind = PassageParaphrase
			default:
				ps.Kind = PassageKind(d.str())
			}
			ps.Score = float64(d.uint()) / 1000
		}
	}
	c.Warnings = make([]Warning, d.count(3))
	for i := range c.Warnings {
		w := &c.Warnings[i]
		w.File = d.str()
		w.Line = d.int()
		w.Message = d.str()
	}
	if d.err == nil && d.off != len(d.s) {
		d.fail("%d bytes of trailing data", len(d.s)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	return c, nil
}

type encoder struct {
	buf []byte
	// articles and paragraphs number the articles and each article's
	// paragraphs from 1, for references to them; built on first use.
	articles   map[string]int
	paragraphs map[*Article]map[string]int
}

// article writes a reference to the article of c with the given id: its
// number from 1, or 0 and the id for an article c does not hold. It
// returns the article, or nil.
func (e *encoder) article(c *Corpus, id string) *Article {
	if e.articles == nil {
		e.articles = make(map[string]int, len(c.Articles))
		for i := range c.Articles {
			e.articles[c.Articles[i].ID] = i + 1
		}
	}
	n, ok := e.articles[id]
	if !ok {
		e.uint(0)
		e.str(id)
		return nil
	}
	e.uint(uint64(n))
	return &c.Articles[n-1]
}

// place writes a span of a paragraph of c: the article, the paragraph,
// the start and the length.
func (e *encoder) place(c *Corpus, article, paragraph string, start, end int) {
	e.paragraph(e.article(c, article), paragraph)
	e.int(start)
	e.int(end - start)
}

// paragraph writes a reference to article a's paragraph id: its number
// from 1, or 0 for the title (id ""). Encode is for corpora that pass
// Check: a paragraph a does not hold is written as the title.
func (e *encoder) paragraph(a *Article, id string) {
	if id == "" || a == nil {
		e.uint(0)
		return
	}
	if e.paragraphs == nil {
		e.paragraphs = make(map[*Article]map[string]int)
	}
	m := e.paragraphs[a]
	if m == nil {
		m = make(map[string]int, len(a.Paragraphs))
		for i := range a.Paragraphs {
			m[a.Paragraphs[i].ID] = i + 1
		}
		e.paragraphs[a] = m
	}
	e.uint(uint64(m[id]))
}

func (e *encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

// int encodes n, which the model only ever holds non-negative.
func (e *encoder) int(n int) {
	if n < 0 {
		n = 0
	}
	e.uint(uint64(n))
}

// strs encodes a string slice; nil and empty both decode to nil.
func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// decoder reads the binary form. The first error sticks: later reads
// return zero values, so callers check err once at the end.
type decoder struct {
	s     string
	off   int
	err   error
	arena []Span // backing store for small span slices
}

// spans returns a slice of n spans cut from a shared backing array, so
// that decoding allocates once per few thousand paragraphs, not once per
// paragraph.
func (d *decoder) spans(n int) []Span {
	if n == 0 {
		return []Span{}
	}
	if n > cap(d.arena)-len(d.arena) {
		d.arena = make([]Span, 0, max(n, 4096))
	}
	start := len(d.arena)
	d.arena = d.arena[:start+n]
	return d.arena[start : start+n : start+n]
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("decode corpus at byte %d: %s", d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	var shift uint
	for i := 0; ; i++ {
		if d.off >= len(d.s) {
			d.fail("unexpected end of data")
			return 0
		}
		b := d.s[d.off]
		d.off++
		if i == binary.MaxVarintLen64-1 && b > 1 {
			d.fail("integer overflows 64 bits")
			return 0
		}
		if b < 0x80 {
			return v | uint64(b)<<shift
		}
		v |= uint64(b&0x7f) << shift
		shift += 7
	}
}

func (d *decoder) int() int {
	v := d.uint()
	if v > 1<<31 {
		d.fail("integer %d out of range", v)
		return 0
	}
	return int(v)
}

// count reads a slice length whose elements take at least minSize bytes
// each, so corrupt data cannot make Decode allocate more than it holds.
func (d *decoder) count(minSize int) int {
	n := d.uint()
	if rest := uint64(len(d.s) - d.off); n > rest/uint64(minSize) {
		d.fail("count %d exceeds the remaining %d bytes", n, rest)
		return 0
	}
	return int(n)
}

// article reads a reference to an article of c, written by
// encoder.article.
func (d *decoder) article(c *Corpus) *Article {
	n := d.uint()
	switch {
	case d.err != nil:
		return &Article{}
	case n == 0:
		if a := c.Article(d.str()); a != nil {
			return a
		}
	case n <= uint64(len(c.Articles)):
		return &c.Articles[n-1]
	}
	d.fail("reference to an unknown article")
	return &Article{}
}

// paragraph reads a reference to one of a's paragraphs, written by
// encoder.paragraph, and returns its id and text ("" and the title for
// the title).
func (d *decoder) paragraph(a *Article) (id, text string) {
	n := d.uint()
	switch {
	case d.err != nil:
		return "", ""
	case n == 0:
		return "", a.Title
	case n <= uint64(len(a.Paragraphs)):
		p := &a.Paragraphs[n-1]
		return p.ID, p.Text
	}
	d.fail("reference to an unknown paragraph of article %q", a.ID)
	return "", ""
}

// place reads a span of one of c's paragraphs, written by encoder.place,
// and returns where it is and its text.
func (d *decoder) place(c *Corpus) (article, paragraph string, start, end int, text string) {
	a := d.article(c)
	paragraph, text = d.paragraph(a)
	start, end, text = d.span(text)
	return a.ID, paragraph, start, end, text
}

// span reads a span of text as its start and length, and returns it with
// its text.
func (d *decoder) span(text string) (start, end int, s string) {
	start = d.int()
	end = start + d.int()
	if d.err == nil && end > len(text) {
		d.fail("span [%d,%d) outside a text of %d bytes", start, end, len(text))
	}
	if d.err != nil {
		return 0, 0, ""
	}
	return start, end, text[start:end]
}

// nonNil returns ss, or an empty slice for nil: lists that JSON writes as
// [] rather than null.
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

func (d *decoder) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.s)-d.off) {
		d.fail("string of %d bytes exceeds the remaining %d", n, len(d.s)-d.off)
		return ""
	}
	s := d.s[d.off : d.off+int(n)]
	d.off += int(n)
	return s
}
