package entity

import (
	"strings"
	"unicode"
)

// months maps the names of months and their abbreviations to the month.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays are the names of the days of the week.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// monthCues before "May" (or another month name that is also a word) make
// it the month: "in May", "since May".
var monthCues = set(`in on since until till by early late mid last next this of from through
	during before after between`)

// findDates returns the spans [s, e) of tokens that make up explicit
// calendar references: weekdays, months with or without day and year,
// day-month-year dates and years. Relative references ("last week") are
// not dates.
func findDates(toks []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		if n := holiday(toks, i); n > 0 {
			out = append(out, [2]int{i, i + n})
			i += n - 1
			continue
		}
		switch {
		case weekdays[t.key] && t.cap && !dayInName(toks, i):
			out = append(out, [2]int{i, i + 1})
		case isMonth(toks, i):
			s, e := i, i+1
			// day-month: "14 March"
			if i > 0 && isDay(toks[i-1]) && (len(out) == 0 || out[len(out)-1][1] <= i-1) {
				s = i - 1
			}
			// month day: "March 14", "Feb. 9"
			if e < len(toks) && isDay(toks[e]) && s == i {
				e++
			}
			// year: "March 14, 2025", "October 1961"
			if e+1 < len(toks) && toks[e].key == "," && e > i+1 && isYear(toks, e+1) {
				e += 2
			} else if e < len(toks) && isYear(toks, e) {
				e++
			}
			out = append(out, [2]int{s, e})
			i = e - 1
		case isDecade(t):
			out = append(out, [2]int{i, i + 1})
		case isYear(toks, i):
			out = append(out, [2]int{i, i + 1})
		}
	}
	return out
}

// isMonth reports whether toks[i] is a month's name used as one.
func isMonth(toks []token, i int) bool {
	t := toks[i]
	m, ok := months[t.key]
	if !ok || !t.cap || t.upper && len(t.key) > 3 {
		return false
	}
	abbrev := len(t.key) <= 4 && t.key != "june" && t.key != "july" && t.key != "may"
	next := i+1 < len(toks) && (isDay(toks[i+1]) || isYear(toks, i+1))
	if abbrev && !strings.HasSuffix(t.text, ".") && !next {
		return false // "Mar", "Jan" alone are names or words
	}
	if m == 5 || m == 3 && t.initial || m == 4 && t.initial {
		// "May" is a verb; "March" and "April" start sentences as words and names.
		return next || i > 0 && monthCues[toks[i-1].key]
	}
	if t.initial && !next {
		return i+1 < len(toks) && !toks[i+1].cap && !toks[i+1].word
	}
	return true
}

// isDay reports whether t is a day of the month: 1 to 31, optionally with
// an ordinal ending.
func isDay(t token) bool {
	k := t.key
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(k) > 2 && strings.HasSuffix(k, suf) {
			k = k[:len(k)-2]
			break
		}
	}
	if len(k) == 0 || len(k) > 2 || !allDigits(k) {
		return false
	}
	n := int(k[0] - '0')
	if len(k) == 2 {
		n = n*10 + int(k[1]-'0')
	}
	return n >= 1 && n <= 31
}

// isYear reports whether toks[i] is a year from 1800 to 2099 standing
// alone: not an amount ("$2025"), a percentage or part of a longer
// number.
func isYear(toks []token, i int) bool {
	t := toks[i]
	if len(t.key) != 4 || !allDigits(t.key) || t.hyph {
		return false
	}
	if !(strings.HasPrefix(t.key, "18") || strings.HasPrefix(t.key, "19") || strings.HasPrefix(t.key, "20")) {
		return false
	}
	if i > 0 {
		p := toks[i-1]
		if !p.word && strings.ContainsAny(p.key, "$£€#,.") && p.end == t.start {
			return false
		}
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if n.start == t.end && (n.key == "%" || n.hyph) {
			return false
		}
		if n.word && (n.key == "percent" || n.key == "per" || n.key == "people" || n.key == "jobs") {
			return false
		}
	}
	return true
}

// allDigits reports whether s is non-empty and all ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isDecade reports whether t is a decade written in digits: "1970s".
func isDecade(t token) bool {
	k := t.key
	return len(k) == 5 && k[4] == 's' && k[3] == '0' && allDigits(k[:4]) && (k[:2] == "18" || k[:2] == "19" || k[:2] == "20")
}

// holiday returns the number of tokens of the named holiday starting at
// toks[i] ("Labor Day", "Christmas Eve"), or 0.
func holiday(toks []token, i int) int {
	if !toks[i].cap || !holidayFirst[toks[i].key] {
		return 0
	}
	best := 0
	var b strings.Builder
	for n := 1; n <= 5 && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			if t.hyph {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.key)
		if t.poss {
			b.WriteString("'s")
		}
		if holidayKeys[b.String()] {
			best = n
		}
		if t.poss {
			// A possessive may only end the holiday's first word ("Mother's Day").
			if n > 1 {
				break
			}
		}
	}
	return best
}

// dayInName reports whether toks[i], the name of a day, stands inside a
// name, between two of its words, the last of which says what the name
// names (IsDayNameHead): "Pellingham Shrove Tuesday Committee", "the Good
// Friday Agreement"; not "told CNN Monday Israel had agreed".
func dayInName(toks []token, i int) bool {
	if !weekdays[toks[i].key] || i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	return p.word && p.cap && !p.poss && !stopwords[p.key] && !isTitle(p) && p.sent == toks[i].sent &&
		n.word && n.cap && n.sent == toks[i].sent && IsDayNameHead(n.key)
}

// dayNameHeads end names that hold a day's name, besides the heads of
// bodies and events: "Black Friday Sale", "Easter Monday Parade".
var dayNameHeads = set(`agreement sale sales parade market fair appeal service club`)

// IsDayNameHead reports whether key, after a day's name inside a run of
// capitalised words, ends a name that holds the day: a body's head, an
// event's, or a word such as "Agreement" or "Parade".
func IsDayNameHead(key string) bool {
	return dayNameHeads[key] || orgSuffixes[key] || events[key]
}
