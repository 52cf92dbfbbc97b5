// Package corpus defines the processed corpus: the data model that the
// build-time pipeline produces and the browser app reads.
//
// The model is the contract between build time and run time. It is encoded
// two ways: as JSON (the public export format, see the README) and as a
// compact binary form embedded in the WebAssembly binary (see Encode and
// Decode). Both carry FormatVersion; a reader refuses data of another
// version.
//
// All text offsets are byte offsets with an exclusive end into the repaired
// text of one paragraph (Paragraph.Text).
package corpus

import "strconv"

// FormatVersion is the version of the data model. It changes whenever the
// meaning or layout of any field changes.
const FormatVersion = 4

// Corpus is a processed set of articles.
type Corpus struct {
	// Version is FormatVersion of the code that produced the corpus.
	Version int `json:"version"`
	// Articles are sorted by ID.
	Articles []Article `json:"articles"`
	// Quotes are the direct quotations of all articles, in article order
	// and then in reading order.
	Quotes []Quote `json:"quotes"`
	// Entities are the people, organisations, places and dates named in
	// the articles, sorted by type and then name.
	Entities []Entity `json:"entities"`
	// Pairs are the pairs of articles that share passages, sorted by A and
	// then B.
	Pairs []Pair `json:"pairs"`
	// Warnings are the problems found in the input, sorted by file and line.
	Warnings []Warning `json:"warnings"`
}

// Article is one news article, read from one file.
type Article struct {
	// ID is the file's path relative to the corpus folder, without the
	// extension, with "/" replaced by "-". It contains no dots.
	ID string `json:"id"`
	// File is the file's path relative to the corpus folder, with "/" as
	// the separator.
	File string `json:"file"`
	// Title is the headline, or a short title derived from the text when
	// the article has none.
	Title string `json:"title"`
	// Byline is the "By …" line under the headline, if any.
	Byline string `json:"byline,omitempty"`
	// Standfirst is the id of the paragraph that summarises the article
	// under its headline, if any.
	Standfirst string `json:"standfirst,omitempty"`
	// Paragraphs are the article's blocks of text in reading order. The
	// headline and byline are not among them.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Repairs are the changes made to the source text (encoding, entities,
	// invisible characters), in order.
	Repairs []Repair `json:"repairs"`
	// Dropped are the source lines left out of the text (site chrome), in
	// order.
	Dropped []Dropped `json:"dropped"`
	// Loaded are the loaded words and marks of the headline and the
	// standfirst: words that judge or dramatise rather than report.
	Loaded []Loaded `json:"loaded"`
}

// Loaded is a loaded word or mark in a headline or standfirst.
type Loaded struct {
	// Paragraph is the standfirst's id, or "" for the title.
	Paragraph string `json:"paragraph"`
	// Start and End are byte offsets into the title or the paragraph's
	// Text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Category is why the word is loaded: "emotive" (wow, slams,
	// outrage), "judgement" (stubborn, reckless), "intensifier"
	// (massive, historic) or "punctuation" (an exclamation or a question
	// in a headline).
	Category string `json:"category"`
}

// Repair is one change made to an article's source text.
type Repair struct {
	// Paragraph is the id of the paragraph holding the repaired text, or
	// "" for the title, byline or a dropped line.
	Paragraph string `json:"paragraph"`
	// Line is the 1-based line of the source file.
	Line   int    `json:"line"`
	Before string `json:"before"`
	After  string `json:"after"`
	// Reason names the kind of repair, such as "mojibake" or "entity".
	Reason string `json:"reason"`
}

// Dropped is a line of the source left out of the article's text.
type Dropped struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Kind says what a paragraph is.
type Kind string

// The kinds of paragraph.
const (
	KindText    Kind = "text"
	KindHeading Kind = "heading"
	KindBullet  Kind = "bullet"
	KindCaption Kind = "caption"
	KindPost    Kind = "post"
)

// Paragraph is one block of an article's text.
type Paragraph struct {
	// ID is unique within the article and derived from the paragraph's
	// own text, so it survives changes to other paragraphs and articles.
	// It is usable as an HTML id and URL fragment.
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Text is the repaired text of the paragraph, on one line.
	Text string `json:"text"`
	// Line is the 1-based line of the source file the paragraph starts on.
	Line int `json:"line"`
	// Sentences are the paragraph's sentences as spans of Text, in order.
	Sentences []Span `json:"sentences"`
	// Author, Posted, Links and Signature are set on paragraphs of
	// KindPost: who wrote the embedded social post, when (as written),
	// its links, and the line that closed it in the source, as written
	// ("— Jane Doe (@janedoe) March 14, 2025"), which may say more than
	// the other fields, such as the group it was posted in.
	Author    *Author  `json:"author,omitempty"`
	Posted    string   `json:"posted,omitempty"`
	Links     []string `json:"links,omitempty"`
	Signature string   `json:"signature,omitempty"`
}

// Author is the author of an embedded social post.
type Author struct {
	Name string `json:"name"`
	// Handle is the account's "@name", empty when the signature gives
	// none ("— Jane Doe, on Facebook", "— Jane Doe, June 2, 2026").
	Handle string `json:"handle"`
	// Platform is the service such a signature names: "Facebook".
	Platform string `json:"platform,omitempty"`
}

// Span is the bytes [Start, End) of a paragraph's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Warning is a problem found in the input. Processing goes on after it.
type Warning struct {
	// File is the path relative to the corpus folder.
	File string `json:"file"`
	// Line is 1-based, or 0 when the warning is about the whole file.
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// String formats w as "file:line: message", the form compilers use.
func (w Warning) String() string {
	if w.Line > 0 {
		return w.File + ":" + strconv.Itoa(w.Line) + ": " + w.Message
	}
	return w.File + ": " + w.Message
}

// Article returns the article with the given id, or nil.
func (c *Corpus) Article(id string) *Article {
	lo, hi := 0, len(c.Articles)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.Articles[m].ID < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(c.Articles) && c.Articles[lo].ID == id {
		return &c.Articles[lo]
	}
	return nil
}
