// Package pipeline composes the build-time stages that turn a folder of
// article files into a processed corpus.
package pipeline

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/entity"
	"parallax/corpus/frame"
	"parallax/corpus/ingest"
	"parallax/corpus/quote"
	"parallax/corpus/repair"
	"parallax/corpus/segment"
	"parallax/corpus/structure"
)

// Options configures the pipeline. The zero value is ready to use.
type Options struct {
	Ingest    ingest.Options
	Repair    repair.Options
	Structure structure.Options
	Segment   segment.Options
	Quote     quote.Options
	Entity    entity.Options
	Align     align.Options
}

// ErrNoArticles is returned when no file in the folder could be read.
var ErrNoArticles = errors.New("no article could be read")

// Dir processes every article file below dir. Problems with single files
// become warnings in the corpus; it returns an error only when the folder
// cannot be read or holds no readable article.
func Dir(dir string, opts Options) (*corpus.Corpus, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("read corpus folder: %w", err)
	}
	c, err := FS(os.DirFS(dir), opts)
	if err != nil {
		return c, fmt.Errorf("%s: %w", dir, err)
	}
	return c, nil
}

// FS is Dir for any file system; files are named relative to its root.
func FS(fsys fs.FS, opts Options) (*corpus.Corpus, error) {
	sources, warnings, err := ingest.FS(fsys, opts.Ingest)
	if err != nil {
		return nil, err
	}
	c := Sources(sources, opts)
	c.Warnings = append(append([]corpus.Warning{}, warnings...), c.Warnings...)
	sortWarnings(c.Warnings)
	if len(c.Articles) == 0 {
		return c, fmt.Errorf("%w (%d warnings)", ErrNoArticles, len(c.Warnings))
	}
	return c, nil
}

// Sources processes articles already read.
func Sources(sources []ingest.Source, opts Options) *corpus.Corpus {
	c := &corpus.Corpus{
		Version: corpus.FormatVersion, Articles: []corpus.Article{}, Quotes: []corpus.Quote{},
		Entities: []corpus.Entity{}, Pairs: []corpus.Pair{}, Warnings: []corpus.Warning{},
	}
	ids := make(map[string]string)
	for _, src := range sources {
		id := ArticleID(src.File)
		if other, ok := ids[id]; ok {
			c.Warnings = append(c.Warnings, corpus.Warning{File: src.File, Message: fmt.Sprintf("skipped: its id %q is already taken by %s", id, other)})
			continue
		}
		ids[id] = src.File
		c.Articles = append(c.Articles, article(id, src, opts))
	}
	sort.Slice(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })
	found := entity.Find(c, opts.Entity)
	qopts := opts.Quote
	if qopts.Entities == nil {
		qopts.Entities = found
	}
	c.Quotes = quotes(c, qopts)
	c.Entities = entities(c, found)
	c.Pairs = pairs(c, opts.Align)
	return c
}

func article(id string, src ingest.Source, opts Options) corpus.Article {
	text, edits := repair.Text(src.Text, opts.Repair)
	doc := structure.Parse(text, opts.Structure)
	a := corpus.Article{
		ID: id, File: src.File, Title: doc.Title, Byline: doc.Byline,
		Paragraphs: make([]corpus.Paragraph, 0, len(doc.Blocks)),
		Repairs:    []corpus.Repair{},
		Dropped:    make([]corpus.Dropped, 0, len(doc.Dropped)),
	}
	used := make(map[string]int, len(doc.Blocks))
	for i, b := range doc.Blocks {
		p := corpus.Paragraph{
			ID: paragraphID(b.Text, used), Kind: b.Kind, Text: b.Text, Line: b.Line,
			Sentences: sentences(b.Text, opts.Segment),
		}
		if b.Post != nil {
			p.Author = &corpus.Author{Name: b.Post.Author, Handle: b.Post.Handle, Platform: b.Post.Platform}
			p.Posted, p.Links, p.Signature = b.Post.Date, b.Post.Links, b.Post.Line
		}
		if i == doc.Standfirst {
			a.Standfirst = p.ID
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	a.Repairs = repairs(src.Text, edits, doc.Blocks, a.Paragraphs)
	for _, d := range doc.Dropped {
		a.Dropped = append(a.Dropped, corpus.Dropped{Line: d.Line, Text: d.Text, Reason: d.Reason})
	}
	sort.Slice(a.Dropped, func(i, j int) bool { return a.Dropped[i].Line < a.Dropped[j].Line })
	a.Loaded = loaded(&a)
	return a
}

// crudeStem strips a common inflection, so that "rejects" and "rejected"
// compare equal.
func crudeStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// loaded finds the loaded words of the article's headline and standfirst.
// A word is ordinary, and in capitals shouted, when the article's text has
// it in lower case.
func loaded(a *corpus.Article) []corpus.Loaded {
	lower := make(map[string]bool)
	for _, p := range a.Paragraphs {
		for _, w := range strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.ToLower(w) == w {
				lower[crudeStem(w)] = true
			}
		}
	}
	ordinary := func(w string) bool { return lower[crudeStem(w)] }
	out := []corpus.Loaded{}
	add := func(id, text string) {
		for _, c := range frame.Find(text, ordinary) {
			out = append(out, corpus.Loaded{Paragraph: id, Start: c.Start, End: c.End, Text: text[c.Start:c.End], Category: string(c.Category)})
		}
	}
	add("", a.Title)
	for _, p := range a.Paragraphs {
		if p.ID == a.Standfirst {
			add(p.ID, p.Text)
		}
	}
	return out
}

// repairs turns the edits made to the source text into records naming the
// paragraph whose text holds each one (found by the edit's offset in the
// repaired text) and the source line it was on.
func repairs(source string, edits []repair.Edit, blocks []structure.Block, paras []corpus.Paragraph) []corpus.Repair {
	out := make([]corpus.Repair, 0, len(edits))
	delta, line, lineAt, b := 0, 1, 0, 0
	for _, e := range edits {
		line += strings.Count(source[lineAt:e.Start], "\n")
		lineAt = e.Start
		at := e.Start + delta // offset in the repaired text
		delta += len(e.New) - len(e.Old)
		for b < len(blocks) && blocks[b].End <= at {
			b++
		}
		pid := ""
		if b < len(blocks) && blocks[b].Start <= at {
			pid = paras[b].ID
		}
		out = append(out, corpus.Repair{Paragraph: pid, Line: line, Before: e.Old, After: e.New, Reason: string(e.Reason)})
	}
	return out
}

func sentences(text string, opts segment.Options) []corpus.Span {
	spans := segment.Sentences(text, opts)
	out := make([]corpus.Span, len(spans))
	for i, sp := range spans {
		out[i] = corpus.Span{Start: sp.Start, End: sp.End}
	}
	return out
}

// ArticleID derives an article's id from its file's path relative to the
// corpus folder: the path without its extension, with every character that
// is not a letter, digit, '-' or '_' replaced by '-'. So
// "world/004_ab.txt" becomes "world-004_ab".
func ArticleID(file string) string {
	base := strings.TrimSuffix(file, path.Ext(file))
	var b strings.Builder
	for _, r := range base {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// paragraphID derives a paragraph id from its text: "p" and six hex digits
// of a hash of its letters and digits, lower-cased, so that edits to
// punctuation, spacing or other paragraphs leave it unchanged. The n-th
// repeat within the article gets the suffix "-n"; used counts the uses of
// each id.
func paragraphID(text string, used map[string]int) string {
	var key []byte
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			key = utf8.AppendRune(key, r)
		}
	}
	h := fnv.New32a()
	h.Write(key)
	return suffixed(fmt.Sprintf("p%06x", h.Sum32()&0xffffff), used)
}

func sortWarnings(ws []corpus.Warning) {
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].File != ws[j].File {
			return ws[i].File < ws[j].File
		}
		return ws[i].Line < ws[j].Line
	})
}
