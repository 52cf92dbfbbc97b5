// Package givenname tells whether a word is a common given name and which
// gender it usually indicates.
//
// The lists in male.txt, female.txt and unisex.txt hold about 7,700 given
// names in lower case, from English-speaking, European, Latin American,
// Slavic, Arabic, Persian, Turkish, South Asian, East and Southeast Asian
// and African naming traditions, with accented names also listed in their
// plain-ASCII spelling. A name goes in male.txt or female.txt only when it
// is well over nine times in ten that gender; otherwise it is unisex. The
// lists leave out mainly-surnames, titles, months and days, places and most
// names that are also ordinary English words ("will", "hope", "art"); the
// few kept ("mark", "frank", "grace") are too common as names to miss, and
// callers check capitalisation and context before trusting a match.
package givenname

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gender is the gender a given name usually indicates.
type Gender byte

// The genders a name can indicate.
const (
	Unknown Gender = iota // not a known name, or used for both
	Male
	Female
)

var (
	//go:embed male.txt
	maleText string
	//go:embed female.txt
	femaleText string
	//go:embed unisex.txt
	unisexText string
)

// names maps each listed name to its gender. It is built once, on first
// use, and never changed after.
var names = sync.OnceValue(func() map[string]Gender {
	m := make(map[string]Gender, 8000)
	for _, l := range []struct {
		text string
		g    Gender
	}{{maleText, Male}, {femaleText, Female}, {unisexText, Unknown}} {
		for _, w := range strings.Fields(l.text) {
			m[w] = l.g
		}
	}
	return m
})

// Is reports whether key, a lower-case word, is a common given name. An
// accented spelling the lists lack counts when its plain letters are
// listed: "amélia" as "amelia".
func Is(key string) bool {
	_, ok := lookup(key)
	return ok
}

// Of returns the gender the given name key usually indicates: Unknown for
// a unisex name or a word that is not a listed name.
//
// A double name the lists lack, both of whose parts they list, has the
// gender its parts share, or the one part's when the other is used for
// both: "marie-claire" a woman's, "jean-thierry" a man's. Parts of two
// genders give Unknown: "lee-ann", "tyler-rose". Is still reports it as
// unlisted.
func Of(key string) Gender {
	g, ok := lookup(key)
	if ok {
		return g
	}
	first, second, double := strings.Cut(key, "-")
	if !double {
		return Unknown
	}
	g1, ok1 := lookup(first)
	g2, ok2 := lookup(second)
	switch {
	case !ok1 || !ok2, g1 != Unknown && g2 != Unknown && g1 != g2:
		return Unknown // "lee-ann", "tyler-rose": a man's name first is no sign
	case g1 != Unknown:
		return g1
	}
	return g2
}

// lookup finds key in the lists, as written or with its accents dropped.
func lookup(key string) (Gender, bool) {
	m := names()
	if g, ok := m[key]; ok {
		return g, true
	}
	plain, folded := fold(key)
	if !folded {
		return Unknown, false
	}
	g, ok := m[plain]
	return g, ok
}

// fold returns key without its combining marks, and whether it had any.
func fold(key string) (string, bool) {
	if isASCII(key) {
		return key, false
	}
	var b strings.Builder
	folded := false
	for _, r := range norm.NFD.String(key) {
		if unicode.Is(unicode.Mn, r) {
			folded = true
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), folded
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
