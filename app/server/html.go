package server

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
)

// tidyPage rewrites an HTML page as go-app renders it:
//
//   - go-app writes attribute values as Go string literals
//     (strconv.Quote), which HTML does not read: a quotation mark in an
//     article's title would end the attribute and a non-breaking space
//     would show as \u00a0. Each value is decoded and written
//     HTML-escaped.
//   - go-app writes attributes in map order; they are sorted by name so
//     the same page is always the same bytes.
//   - Without a domain go-app writes link-preview URLs as "https://" and
//     "https:///path". og:url, which must be absolute, is left out; the
//     others become root-relative paths. With a domain, the home page's
//     og:url under a prefix gets its trailing slash ("https://host/x/").
//     A <meta> naming a property with no content (an empty author) is
//     left out.
//   - If csp is not empty it is inserted as a
//     <meta http-equiv="Content-Security-Policy"> right after
//     <meta charset>, before anything the page loads.
//
// Text, comments and end tags are copied as they are; so is anything that
// does not parse as a start tag.
func tidyPage(page []byte, o tidyOptions) []byte {
	var out bytes.Buffer
	out.Grow(len(page) + len(o.csp) + 64)
	for i := 0; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			out.Write(page[i:])
			break
		}
		out.Write(page[i : i+lt])
		i += lt
		t, n := parseTag(page[i:])
		if n == 0 {
			out.WriteByte('<')
			i++
			continue
		}
		i += n
		if t.name == "meta" && dropMeta(&t, o) {
			// Drop the element and its line.
			trimmed := bytes.TrimRight(out.Bytes(), " ")
			out.Truncate(len(trimmed))
			if i < len(page) && page[i] == '\n' && (out.Len() == 0 || trimmed[len(trimmed)-1] == '\n') {
				i++
			}
			continue
		}
		if t.name == "link" && o.domain == "" {
			if v, ok := t.get("href"); ok {
				t.set("href", relativeOG(v))
			}
		}
		t.write(&out)
		if t.name == "meta" && o.csp != "" {
			if _, ok := t.get("charset"); ok {
				out.WriteString(indentBefore(out.Bytes()))
				meta := tag{name: "meta", attrs: []attr{{"content", o.csp, true}, {"http-equiv", "Content-Security-Policy", true}}}
				meta.write(&out)
			}
		}
	}
	return out.Bytes()
}

// tidyOptions says how tidyPage adjusts a page.
type tidyOptions struct {
	domain string // the site's host name, or ""
	prefix string // the site's path prefix, "" or "/x" without a trailing slash
	csp    string // a Content-Security-Policy to insert, or ""
}

// dropMeta fixes a <meta> element's link-preview URL and reports whether
// the element should be left out.
func dropMeta(t *tag, o tidyOptions) bool {
	key, ok := t.get("property")
	if !ok {
		key, ok = t.get("name")
	}
	if !ok {
		return false
	}
	content, ok := t.get("content")
	if !ok || content == "" {
		return true
	}
	if o.domain != "" {
		if key == "og:url" && o.prefix != "" && content == "https://"+o.domain+o.prefix {
			t.set("content", content+"/")
		}
		return false
	}
	switch key {
	case "og:url":
		return true
	case "og:image", "twitter:image":
		rel := relativeOG(content)
		if rel == "" {
			return true
		}
		t.set("content", rel)
	}
	return false
}

// relativeOG turns a URL go-app resolved against an empty domain
// ("https:///path") into the path; "https://" alone becomes "". Other
// values are returned as they are.
func relativeOG(v string) string {
	if v == "https://" {
		return ""
	}
	if p, ok := strings.CutPrefix(v, "https:///"); ok {
		return "/" + p
	}
	return v
}

// indentBefore returns a newline and the indentation of the last line of
// b.
func indentBefore(b []byte) string {
	line := b[bytes.LastIndexByte(b, '\n')+1:]
	n := len(line) - len(bytes.TrimLeft(line, " "))
	return "\n" + strings.Repeat(" ", n)
}

// tag is a parsed start tag.
type tag struct {
	name        string
	attrs       []attr
	selfClosing bool
}

// attr is one attribute; a bare attribute (such as defer) has no value.
type attr struct {
	name, value string
	hasValue    bool
}

func (t *tag) get(name string) (string, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value, a.hasValue
		}
	}
	return "", false
}

func (t *tag) set(name, value string) {
	for i := range t.attrs {
		if t.attrs[i].name == name {
			t.attrs[i].value, t.attrs[i].hasValue = value, true
		}
	}
}

// write writes the tag with its attributes sorted by name.
func (t *tag) write(out *bytes.Buffer) {
	sort.SliceStable(t.attrs, func(i, j int) bool { return t.attrs[i].name < t.attrs[j].name })
	out.WriteByte('<')
	out.WriteString(t.name)
	for _, a := range t.attrs {
		out.WriteByte(' ')
		out.WriteString(a.name)
		if a.hasValue {
			out.WriteString(`="`)
			out.WriteString(attrEscaper.Replace(a.value))
			out.WriteByte('"')
		}
	}
	if t.selfClosing {
		out.WriteByte('/')
	}
	out.WriteByte('>')
}

// attrEscaper escapes a double-quoted attribute value.
var attrEscaper = strings.NewReplacer(`&`, "&amp;", `"`, "&quot;", `<`, "&lt;", `>`, "&gt;")

// parseTag parses the start tag at the beginning of b, which starts with
// '<'. It returns the tag and its length in bytes, or a length of 0 if b
// does not start with a start tag whose every value is a well-formed
// double-quoted string.
func parseTag(b []byte) (tag, int) {
	i := 1
	for i < len(b) && isNameByte(b[i]) {
		i++
	}
	if i == 1 || !isLetter(b[1]) {
		return tag{}, 0
	}
	t := tag{name: strings.ToLower(string(b[1:i]))}
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		switch {
		case i >= len(b):
			return tag{}, 0
		case b[i] == '>':
			return t, i + 1
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '>':
			t.selfClosing = true
			return t, i + 2
		}
		start := i
		for i < len(b) && !isSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/' && b[i] != '"' && b[i] != '\'' && b[i] != '<' {
			i++
		}
		if i == start {
			return tag{}, 0
		}
		a := attr{name: strings.ToLower(string(b[start:i]))}
		if i < len(b) && b[i] == '=' {
			i++
			v, n := parseValue(b[i:])
			if n == 0 {
				return tag{}, 0
			}
			a.value, a.hasValue = v, true
			i += n
		}
		t.attrs = append(t.attrs, a)
	}
}

// parseValue parses a double-quoted Go string literal, as go-app writes
// attribute values, at the beginning of b. It returns the value and the
// literal's length, or a length of 0.
func parseValue(b []byte) (string, int) {
	if len(b) == 0 || b[0] != '"' {
		return "", 0
	}
	for i := 1; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			v, err := strconv.Unquote(string(b[:i+1]))
			if err != nil {
				return "", 0
			}
			return v, i + 1
		case '\n':
			return "", 0
		}
	}
	return "", 0
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isNameByte(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' || c == '-' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
