package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// magic starts every binary-encoded corpus.
const magic = "PRLX"

// Encode returns the compact binary form of c, the form embedded in the
// browser app. It is deterministic: equal corpora give equal bytes.
//
// The layout is the magic "PRLX", FormatVersion as a uvarint, then the
// fields of the model in declaration order: integers as uvarints, strings
// as a uvarint length and the bytes, slices as a uvarint count and the
// elements, a Span as its start and length.
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
			} else {
				e.uint(0)
			}
			e.str(p.Posted)
			e.strs(p.Links)
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
	}
	e.uint(uint64(len(c.Quotes)))
	for _, q := range c.Quotes {
		e.str(q.ID)
		e.str(q.Article)
		e.uint(uint64(len(q.Spans)))
		for _, sp := range q.Spans {
			e.str(sp.Paragraph)
			e.int(sp.Start)
			e.int(sp.End - sp.Start)
		}
		e.str(q.Text)
		e.str(string(q.Speaker))
		e.str(string(q.SpeakerEntity))
		e.str(string(q.Kind))
		e.str(q.Cluster)
	}
	e.uint(uint64(len(c.Warnings)))
	for _, w := range c.Warnings {
		e.str(w.File)
		e.int(w.Line)
		e.str(w.Message)
	}
	return e.buf
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
				p.Author = &Author{Name: d.str(), Handle: d.str()}
			}
			p.Posted = d.str()
			p.Links = d.strs()
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
	}
	c.Quotes = make([]Quote, d.count(8))
	for i := range c.Quotes {
		q := &c.Quotes[i]
		q.ID = d.str()
		q.Article = d.str()
		q.Spans = make([]QuoteSpan, d.count(3))
		for j := range q.Spans {
			sp := &q.Spans[j]
			sp.Paragraph = d.str()
			sp.Start = d.int()
			sp.End = sp.Start + d.int()
		}
		if len(q.Spans) > 0 {
			q.Paragraph, q.Start, q.End = q.Spans[0].Paragraph, q.Spans[0].Start, q.Spans[0].End
		}
		q.Text = d.str()
		q.Speaker = Name(d.str())
		q.SpeakerEntity = Name(d.str())
		q.Kind = QuoteKind(d.str())
		q.Cluster = d.str()
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

type encoder struct{ buf []byte }

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
