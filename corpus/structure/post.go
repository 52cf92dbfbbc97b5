package structure

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"parallax/corpus"
)

// signature matches the line that closes a social post embedded in a page:
// "— Jane Doe (@janedoe) March 14, 2025".
var signature = regexp.MustCompile(`^[—–-]{1,2}\s*(.{1,80}?)\s*\((@\w{1,30})\)\s*(.{0,40})$`)

// platformSignature matches the line that closes a post when it names the
// service rather than the account: "— Jane Doe, on Facebook", "— Jane
// Doe via Instagram, June 3". The name is one to six capitalised words,
// so a line of prose after a dash is not taken for one.
var platformSignature = regexp.MustCompile(`^[—–]{1,2}\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*),?\s+(?:on|via)\s+(Facebook|Instagram|X|Twitter|TikTok|Threads|Bluesky|LinkedIn|YouTube|Reddit|Mastodon|Telegram|Snapchat|WhatsApp)\b[,.]?\s*(.{0,40})$`)

// postSignature parses a line that closes an embedded post, or returns
// nil.
func postSignature(s string) *Post {
	if m := signature.FindStringSubmatch(s); m != nil {
		return &Post{Author: strings.TrimSpace(m[1]), Handle: m[2], Date: strings.TrimSpace(m[3])}
	}
	if m := platformSignature.FindStringSubmatch(s); m != nil {
		return &Post{Author: strings.TrimSpace(m[1]), Platform: m[2], Date: strings.TrimSpace(m[3])}
	}
	return nil
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
		if sig == nil {
			continue
		}
		first, visible := i, 0
		for j := i - 1; j >= taken; j-- {
			t := lines[j].text
			if _, ok := bulletItem(t); ok || isBoilerplate(t) {
				break
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
		var text []string
		for _, l := range lines[first:i] {
			text = append(text, l.text)
		}
		body := strings.Join(text, " ")
		if body == "" {
			body = lines[i].text
		}
		sig.Links = link.FindAllString(body, -1)
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
