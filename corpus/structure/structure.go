// Package structure recovers the layout of a plain-text news article: its
// headline, byline, standfirst, section headings, bullet items, captions,
// embedded social posts and paragraphs, and the site chrome (navigation,
// "related articles" lists, log-in links) that is not part of the story.
//
// The rules look at the shape of lines — length, case, final punctuation,
// list markers, position and neighbours — and at a small lexicon of
// interface words that web pages share (Advertisement, Share, Log in),
// never at the wording of particular articles.
package structure

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// Options configures Parse. The zero value is ready to use.
type Options struct{}

// Block is one block of an article.
type Block struct {
	Kind corpus.Kind
	// Text is the block's text on one line: its lines joined by spaces,
	// without list markers.
	Text string
	// Line is the 1-based line of the input the block starts on.
	Line int
	// Start and End are the byte offsets in the input of the block's first
	// and last character.
	Start, End int
	// Post is set on blocks of KindPost.
	Post *Post
}

// Post is what the signature line of an embedded social post says.
type Post struct {
	Author   string // display name
	Handle   string // "@name", or empty when the signature gives none
	Platform string // "Facebook", when the signature names it instead of a handle
	Date     string // as written, may be empty
	Links    []string
	Line     string // the signature line as written
}

// Dropped is a line removed from the text, and why.
type Dropped struct {
	Line   int
	Text   string
	Reason string
}

// Document is the recovered layout of one article.
type Document struct {
	// Title is the headline, or a title derived from the opening sentence
	// when the article has none (then TitleLine is 0).
	Title     string
	TitleLine int
	// Byline is a "By …" line under the headline, if any.
	Byline string
	// Standfirst is the index in Blocks of the standfirst (the one-sentence
	// summary under the headline), or -1.
	Standfirst int
	Blocks     []Block
	Dropped    []Dropped
}

// Limits of the shapes the rules look for.
const (
	maxHeadlineWords = 30
	maxHeadingWords  = 20
	maxCaptionWords  = 15
	maxChromeWords   = 6
	maxStandfirst    = 60  // words
	maxPostChars     = 280 // visible characters of a post's text, links aside
	minProseLine     = 150 // characters of a multi-sentence line of prose
)

// Reasons for dropping a line.
const (
	ReasonChrome      = "site chrome"
	ReasonBoilerplate = "page boilerplate"
)

// Parse splits text (lines separated by "\n") into a Document.
func Parse(text string, _ Options) Document {
	lines := splitLines(text)
	doc := Document{Standfirst: -1}

	i := 0
	deck := 0 // lines[:deck] after the headline stand above its byline
	if len(lines) > 0 && looksLikeHeadline(lines[0].text) {
		doc.Title, doc.TitleLine = lines[0].text, lines[0].num
		i = 1
		if k := bylineAt(lines, i); k == i {
			doc.Byline = lines[i].text
			i++
		} else if k > i {
			// A standfirst, a dateline or a line naming the programme
			// between the headline and the byline: the byline is taken
			// out, and the lines before it stay blocks of their own,
			// never one paragraph.
			doc.Byline = lines[k].text
			for m := i + 1; m < k; m++ {
				lines[m].blankBefore = true
			}
			if k+1 < len(lines) {
				lines[k+1].blankBefore = true
			}
			lines = append(lines[:k:k], lines[k+1:]...)
			deck = k
		}
	}
	wrapped := usesBlankLines(lines)
	posts := findPosts(lines, i, wrapped)

	// afterTop is true until the first text block: a caption there sits
	// under the headline's picture.
	afterTop := doc.TitleLine > 0
	listed := false // the line before leads or continues a list
	for i < len(lines) {
		l := lines[i]
		if p, ok := posts[i]; ok {
			doc.Blocks = append(doc.Blocks, p.block)
			i = p.next
			afterTop = false
			continue
		}
		if isBoilerplate(l.text) {
			doc.Dropped = append(doc.Dropped, Dropped{Line: l.num, Text: l.text, Reason: ReasonBoilerplate})
			i++
			continue
		}
		b := Block{Kind: corpus.KindText, Text: l.text, Line: l.num, Start: l.start, End: l.end}
		next := i + 1
		unmarked := false // an item of a list written without marks
		switch item, ok := bulletItem(l.text); {
		case ok:
			b.Kind, b.Text = corpus.KindBullet, item
		case next < len(lines) && continues(l, lines[next], wrapped):
			// Hard-wrapped text: lines of one paragraph broken by single
			// line ends in a file whose paragraphs are separated by blank lines.
			parts := []string{l.text}
			for next < len(lines) && continues(lines[next-1], lines[next], wrapped) {
				parts = append(parts, lines[next].text)
				b.End = lines[next].end
				next++
			}
			b.Text = strings.Join(parts, " ")
			afterTop = false
		case i < deck && (timestamp(l.text) || looksLikeHeading(l.text) && isTitleCase(l.text)):
			// A dateline, a score line or a programme's name above the
			// byline.
			b.Kind = corpus.KindHeading
		case i < deck:
			// A standfirst or a deck line above the byline, which no
			// picture comes before.
			afterTop = false
		case isCaption(l.text, afterTop, next < len(lines)):
			b.Kind = corpus.KindCaption
		case looksLikeHeading(l.text) && listed:
			// The items of a list led by "Key points:" are written
			// without marks or full stops, like headings.
			b.Kind = corpus.KindBullet
			unmarked = true
		case looksLikeHeading(l.text) && next < len(lines):
			b.Kind = corpus.KindHeading
		default:
			afterTop = false
		}
		listed = unmarked || b.Kind == corpus.KindText && isListLead(b.Text)
		if listed && !unmarked && allCapitalised(strings.TrimSuffix(b.Text, ":")) {
			b.Kind = corpus.KindHeading // "Key Developments:" names the list; "Key points:" leads into it
		}
		doc.Blocks = append(doc.Blocks, b)
		i = next
	}
	doc.dropTrailingChrome()
	sort.SliceStable(doc.Dropped, func(i, j int) bool { return doc.Dropped[i].Line < doc.Dropped[j].Line })
	if doc.Title == "" {
		doc.Title = deriveTitle(doc.Blocks)
	} else {
		doc.Standfirst = standfirst(doc.Blocks)
	}
	return doc
}

// isListLead reports whether a line introduces a list: a few words
// ending in a colon, such as "Key points:" or "What we know:".
func isListLead(text string) bool {
	return strings.HasSuffix(text, ":") && wordCount(text) <= 6
}

// line is one non-blank line of the input, trimmed.
type line struct {
	text       string
	num        int // 1-based
	start, end int // byte offsets of text in the input
	// blankBefore says a blank line precedes it.
	blankBefore bool
}

// splitLines returns the non-blank lines of text, trimmed.
func splitLines(text string) []line {
	var out []line
	blank := false
	off := 0
	for n, l := range strings.Split(text, "\n") {
		lead := len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace))
		t := strings.TrimSpace(l)
		if t == "" {
			blank = true
		} else {
			out = append(out, line{text: t, num: n + 1, start: off + lead, end: off + lead + len(t), blankBefore: blank && len(out) > 0})
			blank = false
		}
		off += len(l) + 1
	}
	return out
}

// continues reports whether next continues the paragraph of prev, in
// text whose paragraphs are separated by blank lines (wrapped): prev stops
// mid-sentence and next neither follows a blank line nor starts a list
// item, and either starts in lower case or follows a long line that is not
// a heading.
func continues(prev, next line, wrapped bool) bool {
	if !wrapped || next.blankBefore || endsSentence(prev.text) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(prev.text); strings.ContainsRune("?!:", last) {
		return false
	}
	if _, ok := bulletItem(next.text); ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.text)
	return unicode.IsLower(r) || utf8.RuneCountInString(prev.text) >= 60 && !isTitleCase(prev.text)
}

// usesBlankLines reports whether paragraphs in lines are separated by
// blank lines: at least two lines follow a blank one.
func usesBlankLines(lines []line) bool {
	n := 0
	for _, l := range lines {
		if l.blankBefore {
			n++
		}
	}
	return n >= 2
}

// maxTopLines is how many lines of top matter (standfirst, dateline,
// programme) may stand between a headline and its byline.
const maxTopLines = 4

// bylineAt returns the index of the byline among the lines of top matter
// that follow the headline from lines[i], or -1 when there is none.
func bylineAt(lines []line, i int) int {
	for k := i; k < len(lines) && k <= i+maxTopLines; k++ {
		if isByline(lines[k].text) {
			return k
		}
		if wordCount(lines[k].text) > 40 {
			return -1 // the story has begun
		}
	}
	return -1
}

// looksLikeHeadline reports whether the first line of an article is a
// headline: short, and not ending like a sentence of running text. It may
// hold two sentences ("A rural hospital is closing. For patients, the
// nearest ER will be 70 miles away"), but not open with speech.
func looksLikeHeadline(s string) bool {
	if _, ok := bulletItem(s); ok {
		return false
	}
	if wordCount(s) > maxHeadlineWords || endsSentence(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return !hasInnerSentenceEnd(s) || first != '“' && first != '"'
}

// looksLikeHeading reports whether a line inside an article is a section
// heading rather than a paragraph.
func looksLikeHeading(s string) bool {
	if wordCount(s) > maxHeadingWords || endsSentence(s) || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") {
		return false
	}
	if quoted(s) || reportsSpeech(s) {
		return false // a line of speech: “Was there a loan agreement?”, One reporter asked: “Why now?”
	}
	if strings.Contains(s, ", I ") {
		return false // the writer narrating: "Back at the kitchen table, I had put her question to Rosalind: …?"
	}
	return !hasInnerSentenceEnd(s)
}

// reportsSpeech reports whether s ends with words in double quotation
// marks that a clause of running text leads into with a colon or a comma,
// a clause whose verb, in lower case after its subject, reports speech:
// "One reporter asked: “Did your coach know?”", "Outside, she laughs,
// because, she says, “what else is there?”". A heading that quotes
// someone has no such verb ("Reeves on tax: “No return to austerity”",
// "Yorkshire Post: “Town cut off”"), nor has a line that links to a story
// ("Also read: “Why are the taps dry?”").
func reportsSpeech(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	if last != '”' && last != '"' {
		return false
	}
	body := s[:len(s)-utf8.RuneLen(last)]
	open := strings.LastIndexAny(body, "“\"")
	if open <= 0 {
		return false
	}
	lead := strings.TrimSpace(body[:open])
	if !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, ",") {
		return false
	}
	words := strings.Fields(lead)
	if linkWords[strings.ToLower(words[0])] {
		return false // "Also read: “Taps run dry”" links to a story
	}
	for _, w := range words[1:] {
		if speechVerbs[strings.TrimRight(w, ":,")] {
			return true
		}
	}
	return false
}

// linkWords open a line that links to another story by its headline.
var linkWords = map[string]bool{"read": true, "also": true, "see": true, "related": true, "more": true, "watch": true, "listen": true}

// speechVerbs report speech or writing in a clause that leads into a
// quotation.
var speechVerbs = func() map[string]bool {
	m := make(map[string]bool)
	for _, v := range strings.Fields(`ask asked asks asking say said says saying add added adds adding
		reply replied replies replying press pressed presses pressing write wrote writes writing
		post posted posts posting tell told tells telling shout shouted shouts shouting
		answer answered answers answering respond responded responds responding warn warned warns warning
		insist insisted insists insisting explain explained explains explaining demand demanded demands demanding
		wonder wondered wonders wondering continue continued continues continuing read reads
		follow followed follows put puts call called calls calling`) {
		m[v] = true
	}
	return m
}()

// quoted reports whether s is wholly inside double quotation marks.
func quoted(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return (first == '“' || first == '"') && (last == '”' || last == '"') && utf8.RuneCountInString(s) > 2
}

// bylinePrefixes open a byline: "By Jane Doe", and a magazine's "Words
// by Jane Doe. Photographs by John Roe".
var bylinePrefixes = []string{"By ", "BY ", "Words by ", "Words By ", "WORDS BY ", "Text by ", "Story by ", "Written by "}

// isByline reports whether s is a "By Jane Doe" line.
func isByline(s string) bool {
	var rest string
	ok := false
	for _, p := range bylinePrefixes {
		if rest, ok = strings.CutPrefix(s, p); ok {
			break
		}
	}
	if !ok || wordCount(s) > 14 || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	name, _, _ := strings.Cut(rest, ",")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 8 || calendarWords[strings.ToLower(words[0])] {
		return false // "By Friday, the mood had changed."
	}
	// A name of two words or more in capitals opens it; a role may
	// follow ("By Eleanor Mayhew Higher education correspondent").
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameConnectives[strings.ToLower(w)] {
			return k >= 2 // not "By late afternoon"
		}
	}
	return true
}

// nameConnectives join or stand inside the names of a byline: "By Ana
// de la Cruz and Tom Roe".
var nameConnectives = map[string]bool{
	"and": true, "&": true, "de": true, "la": true, "le": true, "da": true, "del": true, "van": true,
	"von": true, "der": true, "den": true, "bin": true, "al": true, "el": true, "di": true, "du": true,
}

// calendarWords open "By Friday" or "By March", which time a clause and
// name no writer.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"christmas": true, "easter": true, "then": true, "now": true, "noon": true, "midnight": true,
}

// captionMarks start or end lines that credit or describe a picture.
var (
	captionPrefixes = []string{"Photo:", "Photo by ", "Photograph:", "Image:", "Image credit", "Credit:", "Pictured:", "(Photo", "(Image", "File photo", "FILE PHOTO"}
	captionSuffixes = []string{"Getty Images", "Getty Images)", "(AP Photo)", "AP Photo", "(Reuters)", "/ Reuters", "/Reuters", "(AFP)", "/ AFP", "Shutterstock"}
)

// isCaption reports whether s is a picture's caption: it credits a photo,
// or it is a short phrase in sentence case, without final punctuation,
// right under the headline and followed by more text.
func isCaption(s string, afterTop, more bool) bool {
	for _, p := range captionPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for _, p := range captionSuffixes {
		if strings.HasSuffix(s, p) && wordCount(s) <= 40 {
			return true
		}
	}
	if CreditStart(s) >= 0 {
		return true
	}
	if !afterTop || !more || wordCount(s) > maxCaptionWords || endsSentence(s) || hasInnerSentenceEnd(s) || timestamp(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !isTitleCase(s) && !strings.ContainsRune("?!:", last)
}

// creditLabels open the credit a caption ends with, after its last
// sentence: "… the pitch. Photograph: Kieran Boyd/Stagline Images".
var creditLabels = []string{"Photograph:", "Photo:", "Photograph by ", "Photo by ", "Illustration:", "Composite:", "Image:", "Credit:"}

// CreditStart returns the byte offset at which s, a line of at most
// maxCreditedCaption words, ends with a picture credit after a sentence,
// or -1: a label and a short name ("Photograph: Kieran Boyd/Stagline
// Images"), or a name in parentheses for an outlet or an agency
// ("(Jovelle Tamayo for The Washington Post)", "(AP Photo/Evan Vucci)").
// The names in a credit are a photographer's and an agency's, not people
// the caption is about.
func CreditStart(s string) int {
	if wordCount(s) > maxCreditedCaption {
		return -1
	}
	for _, l := range creditLabels {
		i := strings.LastIndex(s, " "+l)
		if i > 0 && sentenceBefore(s[:i]) && wordCount(s[i:]) <= 10 && !hasInnerSentenceEnd(s[i:]) {
			return i + 1
		}
	}
	if !strings.HasSuffix(s, ")") {
		return -1
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 || !sentenceBefore(s[:i]) {
		return -1
	}
	inner := s[i+2 : len(s)-1]
	if wordCount(inner) > 10 || strings.ContainsAny(inner, "()") || !isTitleCase(inner) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(inner); !unicode.IsUpper(r) {
		return -1
	}
	// "Name for The Outlet", "Agency Photo/Name".
	if j := strings.Index(inner, " for "); j > 0 {
		if r, _ := utf8.DecodeRuneInString(inner[j+5:]); unicode.IsUpper(r) {
			return i + 1
		}
		return -1
	}
	if strings.Contains(inner, "/") {
		return i + 1
	}
	return -1
}

// maxCreditedCaption is the most words a line ending with a picture
// credit can have and still be a caption.
const maxCreditedCaption = 60

// sentenceBefore reports whether s ends a sentence: with a full stop,
// a question or exclamation mark, before any closing marks.
func sentenceBefore(s string) bool {
	r := lastBeforeClosers(s)
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// lastBeforeClosers returns the last rune of s before any closing quotation
// marks and brackets.
func lastBeforeClosers(s string) rune {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"'”’)]»", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// timestamp reports whether s only dates the article: "March 4, 2026
// 5:00 AM ET", "Updated 14 May 2026, 09:10 BST".
func timestamp(s string) bool {
	digits, other := false, 0
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",.|"))
		switch {
		case strings.ContainsAny(w, "0123456789"):
			digits = true
		case calendarWords[w] || clockWords[w] || calendarShort(w):
		default:
			other++
		}
	}
	return digits && other <= 1
}

// calendarShort reports whether w shortens a month's or a day's name:
// "jun", "sept", "wed".
func calendarShort(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, k := range calendarNames {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// calendarNames are the names of the days and the months.
var calendarNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december"}

// clockWords tell the time of day a page was published or updated.
var clockWords = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "at": true, "on": true, "updated": true, "published": true,
	"posted": true, "last": true, "modified": true, "ago": true, "hour": true, "hours": true, "minute": true,
	"minutes": true, "min": true, "mins": true, "hr": true, "hrs": true, "day": true, "days": true, "read": true,
	"gmt": true, "bst": true, "utc": true, "et": true, "est": true, "edt": true, "pt": true, "pst": true, "pdt": true,
	"ct": true, "cst": true, "cdt": true, "cet": true, "cest": true, "ist": true, "aest": true, "aedt": true,
}

// allCapitalised reports whether every word of s longer than three
// letters starts with a capital, as a label does ("Key Developments") and
// a clause does not ("Prime Minister Ada Roe said").
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) > 3 && !unicode.IsUpper(r) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}

// isTitleCase reports whether most words of s longer than three letters
// start with a capital, as headings in Title Case and ALL CAPS do.
func isTitleCase(s string) bool {
	long, capital := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long > 0 && capital*10 >= long*7
}

// boilerplate holds lines that web pages put around articles, lower-cased,
// without final punctuation. A line equal to one of them is dropped.
var boilerplate = map[string]bool{
	"advertisement": true, "story continues below advertisement": true, "article continues below advertisement": true,
	"skip to content": true, "skip to main content": true, "share": true, "share this article": true, "share this": true,
	"click to share": true, "share on facebook": true, "share on twitter": true, "share on x": true, "tweet": true,
	"email": true, "print": true, "comments": true, "leave a comment": true, "read more": true, "read next": true,
	"related": true, "related articles": true, "related stories": true, "related posts": true, "recommended": true,
	"recommended for you": true, "you may also like": true, "you might also like": true, "more from": true,
	"trending": true, "trending now": true, "most read": true, "most popular": true, "popular": true, "recent": true,
	"recent posts": true, "subscribe": true, "sign up": true, "sign in": true, "log in": true, "login": true,
	"log out": true, "register": true, "newsletter": true, "sign up for our newsletter": true, "follow us": true,
	"sources": true, "source": true, "weekly wrap": true, "back to top": true, "close": true, "menu": true,
	"home": true, "listen to this article": true, "copy link": true, "link copied": true, "loading": true,
}

// isBoilerplate reports whether s is one of the interface lines of web
// pages, ignoring case, final punctuation and a count in brackets.
func isBoilerplate(s string) bool {
	if wordCount(s) > maxChromeWords {
		return false
	}
	k := strings.ToLower(strings.TrimRight(s, " .:…!|>»›"))
	if i := strings.IndexByte(k, '('); i > 0 {
		k = strings.TrimSpace(k[:i])
	}
	return boilerplate[k]
}

// dropTrailingChrome removes the run of short lines that ends a page after
// the story (section names, "Trending", "You may also like..."), keeping at
// least one block.
func (doc *Document) dropTrailingChrome() {
	n := len(doc.Blocks)
	for n > 1 {
		b := doc.Blocks[n-1]
		if b.Kind == corpus.KindPost || b.Kind == corpus.KindBullet || wordCount(b.Text) > maxChromeWords || endsSentence(b.Text) && !strings.HasSuffix(b.Text, "...") && !strings.HasSuffix(b.Text, "…") {
			break
		}
		n--
	}
	for _, b := range doc.Blocks[n:] {
		doc.Dropped = append(doc.Dropped, Dropped{Line: b.Line, Text: b.Text, Reason: ReasonChrome})
	}
	doc.Blocks = doc.Blocks[:n]
}

// standfirst returns the index of the block that summarises the article
// under its headline — the first block if it is a single sentence of text
// with more blocks after it, after an optional caption — or -1.
func standfirst(blocks []Block) int {
	i := 0
	if i < len(blocks) && blocks[i].Kind == corpus.KindCaption {
		i++
	}
	if i+1 >= len(blocks) || blocks[i].Kind != corpus.KindText {
		return -1
	}
	s := blocks[i].Text
	if wordCount(s) > maxStandfirst || hasInnerSentenceEnd(s) {
		return -1
	}
	return i
}

// endsSentence reports whether s ends with sentence punctuation, allowing
// closing quotes and brackets after it. A final "?" or "!" does not count:
// headlines often end with them.
func endsSentence(s string) bool {
	r := lastBeforeClosers(s)
	return r == '.' || r == '…' || r == ';'
}

// hasInnerSentenceEnd reports whether s holds more than one sentence: a
// '.', '?' or '!' followed by a space and a capital letter, or an opening
// mark and a capital letter ("She cut in. “That is not true —”"), outside a
// single-capital initial such as "U.S." or "J.".
func hasInnerSentenceEnd(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			if s[i] == '.' && (i < 2 || s[i-2] == '.' || s[i-2] == ' ') {
				continue // an initial: "U.S. troops", "J. Smith"
			}
			rest := strings.TrimLeft(s[i+2:], "\"'“‘(")
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// bulletMarkers start list items when followed by a space.
const bulletMarkers = "-*•·▪◦‣–"

// bulletItem reports whether s is a list item and returns it without its
// marker.
func bulletItem(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(bulletMarkers, r) {
		return "", false
	}
	rest := s[n:]
	sp, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(sp) {
		return "", false
	}
	item := strings.TrimSpace(rest)
	if item == "" {
		return "", false
	}
	return item, true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// deriveTitle makes a short title from the first paragraph: its first
// sentence when that is short, else its opening words.
func deriveTitle(blocks []Block) string {
	for _, b := range blocks {
		if b.Kind == corpus.KindText {
			return shortTitle(b.Text)
		}
	}
	if len(blocks) > 0 {
		return shortTitle(blocks[0].Text)
	}
	return "Untitled"
}

// shortTitle returns the first sentence of s without its final period if
// it has at most 14 words, else its first 12 words and an ellipsis.
func shortTitle(s string) string {
	const maxSentence, maxWords = 14, 12
	first := s
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			first = s[:i+1]
			break
		}
	}
	if words := strings.Fields(first); len(words) <= maxSentence {
		if t := strings.TrimSuffix(strings.Join(words, " "), "."); t != "" {
			return t
		}
		return strings.Join(words, " ")
	}
	words := strings.Fields(s)
	return strings.TrimRight(strings.Join(words[:maxWords], " "), ",;:—–-") + "…"
}
