package repair

import (
	"html"
	"strings"
	"unicode/utf8"
)

// entityEdits decodes the HTML character references in s: named ones such as
// "&amp;" and "&eacute;" (and all-capitals forms of the lower-case ones, as
// in "P&EACUTE;REZ"), and numeric ones such as "&#8217;" and "&#x2019;".
// Only complete references are decoded: "&" must be followed by a name or
// number and a semicolon, so "AT&T", "R&D" and "fish & chips" stay.
func entityEdits(s string, _ hints) []edit {
	var edits []edit
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		end := entityEnd(s, i)
		if end < 0 {
			continue
		}
		if dec, ok := decodeEntity(s[i:end]); ok {
			edits = append(edits, edit{i, end, dec, Entity})
			i = end - 1
		}
	}
	return edits
}

// entityEnd returns the end of the reference-shaped text "&name;" or
// "&#digits;" at s[i], or -1. Names and numbers are 1 to 24 letters and
// digits, as ftfy allows.
func entityEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
	}
	k := j
	for k < len(s) && k-j < 25 && isAlnum(s[k]) {
		k++
	}
	if k == j || k-j > 24 || k >= len(s) || s[k] != ';' {
		return -1
	}
	return k + 1
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// decodeEntity decodes one reference, such as "&amp;". It reports false
// for text that only looks like one.
func decodeEntity(ref string) (string, bool) {
	if dec, ok := unescape(ref); ok {
		return dec, true
	}
	name := ref[1 : len(ref)-1]
	if name[0] == '#' || strings.ToUpper(name) != name {
		return "", false
	}
	// "&EACUTE;" for "&eacute;": a name that was made all capitals.
	dec, ok := unescape("&" + strings.ToLower(name) + ";")
	if !ok || utf8.RuneCountInString(dec) != 1 {
		return "", false
	}
	return strings.ToUpper(dec), true
}

// unescape decodes ref with the standard library, and reports whether it
// was one whole reference: html.UnescapeString also decodes prefixes such
// as "&not" in "&notit;", which leave the semicolon behind.
func unescape(ref string) (string, bool) {
	dec := html.UnescapeString(ref)
	if dec == ref || strings.Contains(dec, ";") {
		return "", false
	}
	return dec, true
}
