package corpus

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Check verifies the invariants every processed corpus holds: articles
// sorted by unique ids free of dots and slashes, paragraph ids unique within
// their article and safe as URL fragments, known kinds, and text that is
// valid UTF-8, non-empty and on one line. It returns every problem found.
func Check(c *Corpus) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(format, args...))
	}
	if c.Version != FormatVersion {
		bad("version %d, want %d", c.Version, FormatVersion)
	}
	for i, a := range c.Articles {
		if i > 0 && c.Articles[i-1].ID >= a.ID {
			bad("article %q: not sorted after %q", a.ID, c.Articles[i-1].ID)
		}
		if !IsID(a.ID) {
			bad("article %q: id is not made of letters, digits, '-' and '_'", a.ID)
		}
		if a.Title == "" || !utf8.ValidString(a.Title) || strings.ContainsAny(a.Title, "\n\r") {
			bad("article %q: bad title %q", a.ID, a.Title)
		}
		if a.Repairs == nil || a.Dropped == nil {
			bad("article %q: nil repairs or dropped (want empty lists)", a.ID)
		}
		seen := make(map[string]bool, len(a.Paragraphs))
		for _, p := range a.Paragraphs {
			if !IsID(p.ID) || seen[p.ID] {
				bad("article %q: paragraph id %q is invalid or repeated", a.ID, p.ID)
			}
			seen[p.ID] = true
			switch p.Kind {
			case KindText, KindHeading, KindBullet, KindCaption, KindPost:
			default:
				bad("article %q paragraph %s: unknown kind %q", a.ID, p.ID, p.Kind)
			}
			if strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) || strings.ContainsAny(p.Text, "\n\r") {
				bad("article %q paragraph %s: text is empty, invalid UTF-8 or spans lines", a.ID, p.ID)
			}
			if p.Line < 1 {
				bad("article %q paragraph %s: line %d", a.ID, p.ID, p.Line)
			}
			if (p.Kind == KindPost) != (p.Author != nil) || (p.Kind == KindPost) != (p.Signature != "") || p.Kind != KindPost && (p.Posted != "" || len(p.Links) > 0) {
				bad("article %q paragraph %s: post fields on a %s paragraph, or a post without author or signature", a.ID, p.ID, p.Kind)
			}
			if err := checkSpans(p.Text, p.Sentences); err != "" {
				bad("article %q paragraph %s: sentences: %s", a.ID, p.ID, err)
			}
		}
		if a.Standfirst != "" && !seen[a.Standfirst] {
			bad("article %q: standfirst %q is not one of its paragraphs", a.ID, a.Standfirst)
		}
		if a.Loaded == nil {
			bad("article %q: nil loaded (want an empty list)", a.ID)
		}
		for _, l := range a.Loaded {
			if msg := checkText(&a, l.Paragraph, l.Start, l.End, l.Text); msg != "" {
				bad("article %q: loaded word %q: %s", a.ID, l.Text, msg)
			}
		}
		for _, r := range a.Repairs {
			if r.Paragraph != "" && !seen[r.Paragraph] {
				bad("article %q: repair at line %d names unknown paragraph %q", a.ID, r.Line, r.Paragraph)
			}
		}
	}
	checkQuotes(c, bad)
	checkEntities(c, bad)
	checkPairs(c, bad)
	return errs
}

// checkQuotes verifies that each quote has a unique id, names an article
// and paragraphs that exist, has spans inside those paragraphs, a first
// span equal to Paragraph/Start/End, text equal to its spans joined by
// spaces, and a known kind and a cluster.
func checkQuotes(c *Corpus, bad func(string, ...any)) {
	ids := make(map[string]bool, len(c.Quotes))
	for _, q := range c.Quotes {
		if !IsID(q.ID) || ids[q.ID] {
			bad("quote %q: id invalid or repeated", q.ID)
		}
		ids[q.ID] = true
		a := c.Article(q.Article)
		if a == nil {
			bad("quote %s: unknown article %q", q.ID, q.Article)
			continue
		}
		switch q.Kind {
		case QuoteStatement, QuoteTerm, QuotePost:
		default:
			bad("quote %s: unknown kind %q", q.ID, q.Kind)
		}
		if q.Cluster == "" || len(q.Spans) == 0 {
			bad("quote %s: no cluster or no spans", q.ID)
			continue
		}
		if s := q.Spans[0]; s.Paragraph != q.Paragraph || s.Start != q.Start || s.End != q.End {
			bad("quote %s: first span differs from paragraph/start/end", q.ID)
		}
		var parts []string
		for _, s := range q.Spans {
			p := a.paragraph(s.Paragraph)
			if p == nil {
				bad("quote %s: unknown paragraph %q", q.ID, s.Paragraph)
				continue
			}
			if msg := checkSpans(p.Text, []Span{{Start: s.Start, End: s.End}}); msg != "" {
				bad("quote %s: %s", q.ID, msg)
				continue
			}
			parts = append(parts, p.Text[s.Start:s.End])
		}
		if got := strings.Join(parts, " "); got != q.Text && len(parts) == len(q.Spans) {
			bad("quote %s: text %q is not its spans joined (%q)", q.ID, q.Text, got)
		}
	}
}

// checkEntities verifies that entities have unique ids without dots, a
// known type, are sorted by type and name, list exactly the articles their
// mentions are in, and that every mention and descriptor is a span of the
// text it names.
func checkEntities(c *Corpus, bad func(string, ...any)) {
	ids := make(map[string]bool, len(c.Entities))
	for i, e := range c.Entities {
		if !IsID(e.ID) || ids[e.ID] {
			bad("entity %q: id invalid or repeated", e.ID)
		}
		ids[e.ID] = true
		switch e.Type {
		case EntityPerson, EntityOrg, EntityPlace, EntityDate:
		default:
			bad("entity %s: unknown type %q", e.ID, e.Type)
		}
		if e.Name == "" || e.Aliases == nil || e.Articles == nil || e.Mentions == nil || e.Descriptors == nil {
			bad("entity %s: empty name or nil list", e.ID)
		}
		if i > 0 {
			if p := c.Entities[i-1]; p.Type > e.Type || p.Type == e.Type && p.Name > e.Name {
				bad("entity %s: not sorted after %s", e.ID, p.ID)
			}
		}
		arts := make(map[string]bool)
		for _, m := range e.Mentions {
			arts[m.Article] = true
			if msg := checkText(c.Article(m.Article), m.Paragraph, m.Start, m.End, m.Text); msg != "" || m.Paragraph == "" {
				bad("entity %s: mention %q in %s/%s: %s", e.ID, m.Text, m.Article, m.Paragraph, msg)
			}
		}
		if len(arts) != len(e.Articles) {
			bad("entity %s: lists %d articles, mentioned in %d", e.ID, len(e.Articles), len(arts))
		}
		for j, a := range e.Articles {
			if !arts[a] || j > 0 && e.Articles[j-1] >= a {
				bad("entity %s: articles not sorted or not mentioned: %q", e.ID, a)
			}
		}
		for _, d := range e.Descriptors {
			if msg := checkText(c.Article(d.Article), d.Paragraph, d.Start, d.End, d.Text); msg != "" || d.Paragraph == "" {
				bad("entity %s: descriptor %q in %s/%s: %s", e.ID, d.Text, d.Article, d.Paragraph, msg)
			}
		}
	}
	for _, q := range c.Quotes {
		if q.SpeakerEntity != "" && !ids[string(q.SpeakerEntity)] {
			bad("quote %s: unknown speaker entity %q", q.ID, q.SpeakerEntity)
		}
	}
}

// checkPairs verifies that pairs name two different known articles in
// order, are sorted and unique, have a similarity in [0, 1], and passages
// that are spans of the texts they name.
func checkPairs(c *Corpus, bad func(string, ...any)) {
	for i, p := range c.Pairs {
		a, b := c.Article(p.A), c.Article(p.B)
		if a == nil || b == nil || p.A >= p.B {
			bad("pair %s/%s: unknown articles or not in order", p.A, p.B)
			continue
		}
		if i > 0 {
			if q := c.Pairs[i-1]; q.A > p.A || q.A == p.A && q.B >= p.B {
				bad("pair %s/%s: not sorted after %s/%s", p.A, p.B, q.A, q.B)
			}
		}
		if p.Similarity < 0 || p.Similarity > 1 || p.Passages == nil {
			bad("pair %s/%s: similarity %v or nil passages", p.A, p.B, p.Similarity)
		}
		for _, ps := range p.Passages {
			switch ps.Kind {
			case PassageVerbatim, PassageParaphrase:
			default:
				bad("pair %s/%s: unknown passage kind %q", p.A, p.B, ps.Kind)
			}
			if ps.Score <= 0 || ps.Score > 1 {
				bad("pair %s/%s: passage score %v", p.A, p.B, ps.Score)
			}
			if msg := checkText(a, ps.AParagraph, ps.AStart, ps.AEnd, ps.AText); msg != "" || ps.AParagraph == "" {
				bad("pair %s/%s: passage in %s: %s", p.A, p.B, ps.AParagraph, msg)
			}
			if msg := checkText(b, ps.BParagraph, ps.BStart, ps.BEnd, ps.BText); msg != "" || ps.BParagraph == "" {
				bad("pair %s/%s: passage in %s: %s", p.A, p.B, ps.BParagraph, msg)
			}
		}
	}
}

// checkText verifies that text is the non-empty span [start, end) of the
// text of article a's paragraph id, or of its title when id is "".
func checkText(a *Article, id string, start, end int, text string) string {
	if a == nil {
		return "unknown article"
	}
	s := a.Title
	if id != "" {
		p := a.paragraph(id)
		if p == nil {
			return "unknown paragraph " + id
		}
		s = p.Text
	}
	if msg := checkSpans(s, []Span{{Start: start, End: end}}); msg != "" {
		return msg
	}
	if s[start:end] != text {
		return fmt.Sprintf("text %q differs from the span's %q", text, s[start:end])
	}
	return ""
}

func (a *Article) paragraph(id string) *Paragraph {
	for i := range a.Paragraphs {
		if a.Paragraphs[i].ID == id {
			return &a.Paragraphs[i]
		}
	}
	return nil
}

// checkSpans verifies that spans are non-empty, in order, do not overlap,
// lie inside text and start and end on UTF-8 boundaries.
func checkSpans(text string, spans []Span) string {
	prev := 0
	for i, sp := range spans {
		switch {
		case sp.Start < prev || sp.End <= sp.Start || sp.End > len(text):
			return fmt.Sprintf("span %d [%d,%d) out of order, empty or out of bounds (text has %d bytes)", i, sp.Start, sp.End, len(text))
		case !boundary(text, sp.Start) || !boundary(text, sp.End):
			return fmt.Sprintf("span %d [%d,%d) splits a UTF-8 sequence", i, sp.Start, sp.End)
		}
		prev = sp.End
	}
	return ""
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// IsID reports whether s is a valid article or paragraph id: non-empty,
// made only of ASCII letters, digits, '-' and '_'. Such ids need no
// escaping in URLs, HTML ids or file names on a static host.
func IsID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
