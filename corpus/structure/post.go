package structure

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// signature matches the line that closes a social post embedded in a page:
// "— Jane Doe (@janedoe) March 14, 2025". A handle may hold dots, as
// Bluesky's and Instagram's do ("@jane.bsky.social", "@jane.doe").
var signature = regexp.MustCompile(`^[—–-]{1,2}\s*(.{1,80}?)\s*\((@\w[\w.]{0,39}\w|@\w)\)\s*(.{0,40})$`)

// platformSignature matches the line that closes a post when it names the
// service rather than the account: "— Jane Doe, on Facebook", "— Jane
// Doe via Instagram, June 3". The name is one to six capitalised words,
// so a line of prose after a dash is not taken for one.
var platformSignature = regexp.MustCompile(`^[—–]{1,2}\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*),?\s+(?:on|via)\s+(` + platforms + `)\b[,.]?\s*(.{0,40})$`)

// platforms are the services a signature may name.
const platforms = `Facebook|Instagram|X|Twitter|TikTok|Threads|Bluesky|LinkedIn|YouTube|Reddit|Mastodon|Telegram|Snapchat|WhatsApp`

// platform matches the name of a service alone.
var platform = regexp.MustCompile(`^(?:` + platforms + `)$`)

// datedSignature matches the line that closes a post when it gives no
// handle but the author's name and the day the post went up, and
// perhaps the service, the group it was posted in, or both, between
// them: "— Jane Doe, June 2, 2026", "— Cedar County Sheriff’s Office,
// Facebook, 17 May 2026", "— Jane Doe (Facebook), Feb. 7",
// "— Dr Jane Doe, posted on Facebook on 25 June 2026". Group 1 is what
// comes before the date, group 2 the date.
var datedSignature = regexp.MustCompile(`^[—–]{1,2}\s*(.{1,120}?),?\s+(?:posted\s+)?(?:on\s+)?((?:` + months + `)\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:` + months + `)\.?(?:,?\s+\d{4})?)\.?$`)

// months are the names of the months, whole and shortened.
const months = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`

// beforeSocialMedia reports whether date names a year before social
// posts were quoted in the news, as an epigraph's does: "— Winston
// Churchill, June 4, 1940".
func beforeSocialMedia(date string) bool {
	y := date[max(0, len(date)-4):]
	return len(y) == 4 && strings.Trim(y, "0123456789") == "" && y < "2004"
}

// postSignature parses a line that closes an embedded post, or returns
// nil.
func postSignature(s string) *Post {
	if m := signature.FindStringSubmatch(s); m != nil {
		return &Post{Author: strings.TrimSpace(m[1]), Handle: m[2], Date: strings.TrimSpace(m[3])}
	}
	if m := platformSignature.FindStringSubmatch(s); m != nil {
		return &Post{Author: strings.TrimSpace(m[1]), Platform: m[2], Date: strings.TrimSpace(m[3])}
	}
	if m := datedSignature.FindStringSubmatch(s); m != nil && !beforeSocialMedia(m[2]) {
		return datedPost(m[1], m[2])
	}
	return nil
}

// datedPost returns the post a signature without a handle describes, or
// nil when what comes before the date is not a name followed by the
// service or the group the post went up in. The name is its first part,
// before a comma: one to seven words, each in capitals but for a few
// joining words ("of", "and", "de"), so that "— Reporting by Jane Doe,
// June 2" is no signature, and not a word that opens a page's own notes
// ("— Updated March 3", "— By Jane Doe, June 2"), a day or a wire
// agency ("— Reuters, March 3"). A part in brackets that names a service
// gives the platform, and other words in brackets are left out: "School
// District 57 (Prince George)". Every later part is a service, a
// group's name in capitals, or the group introduced by "posted in".
func datedPost(head, date string) *Post {
	parts := strings.Split(head, ",")
	p := &Post{Date: date}
	name := p.bracketed(strings.TrimSpace(parts[0]))
	if !isSignatureName(name) || notAuthors[strings.ToLower(strings.Fields(name)[0])] || notAuthors[strings.ToLower(name)] {
		return nil
	}
	p.Author = name
	for _, part := range parts[1:] {
		part = strings.TrimSpace(part)
		part = strings.TrimPrefix(part, "posted in ")
		part = strings.TrimPrefix(part, "posted on ")
		part = strings.TrimPrefix(part, "on ")
		part = p.bracketed(part)
		switch {
		case platform.MatchString(part):
			p.Platform = part
		case !isSignatureName(part):
			return nil
		}
	}
	return p
}

// bracketed returns part without words in brackets at its end, taking
// them for the platform when they name a service: "Jane Doe (Facebook)".
func (p *Post) bracketed(part string) string {
	open := strings.IndexByte(part, '(')
	if open <= 0 || !strings.HasSuffix(part, ")") {
		return part
	}
	if inner := strings.TrimSpace(part[open+1 : len(part)-1]); platform.MatchString(inner) {
		p.Platform = inner
	}
	return strings.TrimSpace(part[:open])
}

// notAuthors are the first words, or the whole names, of lines after a
// dash that sign no post: a page's own notes, days, places a dateline
// names and wire agencies.
var notAuthors = map[string]bool{
	"updated": true, "posted": true, "published": true, "corrected": true, "correction": true, "by": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"reuters": true, "ap": true, "afp": true, "associated press": true, "agence france-presse": true, "bloomberg": true,
	"pa": true, "pa media": true, "upi": true, "dpa": true, "efe": true, "ani": true, "pti": true, "ians": true,
}

// groupSignature parses the line that closes a post in a group when it
// gives neither a handle nor a date, only the author's name, the group's
// and perhaps the service: "— Jane Doe, Warrigal Bay Community
// Noticeboard", "— Jane Doe, Facebook". Other lines look like it ("— Jane
// Doe, Chief Executive"), so findPosts takes it only after a lead-in
// ending in a colon.
func groupSignature(s string) *Post {
	rest := strings.TrimLeft(s, "—–")
	if len(rest) == len(s) || len(s)-len(rest) > len("——") || !strings.Contains(rest, ",") {
		return nil
	}
	return datedPost(rest, "")
}

// signatureJoins are the words in lower case a name in a signature may
// hold.
var signatureJoins = map[string]bool{
	"of": true, "and": true, "&": true, "for": true, "the": true, "on": true,
	"de": true, "del": true, "la": true, "le": true, "da": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "bin": true, "al": true,
}

// isSignatureName reports whether s can be the name in a signature: one
// to seven words, the first in capitals, the last in capitals or digits,
// the others too unless they are joining words.
func isSignatureName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0 {
			continue
		}
		if i == 0 || i == len(words)-1 || !signatureJoins[w] {
			return false
		}
	}
	return true
}

// link matches the links a flattened post carries.
var link = regexp.MustCompile(`(?:https?://|pic\.twitter\.com/)\S+`)

type post struct {
	block Block
	next  int // index of the first line after the post
}

// findPosts finds the embedded posts among lines[from:], keyed by the index
// of each post's first line. A post is its signature line and the lines
// just before it that fit in one post (maxPostChars visible characters,
// links aside), stopping at list items, page boilerplate and, in text
// whose paragraphs are separated by blank lines, at a blank line.
//
// The line right before the signature is always the post's: a flattened
// page keeps an embed's text and drops its frame. A line above it of
// minProseLine characters or more holding several sentences is taken for
// the article's own prose. A shorter paragraph right before a short post
// can still be taken into it: the flattened page no longer says where the
// embed began.
func findPosts(lines []line, from int, wrapped bool) map[int]post {
	posts := make(map[int]post)
	taken := from
	for i := from; i < len(lines); i++ {
		sig := postSignature(lines[i].text)
		leadIn := false // the post must follow a line ending in a colon
		if sig != nil && sig.Handle == "" && i+1 < len(lines) {
			if _, ok := bulletItem(lines[i+1].text); ok {
				continue // an item of a list marked with dashes: "– Glasgow Barrowland, June 2"
			}
		}
		if sig == nil {
			if sig = groupSignature(lines[i].text); sig == nil {
				continue
			}
			leadIn = true
		}
		first, visible := i, 0
		for j := i - 1; j >= taken; j-- {
			t := lines[j].text
			if _, ok := bulletItem(t); ok || isBoilerplate(t) {
				break
			}
			if leadIn && strings.HasSuffix(strings.TrimSpace(t), ":") {
				break // the lead-in the group's signature needs
			}
			v := utf8.RuneCountInString(strings.TrimSpace(link.ReplaceAllString(t, "")))
			if v >= minProseLine && hasInnerSentenceEnd(t) && j < i-1 {
				break // a paragraph of the article's own prose, unless a lead-in introduces it: "…, posted on X:"
			}
			if visible+v > maxPostChars {
				break
			}
			visible += v
			first = j
			if wrapped && lines[j].blankBefore {
				break
			}
		}
		if sig.Handle == "" && first == i {
			continue // a signature without a handle needs a post above it
		}
		if leadIn && (first <= from || !strings.HasSuffix(strings.TrimSpace(lines[first-1].text), ":")) {
			continue
		}
		var text []string
		for _, l := range lines[first:i] {
			text = append(text, l.text)
		}
		body := strings.Join(text, " ")
		if body == "" {
			body = lines[i].text
		}
		sig.Links = link.FindAllString(body, -1)
		sig.Line = lines[i].text
		posts[first] = post{
			block: Block{
				Kind: corpus.KindPost, Text: body, Line: lines[first].num,
				Start: lines[first].start, End: lines[i].end,
				Post: sig,
			},
			next: i + 1,
		}
		taken = i + 1
	}
	return posts
}
