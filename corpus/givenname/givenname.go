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

// Is reports whether key, a lower-case word, is a common given name.
func Is(key string) bool {
	_, ok := names()[key]
	return ok
}

// Of returns the gender the given name key usually indicates: Unknown for
// a unisex name or a word that is not a listed name.
func Of(key string) Gender {
	return names()[key]
}
