package entity

import (
	"unicode"

	"parallax/corpus"
	"parallax/corpus/givenname"
)

// stats counts how the corpus writes each word, so that a capitalised
// word where capitals say nothing (at a sentence start, in a headline-like
// line) can be judged by how it is written elsewhere.
type stats struct {
	capMid        map[string]int  // capitalised, not sentence-initial, in running text
	lower         map[string]int  // starting with a lower-case letter
	doubles       map[string]bool // "montenegro-ilunga": hyphenated words written after a given name, as a surname
	titleSurnames map[string]bool // "archdeacon": titles written as a surname, after a given name
	styled        map[string]bool // "canon price": a church's office and the surname it was written before, after a given name
	pairsMid      map[string]bool // "parks canada": two capitalised words written together, not sentence-initial, in running text
	phrases       map[string]bool // "table tennis": two words written together in lower case
}

// collect counts the words of every paragraph that is not a heading; in a
// social post it counts no word written in lower case.
func collect(c *corpus.Corpus) *stats {
	st := &stats{capMid: make(map[string]int), lower: make(map[string]int), doubles: make(map[string]bool), titleSurnames: make(map[string]bool), styled: make(map[string]bool), pairsMid: make(map[string]bool), phrases: make(map[string]bool)}
	var buf []token
	for ai := range c.Articles {
		for pi := range c.Articles[ai].Paragraphs {
			p := &c.Articles[ai].Paragraphs[pi]
			if p.Kind == corpus.KindHeading {
				continue
			}
			buf = tokenizeInto(buf[:0], p)
			titled := titleLike(buf)
			for k, t := range buf {
				if !t.word {
					continue
				}
				if t.hyph && t.cap && k >= 2 && !buf[k-1].hyph && buf[k-1].cap && buf[k-2].word && buf[k-2].cap && givenname.Is(buf[k-2].key) {
					st.doubles[buf[k-1].key+"-"+t.key] = true // "Rafael Montenegro-Ilunga"
				}
				if isTitle(t) && t.cap && !t.upper && k >= 1 && buf[k-1].word && buf[k-1].cap && givenname.Is(buf[k-1].key) && !isTitle(buf[k-1]) && (k+1 == len(buf) || !buf[k+1].cap) {
					st.titleSurnames[t.key] = true // "Simon Archdeacon"
				}
				if k+2 < len(buf) && buf[k+2].word && buf[k+2].cap && clergyStyle(buf, k) {
					st.styled[t.key+" "+buf[k+2].key] = true // "Canon Gwenllian Price-Ogunbanjo"
				}
				if k+2 < len(buf) && buf[k+1].word && buf[k+1].cap && buf[k+2].word && buf[k+2].cap && addressStyled(buf, k, k+3) && (k+3 == len(buf) || !buf[k+3].word || !buf[k+3].cap) {
					// "Sister Magdalene" after "Sister Magdalene Achieng":
					// the style before the given name alone.
					st.styled[t.key+" "+buf[k+1].key] = true
				}
				if t.hyph || k+1 < len(buf) && buf[k+1].hyph {
					continue // a part of a hyphenated word says little alone
				}
				r := firstRune(t.text)
				switch {
				case unicode.IsLower(r) && p.Kind == corpus.KindPost:
					// A post's writer may write names in lower case:
					// "lyra i love you".
				case unicode.IsLower(r):
					st.lower[t.key]++
					if p := buf[max(k-1, 0)]; k > 0 && p.word && !p.hyph && p.sent == t.sent && unicode.IsLower(firstRune(p.text)) && !stopwords[p.key] && !stopwords[t.key] {
						st.phrases[p.key+" "+t.key] = true
					}
				case t.cap && !t.initial && !t.upper && !titled:
					st.capMid[t.key]++
					if n := k + 1; n < len(buf) && buf[n].word && buf[n].cap && !buf[n].hyph && buf[n].sent == t.sent && !buf[n].upper {
						st.pairsMid[t.key+" "+buf[n].key] = true
					}
				}
			}
		}
	}
	return st
}

// evidence reports whether a capitalised word at a place where capitals
// say nothing is still a name: it is listed in a gazetteer or among given
// names, or the corpus writes it capitalised in running text and (almost)
// never in lower case.
func (st *stats) evidence(key string) bool {
	if _, ok := gazetteer[key]; ok {
		return true
	}
	if givenname.Is(key) {
		return true
	}
	n := st.capMid[key]
	return n > 0 && st.lower[key]*4 < n
}

// titleLike reports whether a paragraph's words are capitalised like a
// headline ("Security Experts Warn …") or shouted in capitals: at least
// three capitalised content words and none in lower case, or hardly any
// in a short line. Then no
// capital in it says anything.
func titleLike(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !t.word || len(t.key) < 4 || stopwords[t.key] || !unicode.IsLetter(firstRune(t.text)) {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return caps >= 3 && (caps == words || (words-caps)*5 <= caps && words <= 12)
}
