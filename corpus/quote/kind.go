package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/demonym"
)

// This file holds the rules that tell the kind of a quotation beyond the
// basic statement and term: posts introduced in the writer's prose, labels
// and glosses, and quotations in single marks in headings and captions.

// maxHeadingWords is the most words a paragraph may have for its
// single-quoted spans to be taken as quotations with no reporting verb
// beside them: a heading, a live-blog entry's title, a caption.
const maxHeadingWords = 30

// doubleMarks are the double quotation marks findRegions pairs.
const doubleMarks = "\"“”„‟«»"

// singleRegions finds the quotations in single marks (‘…’ or '…') of a
// paragraph with no double quotation marks, as British outlets write them
// in headings, live-blog entry titles and captions: "16.12 'My mother is
// still in there'", "Minister: union ‘holding the city to ransom’". A span
// is taken only when the paragraph is short (or a heading or caption) or a
// reporting verb stands beside it ("‘…,’ she says"). Apostrophes never
// open or close one: an opening mark follows the start, a space, a colon,
// a dash or a parenthesis and comes before a letter or digit (not ’90s),
// and a closing mark follows text and comes before the end, a space or
// punctuation. A closing mark after punctuation or before punctuation or
// the end is taken first; failing that, the only one before a space and
// the next opening mark, unless it may be a plural possessive ("the
// players’ union").
func singleRegions(text string, kind corpus.Kind) []region {
	if strings.ContainsAny(text, doubleMarks) || !strings.ContainsAny(text, "'‘") {
		return nil
	}
	short := kind == corpus.KindHeading || kind == corpus.KindCaption || wordCount(text) <= maxHeadingWords
	var out []region
	for _, r := range pairSingles(text, false) {
		if short || reportedSingle(text, r) {
			out = append(out, r)
		}
	}
	return out
}

// pairSingles pairs the single quotation marks of a text (‘…’ or '…'),
// telling apostrophes apart, and returns the quotations with at least two
// letters or digits. With open set, a mark opening the text or a sentence
// that nothing closes opens a quotation that runs to the end, as a
// quotation running on into the next paragraph does.
func pairSingles(text string, open bool) []region {
	var out []region
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '‘' || r == '\'') && opensSingle(text, i, n) {
			reg := region{open: i, start: i + n}
			c, cn, ok := closeSingle(text, i+n, r)
			switch {
			case ok:
				reg.close, reg.end, reg.closed = c+cn, c, true
			case open && sentenceStart(text, i):
				reg.close, reg.end = len(text), len(text)
			default:
				i += n
				continue
			}
			if tr, ok := trimRegion(text, reg); ok && letterCount(text[tr.start:tr.end]) >= 2 {
				out = append(out, tr)
			}
			i = reg.close
			continue
		}
		i += n
	}
	return out
}

// sentenceStart reports whether text[i:] starts the text or a sentence:
// space and, before it, the end of a sentence or a colon come before it.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	return before == "" || before != text[:i] && strings.ContainsAny(before[len(before)-1:], ".?!:")
}

// singleStyle reports whether an article marks its quotations with single
// marks, as some outlets do (‘…’, with “…” nested inside): more than twice
// as many of its quotations in single marks outside double ones stand
// beside a reporting verb as there are quotations in double marks
// outside single ones, and at least two.
func singleStyle(ps []corpus.Paragraph) bool {
	singles, doubles := 0, 0
	for _, p := range ps {
		if p.Kind == corpus.KindPost {
			continue
		}
		ss, ds := pairSingles(p.Text, true), findRegions(p.Text)
		for _, r := range ss {
			if !within(r, ds) && reportedSingle(p.Text, r) {
				singles++
			}
		}
		for _, r := range ds {
			if !within(r, ss) {
				doubles++
			}
		}
	}
	return singles >= 2 && singles > 2*doubles
}

// singleFirst returns the quotations of a paragraph of an article in
// single style: those in single marks, and those in double marks outside
// them, in order.
func singleFirst(text string) []region {
	out := pairSingles(text, true)
	for _, r := range findRegions(text) {
		if !slices.ContainsFunc(out, func(o region) bool { return r.open < o.close && o.open < r.close }) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b region) int { return a.open - b.open })
	return out
}

// within reports whether r lies inside one of rs.
func within(r region, rs []region) bool {
	return slices.ContainsFunc(rs, func(o region) bool { return o.open < r.open && r.close <= o.close })
}

// opensSingle reports whether the single mark text[i:i+n] can open a
// quotation.
func opensSingle(text string, i, n int) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune(":(—–", prev) {
			return false
		}
	}
	if i+n >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	j := i + n
	for j < len(text) && '0' <= text[j] && text[j] <= '9' {
		j++
	}
	return j == i+n || j == len(text) || text[j] != 's' // '90s
}

// closeSingle finds the mark closing a quotation opened by open, from
// text[from:], and returns its position and width. A mark after
// punctuation or before punctuation or the end closes it; failing that,
// the only mark between words that is not a plural possessive does.
func closeSingle(text string, from int, open rune) (int, int, bool) {
	want := '’'
	if open == '\'' {
		want = '\''
	}
	n := utf8.RuneLen(want)
	var weak []int // marks between a word and a space
	for j := from; j < len(text); {
		r, rn := utf8.DecodeRuneInString(text[j:])
		if r == open && len(weak) > 0 && opensSingle(text, j, rn) {
			break // the next quotation: "rock 'n' roll's 'golden era'"
		}
		if r != want {
			j += rn
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		next := rune(-1)
		if j+n < len(text) {
			next, _ = utf8.DecodeRuneInString(text[j+n:])
		}
		switch {
		case unicode.IsSpace(prev) || next != -1 && !unicode.IsSpace(next) && !unicode.IsPunct(next):
			// an apostrophe inside a word or before one: it’s, ’90s
		case next == -1 || unicode.IsPunct(next) || unicode.IsPunct(prev):
			return j, n, true
		default:
			weak = append(weak, j)
		}
		j += n
	}
	weak = slices.DeleteFunc(weak, func(j int) bool { return pluralPossessive(text, j+n) })
	if len(weak) != 1 {
		return 0, 0, false
	}
	return weak[0], n, true
}

// pluralPossessive reports whether the mark ending at text[:end] may be
// the apostrophe of a plural possessive, as in "the players’ union": it
// follows an "s" and comes before a word in lower case that can follow a
// possessive. A preposition, a conjunction, an article or an auxiliary
// cannot, so in "has ‘no good options’ after" the mark closes a quotation.
func pluralPossessive(text string, end int) bool {
	if end < 2 || !strings.HasSuffix(strings.TrimRight(text[:end], "'’"), "s") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[end:], " "), " ")
	next = strings.TrimRightFunc(next, unicode.IsPunct)
	c, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(c) && !objectFollowers[next] && !auxiliaries[next] && !objectOpeners[next]
}

// letterCount returns the number of letters and digits in s.
func letterCount(s string) int {
	n := 0
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			n++
		}
	}
	return n
}

// reportedSingle reports whether a reporting verb stands beside the
// single-quoted region r: after it, with at most the speaker between
// ("‘…,’ she says", "‘…,’ says Ms Okafor"), or within four words before a
// colon or comma introducing it ("She said: ‘…’").
func reportedSingle(text string, r region) bool {
	after := strings.FieldsFunc(text[r.close:], func(c rune) bool { return !isWordRune(c) && c != '.' })
	for i := 0; i < len(after) && i < 3; i++ {
		if reportVerbs[strings.TrimSuffix(strings.ToLower(after[i]), ".")] != 0 { // "she said."
			return true
		}
		// Only the speaker comes between: "she", "Ms Okafor".
		if _, pron := pronouns[after[i]]; !pron && !capitalised(after[i]) {
			break
		}
	}
	lead := strings.TrimRightFunc(text[:r.open], unicode.IsSpace)
	if !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, ",") {
		return false
	}
	before := strings.Fields(lead)
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		if reportVerbs[strings.ToLower(strings.Trim(before[i], ",:"))] != 0 {
			return true
		}
	}
	return false
}

// singleMarked reports whether region ri of the paragraph is in single
// marks where the article's prose uses double ones, or in a heading or a
// caption of an article that quotes in single marks.
func (x *para) singleMarked(ri int) bool {
	if x.single && x.p.Kind != corpus.KindHeading && x.p.Kind != corpus.KindCaption && wordCount(x.p.Text) > maxHeadingWords {
		return false // the article's usual marks, in its prose
	}
	r, _ := utf8.DecodeRuneInString(x.p.Text[x.regions[ri].open:])
	return r == '‘' || r == '\''
}

// echoSpeakers gives a quotation in single marks that names no speaker
// (a heading, a live-blog entry's title) the speaker of the quotation in
// the article that repeats its words, the first after it or else the
// nearest before: "16.12 'My mother is still in there'" is said by the
// woman quoted in the entry below it. A heading whose words the article
// does not repeat keeps the speaker its attribution gives, or none.
//
// A heading that is nothing but a quotation, in any marks, is a pull
// quote: it has the speaker and the kind of the quotation in the prose
// that repeats its words, whatever the paragraph before it says.
//
// So does a quotation in the line under the headline or the story's
// opening paragraph that no name attributes: "… as council leader says
// reductions are “the least bad option”" is said by the leader the story
// names where it repeats them, "a retired mail carrier says they “own the
// sidewalk now”" by the man quoted below saying so. So are a post's words
// there: "The comedian called the decision “…” in a post on X".
func (art *article) echoSpeakers(out []Quote) {
	for i := range out {
		q := &out[i]
		if len(q.Spans) != 1 {
			continue
		}
		x := art.paraByID(q.Spans[0].Paragraph)
		if x == nil {
			continue
		}
		pull := x.pullQuote(q.Spans[0])
		// A statement of three words or more in the line under the
		// headline that nothing there attributes, or only a word no one
		// else is named by, is the body's, whoever it says spoke:
		// "Organisers say they “cannot guarantee your safety”", "Judges
		// hail second novel as “a masterpiece of quiet fury”", "Trainer
		// calls ban “…”".
		said := art.saidByOne(x, q.Spans[0].Start)
		open := x.standfirst() && art.bareWord(q.Speaker, x.index) && q.Kind == Statement && wordCount(q.Text) >= 3
		lead := said || open
		if !pull && (q.Kind != Statement && (q.Kind != Post || !lead) || q.Speaker != "" && !open || !x.singleMarkedAt(q.Spans[0].Start) && !lead) {
			continue
		}
		words := " " + echoKey(q.Text) + " "
		if words == "  " {
			continue
		}
		// Past the line under the headline, a word or two the lede
		// gives someone described is not said by one the body gives
		// another title or role: "A neighbour described the scene as
		// “chaos”" is not Superintendent John Kelly's "“It was chaos,”
		// said". A longer phrase is.
		head := ""
		if lead && !pull && !x.standfirst() && !x.singleMarkedAt(q.Spans[0].Start) {
			head = art.ledeHead(x, q.Spans[0].Start)
		}
		best, asTerm := -1, false
		for j := range out {
			o := out[j]
			if j != i && o.Kind == Term && !pull && !said && " "+echoKey(o.Text)+" " == words && o.Spans[0].Paragraph != q.Spans[0].Paragraph {
				asTerm = true
			}
			if j == i || o.Kind == Term && !pull || o.Spans[0].Paragraph == q.Spans[0].Paragraph || o.Speaker == "" && lead || !strings.Contains(" "+echoKey(o.Text)+" ", words) {
				continue
			}
			if head != "" && len(strings.Fields(words)) < 3 && art.otherwiseTitled(o.Speaker, head) {
				continue
			}
			if open && !said && art.deniedEcho(o) {
				continue // "Tom Hale rejected claims it was “a white elephant”" does not say it
			}
			if ox := art.paraByID(o.Spans[0].Paragraph); pull && (ox == nil || ox.p.Kind == corpus.KindHeading || ox.subheadQuote(o.Spans[0])) {
				continue // another heading is no source
			}
			best = j // the first after, else the nearest before
			if j > i {
				break
			}
		}
		if asTerm && (best < 0 || " "+echoKey(out[best].Text)+" " != words) {
			// The prose marks the same words as a term, no one says
			// them alone, and the line does not give them to anyone:
			// "… into ‘dry spills’ as …" where the story writes of
			// “dry spills”.
			q.Kind, q.Speaker = Term, ""
			continue
		}
		if q.Kind == Post {
			// The post the body quotes, before another who says the same
			// words: "The singer called the ban “absurd” in a post on
			// Instagram" is not the promoter who "said the policy was
			// “absurd”".
			for j, o := range out {
				if j != i && o.Kind == Post && o.Spans[0].Paragraph != q.Spans[0].Paragraph && o.Speaker != "" && strings.Contains(" "+echoKey(o.Text)+" ", words) {
					best = j
					if j > i {
						break
					}
				}
			}
		}
		if best < 0 && pull {
			best = art.nearEcho(out, i)
		}
		if best >= 0 {
			q.Speaker = out[best].Speaker
			if pull {
				q.Kind = out[best].Kind
			}
		}
	}
}

// bareWord reports whether speaker names no one the article names
// outside paragraph pi: none, or a single word that only the line under
// the headline uses, where a noun opening it is capitalised ("Trainer
// says …", "Frenchman admits …", "CIO insists …"); a name is no noun
// ("Nato warns …").
func (art *article) bareWord(speaker string, pi int) bool {
	if speaker == "" {
		return true
	}
	if key := strings.ToLower(speaker); strings.Contains(speaker, " ") || !isTitleKey(key) && !isPeopleNoun(key) && !roleHeads[key] && !demonym.Is(key) {
		return false // a name: "Nato warns …", "Albanese says …"
	}
	for _, m := range art.mentions {
		if m.para != pi && m.name == speaker {
			return false
		}
	}
	return true
}

// denyWords, before a quotation in its sentence, say that its speaker
// rejects the words rather than says them: "rejected claims it was “a
// white elephant”".
var denyWords = set(`not never hardly rejected rejects rejecting denied denies denying dismissed dismisses disputed disputes mocked ridiculed`)

// deniedEcho reports whether the quotation o is one its speaker denies or
// mocks: a word of denial or "anything but" in its sentence before it,
// "Moscow was not “preparing for a long war”".
func (art *article) deniedEcho(o Quote) bool {
	x := art.paraByID(o.Spans[0].Paragraph)
	if x == nil {
		return false
	}
	ri := x.regionAt(o.Spans[0].Start)
	if ri < 0 {
		return false
	}
	q := x.qtok[ri]
	for k := q - 1; k >= x.ustart[x.toks[q].unit] && x.toks[k].kind != quoted; k-- {
		if x.toks[k].kind == word && (denyWords[x.key(k)] || x.key(k) == "but" && x.key(k-1) == "anything") {
			return true
		}
	}
	return false
}

// saidByOne reports whether the quotation at offset start of paragraph x,
// the line under the headline, is attributed to one person or body
// described, not named: "council leader says", "CEO says", "trainer …
// insists he"; not "keepers say".
func (art *article) saidByOne(x *para, start int) bool {
	if !x.standfirst() && !art.lede(x) {
		return false
	}
	for _, f := range art.finds {
		if f.para != x.index || f.tok < 0 || f.region >= len(x.regions) {
			continue
		}
		if reg := x.regions[f.region]; reg.start <= start && start < reg.end {
			switch f.ref.kind {
			case refDesc:
				return f.how != howNone && !pluralDesc(f.ref.head)
			case refPronoun:
				return f.ref.pron == "he" || f.ref.pron == "she"
			}
			return f.how != howNone && f.ref.kind == refChunk
		}
	}
	return false
}

// ledeHead returns the head noun of the description that the quotation
// at offset start of paragraph x is attributed to, or "".
func (art *article) ledeHead(x *para, start int) string {
	for _, f := range art.finds {
		if f.para != x.index || f.tok < 0 || f.region >= len(x.regions) {
			continue
		}
		if reg := x.regions[f.region]; reg.start <= start && start < reg.end && f.ref.kind == refDesc {
			return f.ref.head
		}
	}
	return ""
}

// otherwiseTitled reports whether the article gives the person named name
// titles before the name, none of them head: "Superintendent John Kelly"
// is not "a neighbour", "resident Amara Okoye" not "a local councillor".
func (art *article) otherwiseTitled(name, head string) bool {
	titled := false
	for _, m := range art.mentions {
		if m.name != name {
			continue
		}
		// The titles before the name, which say what the person is
		// (Superintendent, Councillor, resident), not the roles set off
		// after it: "Ann Murphy, a retired teacher who lives next door,"
		// may be the neighbour.
		if m.chunk < 0 {
			continue
		}
		for _, t := range art.paras[m.para].chunks[m.chunk].title {
			if t == head || slices.Contains(titleAliases[head], t) {
				return false
			}
			if !allHonorifics([]string{t}) {
				titled = true // an office or a role, not a courtesy: "Dr." may be the director
			}
		}
	}
	return titled
}

// lede reports whether paragraph x is one of the first two paragraphs of
// text, the line under the headline and the opening of the story, where
// an article sums up what its body quotes in full.
func (art *article) lede(x *para) bool {
	if x.p.Kind != corpus.KindText {
		return false
	}
	n := 0
	for _, p := range art.paras[:x.index] {
		if p.p.Kind == corpus.KindText {
			n++
		}
	}
	return n < 2
}

// nearEcho returns the quotation in the prose that holds the most of the
// words of the pull quote out[i], at least three quarters of them and the
// pull quote three words or more, the first after it among the best, or
// -1: "Not playing for him" pulls "I'm not sure they are playing for him
// any more".
func (art *article) nearEcho(out []Quote, i int) int {
	words := strings.Fields(echoKey(out[i].Text))
	if len(words) < 3 {
		return -1
	}
	best, score := -1, 0.75
	for j := range out {
		o := out[j]
		if j == i || o.Kind == Term {
			continue
		}
		if ox := art.paraByID(o.Spans[0].Paragraph); ox == nil || ox.p.Kind == corpus.KindHeading || ox.subheadQuote(o.Spans[0]) {
			continue
		}
		have := make(map[string]bool)
		for _, w := range strings.Fields(echoKey(o.Text)) {
			have[w] = true
		}
		n := 0
		for _, w := range words {
			if have[w] {
				n++
			}
		}
		if f := float64(n) / float64(len(words)); f > score || f == score && (best < 0 || best < i && j > i) {
			best, score = j, f
		}
	}
	return best
}

// pullQuote reports whether the span is a heading's only words: the
// heading is a quotation pulled from the article. So is a paragraph of
// a dozen words or fewer that is nothing but a quotation with no stop at
// its end, set as a subheading: “We will lose everything”.
func (x *para) pullQuote(s Span) bool {
	if x.p.Kind != corpus.KindHeading && !x.subheadQuote(s) {
		return false
	}
	return strings.TrimFunc(x.p.Text[:s.Start]+x.p.Text[s.End:], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) == ""
}

// subheadQuote reports whether the span, in a paragraph of text, is a
// quotation of a dozen words or fewer ending without a stop, which a page
// sets as a subheading.
func (x *para) subheadQuote(s Span) bool {
	if x.p.Kind != corpus.KindText || len(x.regions) != 1 || !x.quoteOnly() {
		return false
	}
	words := strings.TrimSpace(x.p.Text[s.Start:s.End])
	last, _ := utf8.DecodeLastRuneInString(words)
	return wordCount(words) <= 12 && (unicode.IsLetter(last) || unicode.IsDigit(last))
}

// paraByID returns the paragraph of the article with the id, or nil.
func (art *article) paraByID(id string) *para {
	for _, x := range art.paras {
		if x.p.ID == id {
			return x
		}
	}
	return nil
}

// singleMarkedAt reports whether the region of the paragraph whose text
// starts at start is in single marks.
func (x *para) singleMarkedAt(start int) bool {
	if ri := x.regionAt(start); ri >= 0 {
		return x.singleMarked(ri)
	}
	return false
}

// regionAt returns the index of the quotation region whose words start at
// offset start of the paragraph's text, or -1.
func (x *para) regionAt(start int) int {
	for ri, r := range x.regions {
		if r.start == start {
			return ri
		}
	}
	return -1
}

// echoKey returns text in lower case with runs of anything but letters
// and digits made one space, for finding the same words in another
// quotation.
func echoKey(text string) string {
	var b strings.Builder
	space := false
	for _, c := range strings.ToLower(text) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(c)
			continue
		}
		if c != '’' && c != '\'' {
			space = true
		}
	}
	return b.String()
}

// platforms are the social networks a post is written on: "wrote on X",
// "in a post on Instagram", "a Facebook post". "Truth" counts only before
// "Social", "X" and "Threads" only after "on", "to" or "via".
var platforms = set(`x twitter instagram facebook threads bluesky tiktok linkedin mastodon
	weibo snapchat reddit youtube truth telegram`)

// platformNouns follow a platform's name in a post or of one who posts:
// "a Facebook post", "One Facebook user … wrote:".
var platformNouns = set(`post posts video videos story stories caption account page feed live user users
	thread reel group groups channel channels`)

// tweetWords say that something was posted, whatever comes around them.
var tweetWords = set(`tweet tweets tweeted tweeting retweet retweets retweeted`)

// writeVerbs are the forms of "write", which report a post when the
// paragraph or the one before speaks of one: "“…,” she wrote."
var writeVerbs = set(`write writes wrote writing written`)

// postCue reports whether the quotation of f is a social post introduced
// in the writer's prose rather than embedded: its lead-in or attribution
// names a platform or a tweet ("X posted on X: “…”", "“…,” Y said on X.",
// "in a post on Instagram") or says or posts "on social media", its verb
// is "posted" or "tweeted" right beside it ("Y posted: “…”", "“…,” she
// tweeted."), it captions what the lead-in posted, its attribution says
// it came "in a later post", or it is written ("“…,”
// she wrote.", "the ministry wrote") where the paragraph or the one before
// speaks of a post. A partial quotation inside the writer's sentence is a
// post only when the sentence says before it that its words were posted
// there; "wrote" alone (an op-ed, a letter, a ruling) makes no post.
func (art *article) postCue(f *found) bool {
	if f.tok < 0 || f.term {
		return false
	}
	x := art.paras[f.para]
	q := f.tok
	blog := art.blogPostNear(f.para) || art.lastPostBlog(f.para, q)
	if f.how == howPartial || x.embedded(q) && !x.sentenceEndBefore(q) {
		// "posted a video of the bench with the caption “…”"
		start := x.ustart[x.toks[q].unit]
		return x.postedBefore(q, blog) || x.captionBefore(q, start) >= 0 && x.captioned(start, q) ||
			x.inPostAfter(q) || x.commenterSays(q)
	}
	if x.commenterSays(q) {
		return true // "One commenter wrote: “…”", "“…,” one commenter wrote."
	}
	if f.how == howNone && !x.isPunct(q-1, ":") {
		return false
	}
	u := x.toks[q].unit
	// The lead-in: the sentence before the quotation, or the end of the
	// paragraph before when the quotation opens its own after a colon.
	lx, lstart, lend := x, x.ustart[u], q
	if q == 0 && f.para > 0 {
		px := art.paras[f.para-1]
		if n := len(px.toks); n > 0 && px.isPunct(n-1, ":") && px.p.Kind != corpus.KindPost {
			lx, lstart, lend = px, px.ustart[px.toks[n-1].unit], n-1
		}
	}
	// The attribution after it, up to a relative clause or another
	// quotation: "“…,” said Smith, who has a million followers on X" is not
	// a post.
	rend := q + 1
	for rend < len(x.toks) && x.toks[rend].unit == u && x.toks[rend].kind != quoted && !relativeWords[x.key(rend)] {
		rend++
	}
	written, spoken, doc := false, false, false
	for k := lstart; k < lend; k++ {
		// "In a video posted on Instagram, she said: “…”": words spoken
		// in a recording, whatever site carries it.
		spoken = spoken || lx.spokenIn(k)
		if (lx.platformAt(k) || tweetWords[lx.key(k)] || lx.onSocialMedia(k) || lx.postedThat(k) || !blog && (lx.postSpeaks(k) || lx.key(k) == "in" && lx.inPost(k+1)) || lx.writesBeneath(k)) && !spoken {
			return true
		}
		written = written || writeVerbs[lx.key(k)] && lx.toks[k].kind == word
		doc = doc || lx.writtenIn(k)
	}
	if p := lx.postedEnds(lstart, lend); p >= 0 {
		return true // "Rep. Alana Kealoha posted: “…”", "she had posted again: “…”"
	}
	if lend > lstart && lx.isPunct(lend-1, ":") && !spoken && lx.postedThing(lstart, lend) {
		return true // "the zoo posted an update with a photo of the cat: “…”"
	}
	if lend > lstart && lx.isPunct(lend-1, ":") && lx.captioned(lstart, lend) {
		return true // "he posted a photo of himself, captioned simply: “…”"
	}
	spoken = false
	for k := q + 1; k < rend; k++ {
		spoken = spoken || x.spokenIn(k)
		if (x.platformAt(k) || tweetWords[x.key(k)] || x.onSocialMedia(k)) && !spoken {
			return true // but not "“…,” she said in a video posted to the agency's Facebook page"
		}
		if x.key(k) == "in" && x.inPost(k+1) {
			return true // "“…,” he added in a later post."
		}
		if !blog && x.postSpeaks(k) {
			return true // "“…,” the post read."
		}
		written = written || writeVerbs[x.key(k)] && x.toks[k].kind == word
	}
	for k := q + 1; k < rend && k <= q+4; k++ {
		if x.key(k) == "posted" && x.toks[k].kind == word && !isDocHead(x.key(k-1)) {
			return true // "“…,” she posted.", "“…,” he posted on social media."
		}
	}
	if !written || doc {
		// "In a letter sent home with students, she wrote: “…”": a text
		// the lead-in names is no post, whatever the paragraphs around
		// it say of posts.
		return false
	}
	for pi := max(f.para-1, 0); pi <= f.para; pi++ {
		px := art.paras[pi]
		for k := range px.toks {
			if px.platformAt(k) || tweetWords[px.key(k)] || px.aPost(k) {
				return true
			}
		}
	}
	return false
}

// inPostAfter reports whether the words after the partial quotation at
// toks[q], in its clause, say they were written in a post: "The comedian
// called the decision “…” in a post on X", "said they were “heartbroken”
// in a post on Instagram". A relative clause, another quotation, a verb
// or a clause joined with "and" or "but" ends the search: "called it
// “…”, which she later repeated in a post", "described it as “…” in a
// statement, and repeated the claim in a post". A post someone held is
// a job: "called the reforms “…” in a post she held for six years".
func (x *para) inPostAfter(q int) bool {
	u := x.toks[q].unit
	for k := q + 1; k < len(x.toks) && x.toks[k].unit == u && x.toks[k].kind != quoted; k++ {
		if relativeWords[x.key(k)] || x.isPunct(k, ";") || x.isPunct(k, ",") && (x.key(k+1) == "and" || x.key(k+1) == "but") || k > q+1 && x.verbAt(k) != 0 {
			return false
		}
		if x.key(k) == "in" && x.toks[k].kind == word && x.inPost(k) {
			for m := k + 1; m <= k+4 && m < len(x.toks); m++ {
				if x.aPost(m) {
					return pronouns[x.key(m+1)] == 0 && x.key(m+1) != "that"
				}
			}
			return true
		}
	}
	return false
}

// commenterSays reports whether the sentence of the quotation at toks[q]
// has a commenter write it, a reader of a post writing beneath it, or an
// account: "One commenter wrote: “…”", "“…,” one commenter wrote.", "The
// company’s official account replied: “…”". A clause joined after the
// commenter's gives the words after it to another: "One commenter wrote
// that …, while the parish council said it had “…”". So does a sentence
// that opens with "Another" or "Others" and a verb of writing or
// "called" after a sentence of the same paragraph where a commenter
// wrote: "One commenter wrote: “…”. Another called Marmalade “…”", "One
// commenter wrote that …, another that …"; not "Another issue raised was
// …" nor "Another, Labour MP Jess Phillips, told Sky News". So does one
// who writes after a count of a post's replies (replierSays).
func (x *para) commenterSays(q int) bool {
	if x.replierSays(q) {
		return true
	}
	if !x.writers {
		return false
	}
	u := x.toks[q].unit
	for k := x.ustart[u]; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if k > q && x.toks[k].kind == quoted {
			break
		}
		if x.commenterAt(k) {
			for j := k + 1; j < q; j++ {
				if x.isPunct(j, ",;") && joinWords[x.key(j+1)] {
					return false
				}
			}
			return true
		}
	}
	s := x.ustart[u]
	switch x.key(s) {
	case "another", "others":
		v := s + 1
		for v < s+4 && x.isAdverb(v) {
			v++
		}
		if !writeVerbs[x.key(v)] && !commentVerbs[x.key(v)] && x.key(v) != "called" {
			return false
		}
		for k := 0; k < s; k++ {
			if x.commenterAt(k) {
				return true
			}
		}
	}
	return false
}

// replierSays reports whether the quotation at toks[q] is in a sentence
// that opens with "One" or "Another", a noun for a person or none, and a
// verb of writing or replying, right after a sentence that counts the
// comments or replies a post drew: "The post drew more than 3,000
// replies. One user wrote that the judge had “…”". The post, or the
// platform, comes before the count: comments on a consultation are
// letters, though a video of the meeting went online after them. A count
// is a number or a verb of drawing before the noun, not someone's words
// ("The minister's comments sparked anger"), and one who writes to
// someone or in a letter writes no reply.
func (x *para) replierSays(q int) bool {
	u := x.toks[q].unit
	s := x.ustart[u]
	if k := x.key(s); k != "one" && k != "another" || s == 0 || u == 0 {
		return false
	}
	v := s + 1
	if x.word(v, u) && !x.toks[v].cap && x.verbAt(v) == 0 && !writeVerbs[x.key(v)] && !replyWrites(x.key(v)) {
		v++ // "One user", "One regular"
	}
	for v < s+5 && x.isAdverb(v) {
		v++
	}
	if !x.word(v, u) || !writeVerbs[x.key(v)] && !replyWrites(x.key(v)) {
		return false
	}
	if w := x.key(v + 1); w == "to" || w == "in" && (x.key(v+2) == "a" || x.key(v+2) == "an") {
		return false // "One backbencher wrote to the party chairman", "wrote in a letter to The Times"
	}
	post := false
	for k := x.ustart[u-1]; k < s; k++ {
		if x.toks[k].kind != word {
			continue
		}
		switch x.key(k) {
		case "post", "thread", "tweet", "video":
			post = post || x.key(k+1) != "as" && !x.toks[max(k-1, 0)].poss
		case "comments", "replies":
			if post && !x.toks[max(k-1, 0)].poss && x.counted(k, x.ustart[u-1]) {
				return true
			}
		}
		post = post || x.platformAt(k)
	}
	return false
}

// replyWrites reports whether key, like writeVerbs, says that someone
// wrote a reply to a post: one of commentVerbs, but not "responded",
// which an official does too.
func replyWrites(key string) bool {
	return commentVerbs[key] && !strings.HasPrefix(key, "respond")
}

// counted reports whether the noun at toks[k] is counted: a number or a
// word for many before it ("3,000 replies", "hundreds of comments"), or
// a verb of drawing before it in its sentence ("drew more than 900
// comments").
func (x *para) counted(k, start int) bool {
	b := k - 1
	if x.key(b) == "of" {
		b--
	}
	if isNumber(strings.ReplaceAll(x.key(b), ",", "")) || manyWords[x.key(b)] {
		return true
	}
	for m := k - 1; m >= start && m >= k-6; m-- {
		switch x.key(m) {
		case "drew", "drawn", "draws", "attracted", "received", "prompted", "sparked", "got":
			return true
		}
	}
	return false
}

// manyWords count the comments a post drew: "hundreds of comments".
var manyWords = set(`hundreds thousands dozens scores many`)

// writesBeneath reports whether toks[k] is a verb of writing or replying
// with a post after it that the words were written beneath: "replied
// beneath the post:", "commented under her video:". The place is a post's
// comments, not the post's author: "wrote under a pseudonym" is none.
func (x *para) writesBeneath(k int) bool {
	if x.toks[k].kind != word || !writeVerbs[x.key(k)] && !commentVerbs[x.key(k)] {
		return false
	}
	switch x.key(k + 1) {
	case "beneath", "under", "underneath", "below":
	default:
		return false
	}
	for m := k + 2; m <= k+5 && x.word(m, x.toks[k].unit); m++ {
		if x.aPost(m) || tweetWords[x.key(m)] || mediaNouns[x.key(m)] && x.definite(m) {
			return true
		}
	}
	return false
}

// joinWords open a clause joined after another: "…, while the council
// said".
var joinWords = set(`while whereas but although though and`)

// commenterAt reports whether toks[k] is a commenter or an account who
// writes: the noun with "wrote", "posted", "replied" or "commented" after
// it, past any adverbs: "one commenter wrote", "The company’s official
// account replied". "Other commenters noted" reports no post; nor does
// an account of money or of events (accountSpeaks).
func (x *para) commenterAt(k int) bool {
	switch x.key(k) {
	case "commenter", "commenters":
	case "account":
		return x.accountSpeaks(k)
	default:
		return false
	}
	if x.toks[k].kind != word {
		return false
	}
	v := k + 1
	for v < k+4 && x.isAdverb(v) {
		v++
	}
	return writeVerbs[x.key(v)] || commentVerbs[x.key(v)]
}

// accountSpeaks reports whether toks[k], "account", is an account on a
// social network that writes: someone's ("The company’s official account
// replied", "His brewery’s Instagram account put it more briefly"), with
// a verb of posting or replying after it, or "wrote" when a network or
// "official", "verified" or "own" says it is one ("Its highway-information
// account wrote on X:"). Not an account of money
// ("the club’s bank account posted a deficit"), nor one of events ("An
// eyewitness account posted online described", "The historian’s account
// wrote the general out of the story").
func (x *para) accountSpeaks(k int) bool {
	if x.key(k) != "account" || x.toks[k].kind != word {
		return false
	}
	owned, social := false, false
	for b := k - 1; b >= 0 && b >= k-3 && x.toks[b].kind == word; b-- {
		if moneyAccounts[x.key(b)] {
			return false
		}
		if x.platformAt(b) || x.key(b) == "official" || x.key(b) == "verified" || x.key(b) == "own" || platforms[x.key(b)] && x.toks[b].cap {
			social = true
		}
		if x.toks[b].poss || possessivePronouns[x.key(b)] != "" {
			owned = true
			break
		}
		if determiners[x.key(b)] {
			break
		}
	}
	if !owned {
		return false
	}
	v := k + 1
	for v < k+4 && x.isAdverb(v) {
		v++
	}
	switch key := x.key(v); {
	case v >= len(x.toks) || x.toks[v].kind != word:
		return false
	case key == "posted":
		// "the firm’s account posted a loss of £40m"
		return !(determiners[x.key(v+1)] && moneyNouns[x.key(v+2)]) && !moneyNouns[x.key(v+1)]
	case commentVerbs[key], tweetWords[key], key == "shared", key == "put":
		return true
	case writeVerbs[key]:
		return social || x.platformAt(v+2) // "Its highway-information account wrote on X:"
	}
	return false
}

// commentVerbs, with writeVerbs, say that a commenter wrote something.
var commentVerbs = set(`replied replies posted posts commented comments responded responds`)

// moneyAccounts are the kinds of account that hold money.
var moneyAccounts = set(`bank savings current annual financial trading expense expenses escrow offshore joint deposit cheque checking business`)

// moneyNouns are what an account of money posts.
var moneyNouns = set(`loss losses profit profits deficit deficits surplus surpluses gain gains revenue revenues`)

// letterTexts are texts sent to their readers rather than posted for
// anyone to see: "In a letter sent home with students, she wrote".
var letterTexts = set(`letter letters email emails e-mail memo memorandum circular leaflet`)

// writtenIn reports whether toks[k] is one of the letterTexts that words
// are written in: "In a letter to parents", "in her email", not "Quoting
// the leaked email".
func (x *para) writtenIn(k int) bool {
	if !letterTexts[x.key(k)] || x.toks[k].kind != word || k < 2 {
		return false
	}
	d := k - 1
	if !determiners[x.key(d)] && possessivePronouns[x.key(d)] == "" {
		return false
	}
	return x.key(d-1) == "in" && x.word(d-1, x.toks[k].unit)
}

// spokenIn reports whether toks[k] is a recording of speech the words
// were said in: "in a video", "during a livestream", "in an interview".
// Not "whose videos are followed by thousands".
func (x *para) spokenIn(k int) bool {
	if !spokenMedia[x.key(k)] || x.toks[k].kind != word {
		return false
	}
	for b := k - 1; b >= max(k-3, 0) && x.toks[b].kind == word; b-- {
		if x.key(b) == "in" || x.key(b) == "during" {
			return true
		}
		if !determiners[x.key(b)] && !x.modifier(b) {
			return false
		}
	}
	return false
}

// postedBefore reports whether the sentence holding the partial
// quotation at toks[q] says before it that its words were posted on a
// social network: "In a statement posted on Instagram, Ashdown said he
// was “heartbroken”", "Gov. Whitlock posted on X that she had ordered
// “every resource necessary”". A post's words quoted in part are still
// the post's. A relative clause about the speaker does not count: "Kenji
// Abernathy-Olsen, who runs the YouTube channel Tech With Kenji, said";
// one the quotation stands in does: "Barasa Wekesa, who wrote on X that
// the CS was “…”".
// A post that speaks ("The post said …") counts unless blog is set: the
// post the paragraph speaks of is then a blog's. Nor does a post quoted
// before a description of its words that another gives: "Wills replied on
// Facebook that “…,” a response Tallack called “arrogant.”"
func (x *para) postedBefore(q int, blog bool) bool {
	relative, posted, relPosted := false, false, false
	said, deep := -1, false // the last plain verb of speech; whether a clause it reports holds the post
	start := x.ustart[x.toks[q].unit]
	lastQuoted := q - 1 // the last quotation before q: after it nothing can undo a post
	for lastQuoted >= start && x.toks[lastQuoted].kind != quoted {
		lastQuoted--
	}
	for k := start; k < q; k++ {
		if posted && !deep && k > lastQuoted+2 {
			return true // past where an aside after the last quotation opens
		}
		switch {
		case x.toks[k].kind == quoted:
			continue
		case x.isPunct(k-1, ",") && relativeWords[x.key(k)]:
			relative = true
		case (x.key(k) == "a" || x.key(k) == "an") && (x.isPunct(k-1, ",") && k >= 2 && x.toks[k-2].kind == quoted || k >= 1 && x.toks[k-1].kind == quoted && x.toks[k-1].goesOn) && x.describedBy(k, q):
			posted = false
		case x.isPunct(k, ","):
			relative, relPosted = false, false
		case posted && deep && x.key(k) == "that" && x.key(k-1) == "and":
			// "Hartmann said he had asked for volunteers on Facebook
			// and that 35 people had turned up, “…”": the platform was
			// a place in the first clause reported; the second is not
			// the post's. But "wrote on X that … and that “…”" is.
			posted, deep = false, false
		}
		if plainSpeech[x.key(k)] && x.verbAt(k) == finite {
			said = k
		}
		if relative && (x.key(k-1) == "on" && (writeVerbs[x.key(k-2)] || commentVerbs[x.key(k-2)]) && x.platformAt(k) || tweetWords[x.key(k)]) {
			// "Barasa Wekesa, who wrote on X that the CS was “…”"; not
			// "who was filmed on TikTok … and told officers he was “…”".
			relPosted = true
		}
		if !posted && !relative && (x.platformAt(k) || tweetWords[x.key(k)] || x.onSocialMedia(k) && x.namedWriter(k-1) || x.postedThat(k) || !blog && (x.postSpeaks(k) || x.postInWhich(k) || x.key(k) == "in" && x.inPost(k+1))) {
			posted = true
			deep = said >= 0 && x.platformAt(k) && x.finiteBetween(said+1, k) && !x.postedClause(k)
		}
	}
	return posted || relPosted
}

// postedClause reports whether the platform named at toks[k] goes with a
// verb of posting or speech before it and a clause after it: "had posted
// on Facebook that her son was missing". Every clause that follows,
// "and that …" too, is the post's.
func (x *para) postedClause(k int) bool {
	v := k - 2
	if v < 0 || x.key(k-1) != "on" || x.toks[v].kind != word || x.verbAt(v) == 0 && !writeVerbs[x.key(v)] && !commentVerbs[x.key(v)] {
		return false
	}
	return x.key(k+1) == "that" && x.word(k+1, x.toks[k].unit)
}

// finiteBetween reports whether a finite verb or an auxiliary stands in
// toks[i:j].
func (x *para) finiteBetween(i, j int) bool {
	for m := i; m < j; m++ {
		if x.toks[m].kind == word && (x.verbAt(m) == finite || auxiliaries[x.key(m)]) {
			return true
		}
	}
	return false
}

// describedBy reports whether the phrase opened by "a" or "an" at toks[a]
// holds, before the quotation at toks[q], its own subject and verb: a name
// or a noun for people before a verb, "a response Tallack called", "a
// move critics described as", but not "a rare admission, and that she
// would".
func (x *para) describedBy(a, q int) bool {
	u := x.toks[a].unit
	for j := a + 2; j < q && x.word(j, u); j++ {
		if x.verbAt(j) != 0 && x.toks[j-1].kind == word && (x.toks[j-1].cap || isPeopleNoun(x.key(j-1))) {
			return true
		}
	}
	return false
}

// postedEnds returns the "posted" that ends the lead-in toks[start:end],
// before a colon or a comma and after adverbs and "online" at most ("Rep.
// Alana Kealoha posted:", "By Monday evening she had posted again:", "The
// Ministry posted online:"), or -1.
func (x *para) postedEnds(start, end int) int {
	p := end - 1
	if x.isPunct(p, ":,") {
		p--
	}
	p = x.skipAdverbs(p, start)
	if x.key(p) == "online" && x.toks[p].kind == word && !x.toks[p].cap {
		p = x.skipAdverbs(p-1, start) // "The ministry posted online:"
	}
	if p < start || x.key(p) != "posted" || x.toks[p].kind != word || p > start && beForms[x.key(p-1)] {
		// "The results were posted later:", "Lt Col Asif Malik was
		// posted again:": something put up, or someone sent, posts
		// nothing.
		return -1
	}
	return p
}

// postedThat reports whether toks[k] is "posted" with a name or a
// pronoun for its subject and "that" after it, past a time: "Its founder,
// Kirsty Macfarlane, posted on Sunday that the group was “…”". Someone
// who posted what they said posted it online.
func (x *para) postedThat(k int) bool {
	if x.key(k) != "posted" || x.toks[k].kind != word {
		return false
	}
	if !x.namedWriter(k) && !(x.isPunct(k-1, ",") && x.namedWriter(k-1)) {
		return false // "Its founder, Kirsty Macfarlane, posted"
	}
	u := x.toks[k].unit
	m := k + 1
	for m < k+5 && x.word(m, u) {
		switch key := x.key(m); {
		case key == "that":
			// A clause, not "posted that letter, which …": a verb
			// follows within a few words, before any comma.
			for v := m + 1; v <= m+5 && x.word(v, u); v++ {
				if x.verbAt(v) != 0 || auxiliaries[x.key(v)] {
					return true
				}
			}
			return false
		case key == "on" || key == "online" || key == "later" || key == "earlier" || weekdays[key] || key == "morning" || key == "evening" || key == "night" || x.isAdverb(m):
			m++
		default:
			return false
		}
	}
	return false
}

// namedWriter reports whether the verb at toks[v] has a name or a
// pronoun for its subject, past any adverbs: "Mayor Tom Reed later wrote
// on social media that …", but not "comments posted on social media",
// "what was said on social media".
func (x *para) namedWriter(v int) bool {
	b := v - 1
	for b >= 0 && x.isAdverb(b) {
		b--
	}
	return b >= 0 && x.toks[b].kind == word && (x.toks[b].cap && !determiners[x.key(b)] || pronouns[x.key(b)] != 0)
}

// blogPostNear reports whether paragraph pi or the one before speaks of
// a blog post, so that "the post" there is no social-media post.
func (art *article) blogPostNear(pi int) bool {
	for i := max(pi-1, 0); i <= pi; i++ {
		x := art.paras[i]
		for k := range x.toks {
			if x.key(k) == "blog" && (x.key(k+1) == "post" || x.key(k+1) == "posts") {
				return true
			}
		}
	}
	return false
}

// lastPostBlog reports whether the last post the article introduces
// before the sentence of toks[q] of paragraph pi is a blog's or a
// website's, which "his post" or "a later post" then goes on with: "In a
// blog post titled “…”, Haddadin-Pike … ¶ The post goes on … ¶ In her
// post, Haddadin-Pike wrote that …". "The post" and "her post" name no
// new post; "a post" does, and so does posting on a social network
// ("Fry later posted on Instagram", "took to Facebook").
func (art *article) lastPostBlog(pi, q int) bool {
	if art.blogAfter == nil {
		art.blogAfter = make([]bool, len(art.paras))
		blog := false
		for i, x := range art.paras {
			if b, ok := x.lastPostIn(len(x.toks)); ok {
				blog = b
			}
			art.blogAfter[i] = blog
		}
	}
	x := art.paras[pi]
	if b, ok := x.lastPostIn(x.ustart[x.toks[q].unit]); ok { // before the sentence that quotes it
		return b
	}
	return pi > 0 && art.blogAfter[pi-1]
}

// lastPostIn reports, for the last post the words before toks[end]
// introduce, whether it is a blog's or a website's; ok is false when
// they introduce none.
func (x *para) lastPostIn(end int) (blog, ok bool) {
	for k := end - 1; k >= 0; k-- {
		if x.platformAt(k) || tweetWords[x.key(k)] || x.key(k) == "posted" {
			return false, true // "Fry later posted on Instagram", "took to Facebook", "her own post on X"
		}
		if key := x.key(k); (key == "post" || key == "posts") && x.toks[k].kind == word && !x.toks[k].cap {
			if x.key(k-1) == "blog" || x.siteAfter(k) {
				return true, true
			}
			if !x.definite(k) {
				return false, true // "a post on X" is another
			}
		}
	}
	return false, false
}

// definite reports whether the noun at toks[k] is written with a
// definite article, a demonstrative or a possessive, at most two words
// before it: "the post", "her latest post", "Monday’s post".
func (x *para) definite(k int) bool {
	for m := k - 1; m >= 0 && m >= k-3 && x.toks[m].kind == word; m-- {
		switch x.key(m) {
		case "a", "an", "another", "one":
			return false
		case "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your":
			return true
		}
		if x.toks[m].poss {
			return true
		}
	}
	return false
}

// postSpeaks reports whether toks[k] is a post that speaks: "the post
// read", "The post said the group had taken “more than 400 gigabytes”".
func (x *para) postSpeaks(k int) bool {
	if !x.aPost(k) {
		return false
	}
	v := k + 1
	if x.key(v) == "on" && x.key(v+1) == "the" && x.word(v+2, x.toks[k].unit) {
		v += 3 // "Another post on the page simply read:"
	}
	aside := false
	if x.isPunct(v, ",") {
		v = x.asideEnd(v) // "One post, from Margaret Skewes, read:"
		aside = true
	}
	for v < k+6 && x.isAdverb(v) {
		v++
	}
	if aside && x.speechAhead(v+1) {
		// After an aside the verb must give the quotation itself: not
		// "Mr Khan's post, however, said nothing …, and he told
		// reporters: “…”".
		return false
	}
	return textVerbs[x.key(v)] || reportVerbs[x.key(v)] == finite
}

// speechAhead reports whether a finite verb, as a verb of speech there
// always is, stands from toks[k] to the next quotation of the sentence:
// "… said nothing about the allegations, and he told reporters: “…”".
func (x *para) speechAhead(k int) bool {
	u := x.toks[min(k, len(x.toks)-1)].unit
	for m := k; m < len(x.toks) && x.toks[m].unit == u && x.toks[m].kind != quoted; m++ {
		if x.verbAt(m) == finite {
			return true
		}
	}
	return false
}

// asideEnd returns the index after the comma that closes the aside
// opening with the comma at toks[c], in its sentence and without a
// quotation, within twelve words: "One post, from a member who moors at
// Lock 12, read:". It returns c when no comma closes one.
func (x *para) asideEnd(c int) int {
	u := x.toks[c].unit
	for m := c + 1; m < len(x.toks) && m <= c+12 && x.toks[m].unit == u && x.toks[m].kind != quoted; m++ {
		if x.isPunct(m, ",") {
			return m + 1
		}
	}
	return c
}

// postInWhich reports whether toks[k] is a post that a relative clause
// after it quotes: "Mbatha's post, in which he urged the club to “…”".
func (x *para) postInWhich(k int) bool {
	j := k + 1
	if x.isPunct(j, ",") {
		j++
	}
	return x.aPost(k) && x.key(j) == "in" && x.key(j+1) == "which"
}

// addedAt reports whether the quotation at toks[q] is introduced or
// attributed with a verb that goes on with words said before: "He
// added: “…”", "“…,” she added.".
func (x *para) addedAt(q int) bool {
	if q < 0 {
		return false
	}
	if x.isPunct(q-1, ":") && addedVerbs[x.key(q-2)] && x.ustart[x.toks[q-2].unit] >= q-4 {
		return true
	}
	i := q + 1
	for x.isPunct(i, ",") {
		i++
	}
	return pronouns[x.key(i)] != 0 && addedVerbs[x.key(i+1)] || addedVerbs[x.key(i)] && pronouns[x.key(i+1)] != 0
}

// addedVerbs go on with words said before.
var addedVerbs = set(`added adds continued continues`)

// captioned reports whether toks[start:end] posted something captioned
// with the quotation after them: "he posted a photo of himself in an
// empty gym, captioned simply:", "One widely shared post … showed the
// stand with a one-word caption:".
func (x *para) captioned(start, end int) bool {
	posted := false
	for k := start; k < end; k++ {
		switch key := x.key(k); {
		case key == "posted", key == "shared", key == "uploaded", x.aPost(k):
			posted = true
		case captionWords[key] && x.toks[k].kind == word:
			if posted {
				return true
			}
		}
	}
	e := end
	if x.isPunct(e-1, ":") {
		e--
	}
	if w := x.key(e - 1); posted && (w == "words" || w == "message") && x.key(e-2) == "the" && x.key(e-3) == "with" && x.postedMediaWith(start, e-3) {
		return true // "posted a clip of the applause on X with the words"
	}
	return false
}

// postedThing reports whether toks[start:end] has someone post something,
// "posted" right after its subject: "Late Monday, the zoo posted an
// update", but not "a photo posted by a neighbour showed".
func (x *para) postedThing(start, end int) bool {
	for k := start + 1; k < end; k++ {
		if x.key(k) == "posted" && x.toks[k].kind == word && x.word(k+1, x.toks[k].unit) && (determiners[x.key(k+1)] || x.toks[k+1].poss) &&
			(x.chunkOf[k-1] >= 0 || pronouns[x.key(k-1)] != 0 || x.toks[k-1].kind == word && !x.toks[k-1].cap && !stopwords[x.key(k-1)]) {
			return true
		}
	}
	return false
}

// captionWords introduce the words a post is captioned with: "with the
// caption", "captioned simply".
var captionWords = set(`caption captioned`)

// onSocialMedia reports whether toks[k] opens "on social media" after a
// verb of saying or posting: "She posted on social media:", "Writing on
// social media, she said:", "“…,” it said on social media.", but not "a
// screenshot on social media".
func (x *para) onSocialMedia(k int) bool {
	return x.key(k) == "on" && x.key(k+1) == "social" && x.key(k+2) == "media" && socialVerbs[x.key(k-1)]
}

// socialVerbs report words said or posted "on social media".
var socialVerbs = set(`said says posted posting wrote writes writing written tweeted announced`)

// inPost reports whether the words at toks[k] name a post after "in": a
// determiner or a possessive, at most two modifiers and "post" ("a later
// post", "her latest post", "a post on social media"), not a blog's, one
// on a website, nor a job ("in his previous post as ambassador").
func (x *para) inPost(k int) bool {
	for m := k + 1; m <= k+3 && m < len(x.toks); m++ {
		if x.key(m-1) == "blog" {
			return false
		}
		if x.aPost(m) {
			return !x.siteAfter(m) && !x.jobPost(m)
		}
	}
	return false
}

// siteAfter reports whether the post at toks[k] is said to be on a
// website or a blog, which makes it no social-media post: "a post on its
// website", "a lengthy post on the company blog"; but a post on a gang's
// "leak site" is one.
func (x *para) siteAfter(k int) bool {
	if x.key(k+1) != "on" {
		return false
	}
	for m := k + 2; m <= k+5 && x.word(m, x.toks[k].unit); m++ {
		if siteWords[x.key(m)] {
			return true
		}
	}
	return false
}

// jobPost reports whether the post at toks[k] is a job or a posting:
// "in his previous post as ambassador", "in her post at the library",
// "in his first post abroad".
func (x *para) jobPost(k int) bool {
	switch x.key(k + 1) {
	case "as", "at", "abroad", "overseas", "with":
		return true
	}
	switch x.key(k - 1) {
	case "previous", "former", "first", "last", "current", "old", "diplomatic", "military":
		return true
	}
	return false
}

// siteWords are the places on the web a post may be written that are no
// social network.
var siteWords = set(`website web blog substack newsletter forum`)

// relativeWords open a relative clause.
var relativeWords = set(`who whom whose which where`)

// platformAt reports whether toks[k] names a social network where a post
// is written: "on X", "to Instagram", "a Facebook post".
func (x *para) platformAt(k int) bool {
	if k < 0 || k >= len(x.toks) {
		return false
	}
	t := x.toks[k]
	if t.kind != word || !t.cap || !platforms[t.key] {
		return false
	}
	if t.key == "truth" {
		return x.key(k+1) == "social"
	}
	switch x.key(k - 1) {
	case "on", "to", "via":
		return t.key != "x" || strings.TrimSuffix(t.text, ".") == "X"
	}
	if t.key == "x" {
		// "the ministry's X account", never "X Corp" or "Mr X".
		n := x.key(k + 1)
		return t.text == "X" && (n == "account" || n == "post" || n == "posts" || n == "feed")
	}
	return t.key != "threads" && platformNouns[x.key(k+1)]
}

// aPost reports whether toks[k] is the noun "post" after a determiner:
// "a post", "the post", "her latest post", "the same thread", not "the
// post of director".
func (x *para) aPost(k int) bool {
	if key := x.key(k); key != "post" && key != "posts" && key != "thread" || x.toks[k].cap || x.key(k-1) == "blog" {
		return false // but a blog post is no social-media post
	}
	switch x.key(k + 1) {
	case "of", "office", "offices", "box", "war":
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if x.toks[m].kind != word {
			return false
		}
		if determiners[x.key(m)] || x.toks[m].poss {
			return true
		}
	}
	return false
}

// sentenceEndBefore reports whether the word before the quotation at
// token q ends a sentence the segmenter took for an abbreviation ("…
// posted a clip on X. “Billions …”"): it ends in a period and the
// quotation starts with a capital.
func (x *para) sentenceEndBefore(q int) bool {
	r := x.regions[x.toks[q].quote]
	return q > 0 && strings.HasSuffix(x.toks[q-1].text, ".") && capitalised(x.p.Text[r.start:r.end])
}

// maxTitleWords is the longest title of a work taken as a term.
const maxTitleWords = 25

// titleCues stand right before the title of a work, however long: "a
// paper published under the title “…”", "a white paper titled “…”".
var titleCues = set(`title titled entitled retitled subtitled headlined headline`)

// labelVerbs give something a name: "what rescuers call the “golden
// hours”", "called him “the fixer”".
var labelVerbs = set(`call calls called calling term terms termed dub dubs dubbed nickname
	nicknames nicknamed brand brands branded label labels labelled labeled christen
	christened rename renamed declare declares declared`)

// languages are the names of languages that are no nationality's: a word
// glossed as "Swahili for “patriots”".
var languages = set(`swahili arabic hindi urdu latin hebrew yiddish sanskrit tagalog zulu xhosa
	maori māori gaelic persian farsi mandarin cantonese creole amharic hausa yoruba igbo
	punjabi bengali tamil telugu marathi malay esperanto`)

// glossNouns, after a quotation and a comma, say the writer is glossing a
// word: "“affordable”, a term campaigners say is misleading".
var glossNouns = set(`term phrase euphemism jargon shorthand buzzword expression coinage
	catchphrase`)

// coordinated reports whether the words of text are joined by "and", "or"
// or "but", one of them a plain word without a hyphen or a digit: a pair
// of judgments ("basic and well-understood", "urgent but
// non-emergency"), not of compound names ("catch-up and catch-all",
// "24-hour or 48-hour").
func coordinated(text string) bool {
	parts, plain := 0, false
	for _, part := range strings.Fields(text) {
		switch part {
		case "and", "or", "but":
			parts++
			continue
		}
		if !strings.ContainsAny(part, "-‑0123456789") {
			plain = true
		}
	}
	return parts > 0 && plain
}

// modifierWords stand before a quotation that modifies the noun after it:
// "its “connected services” program", "£40m for “catch-up” tutoring".
var modifierWords = set(`for of on in with by from about into over under against without
	through at`)

// isLabel reports whether the quotation at token q is a label, a gloss or
// a title in the writer's voice rather than anyone's words:
//   - the title of a work ("under the title “…”", "titled “…”"), however
//     long;
//   - a gloss ("it means “winged lizard”"; "“affordable”, a term …";
//     "“…”, which is a polite way of saying …");
//   - a short quotation modifying the noun after it ("£40m for “catch-up”
//     tutoring", "“final” bids", "a “section 114” notice"), unless a verb
//     of speech governs it or it is an evaluation in reported speech;
//   - a name given with a naming verb: by the writer ("what I call “…”",
//     "columnists like me tend to call “…”"); as a habit ("what rescuers
//     call the “golden hours”", "what it calls its “connected services”
//     program"); with a verb of designation ("nicknamed the “…”",
//     "branded a “…”", "declared a “major incident”"); in a few words
//     after "what … called" ("to end what he called “strike roulette”");
//     or as a definite epithet of someone ("His supporters called him
//     “the fixer.”").
//
// An evaluation someone made stays a statement: "called the plan
// “reckless”", "what she called a “toothless” regulator", "called it
// “the sound of somebody learning to breathe again”".
func (x *para) isLabel(q int) bool {
	r := x.regions[x.toks[q].quote]
	text := strings.TrimRightFunc(x.p.Text[r.start:r.end], func(c rune) bool { return unicode.IsPunct(c) || unicode.IsSpace(c) })
	n := wordCount(text)
	u := x.toks[q].unit
	start := x.ustart[u]
	k := q - 1
	if k >= start && x.toks[k].kind == word && titleCues[x.key(k)] && n <= maxTitleWords {
		return true
	}
	if operationName(text) && !x.isPunct(q-1, ":") && !x.tagAfter(q) {
		return true // but not "“Operation Warp Speed,” Trump said, “was …”"
	}
	if n <= 6 && (x.habitCalls(q, start) || x.marketedAs(q, start, text)) {
		return true
	}
	if n > 6 {
		return false
	}
	if x.glossed(q, start) {
		return true
	}
	if x.onProgramme(q, start) && isNameLike(text) {
		return true
	}
	if n <= 3 && !strings.ContainsAny(x.p.Text[r.start:r.end], ".,;:?!") && x.word(q+1, u) && x.nounAfter(q+1) &&
		(x.word(k, u) && (determiners[x.key(k)] || x.toks[k].poss || modifierWords[x.key(k)]) ||
			x.isPunct(k, ",") && x.word(k-1, u) && x.verbAt(k-1) == 0) {
		// Not after a verb of speech or naming: "what she called a
		// “fear-first” campaign", "analysts warn of a “lose-lose” war".
		j := k
		for j >= start && x.word(j, u) && (determiners[x.key(j)] || x.toks[j].poss) {
			j--
		}
		if x.word(j, u) && modifierWords[x.key(j)] {
			j--
		}
		if !x.word(j, u) || x.verbAt(j) == 0 && !labelVerbs[x.key(j)] {
			// An evaluation in reported speech is the speaker's: "Ms Lee
			// said the figures showed a “worrying” trend"; a compound
			// name is not: "warned that it could face a “section 114”
			// notice", "promised £40m for “catch-up” tutoring".
			// A pair joined by "and" with a plain word in it is a
			// judgment, hyphens or not: "ignored warnings about “basic
			// and well-understood” weaknesses".
			t := x.p.Text[r.start:r.end]
			if strings.ContainsAny(t, "-‑0123456789") && !coordinated(t) || !x.reportedBefore(j, start) {
				return true
			}
		}
	}
	return x.named(q, start, text, n)
}

// glossed reports whether the quotation at token q is a word the writer
// glosses: "it means “winged lizard”", "“affordable”, a term campaigners
// say is misleading", "“…”, which is a polite way of saying …".
func (x *para) glossed(q, start int) bool {
	u := x.toks[q].unit
	if k := q - 1; k >= start && x.word(k, u) {
		switch x.key(k) {
		case "means", "meant", "mean", "literally":
			// The word glossed is named or quoted before ("the word
			// “pterosaur” means"), or stands as "it" or "which" before a
			// gloss of a few words; "it means “a lot of pain”" is a
			// consequence, not a gloss.
			r := x.regions[x.toks[q].quote]
			short := wordCount(x.p.Text[r.start:r.end]) <= 3
			for m := k - 1; m >= start && m >= k-3; m-- {
				if t := x.toks[m]; t.kind == quoted || termNouns[t.key] || short && (t.key == "it" || t.key == "which") {
					return true
				}
			}
		}
	}
	if k := q - 1; x.word(k, u) && x.key(k) == "for" && x.word(k-1, u) &&
		(x.toks[k-1].cap && (languages[x.key(k-1)] || demonym.Is(x.key(k-1))) || glossNouns[x.key(k-1)] || x.key(k-1) == "slang") {
		return true // "Wazalendo, Swahili for “patriots”", "slang for “…”"
	}
	if !x.isPunct(q+1, ",") {
		return false
	}
	for m := q + 2; m <= q+7 && x.word(m, u); m++ {
		if glossNouns[x.key(m)] && (x.key(m-1) == "a" || x.key(m-1) == "an") ||
			x.key(m) == "way" && x.key(m+1) == "of" && x.key(m+2) == "saying" {
			return true
		}
	}
	return false
}

// named reports whether the quotation at token q (text, n words) is a
// name given with a naming verb; see isLabel.
func (x *para) named(q, start int, text string, n int) bool {
	u := x.toks[q].unit
	v := q - 1
	det, obj := "", false
	if x.word(v, u) && x.toks[v].poss {
		det, v = "'s", v-1 // the project’s “chief spotter”
	}
	if x.word(v, u) && determiners[x.key(v)] && !objectPronouns[x.key(v)] {
		det, v = x.key(v), v-1
	} else if det == "" && x.word(v, u) && objectPronouns[x.key(v)] {
		obj, v = true, v-1
	}
	if v < start || !x.word(v, u) || !labelVerbs[x.key(v)] {
		return false
	}
	verb := x.key(v)
	if x.writerSubject(v, start) {
		return true
	}
	// An article inside the quotation opens a judgment, not a name:
	// "in what it called “an unbearable operating environment”", "what
	// rescuers called “a textbook release”".
	judged := (strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ")) && !strings.ContainsFunc(text, unicode.IsUpper) // but “a Netflix for books”
	if strings.HasPrefix(verb, "call") && (x.key(v-1) == "it" || x.key(v-1) == "they") && x.key(v-2) == "what" && !obj && !judged &&
		(det == "" || det == "its" || det == "their") {
		// "opposes what it calls “mandatory medicine”", "what it called
		// its “whole collection” policy": a body's name for its cause.
		// With an article the body characterises something in its own
		// words: "citing what it called a “digestion period”".
		return true
	}
	if strings.HasPrefix(verb, "call") && !obj && !judged && n <= 3 && x.whatNames(v, start) && !x.personCalls(v, start) &&
		!(x.word(q+1, u) && (x.nounAfter(q+1) || x.key(q+1) == "of")) {
		// What someone "calls" something, in a few words that end the
		// phrase, is the name they give it: "to end what he called
		// “strike roulette”", "what she called a “Southern wipeout”". A
		// word that modifies a noun or takes an "of" stays theirs: "what
		// she called a “toothless” regulator", "what he called “a
		// pattern” of decisions".
		return true
	}
	if det == "" && strings.HasPrefix(verb, "call") && isNameLike(text) && n <= 3 && x.namedThing(v, start) {
		// "a new display system Aster calls “LightFold”", "whom
		// teammates call “Tank”": the name a clause gives a thing.
		return true
	}
	switch {
	case obj:
		// A definite epithet: “the fixer”, “Ruth the Regulator”.
		return verb != "declare" && verb != "declares" && verb != "declared" &&
			(strings.HasPrefix(strings.ToLower(text), "the ") && n <= 3 || isTitleCase(text) && n <= 4)
	case det == "":
		return false
	case strings.HasPrefix(verb, "declare"):
		return (det == "a" || det == "an") && n <= 3
	case verb == "call" || verb == "calls":
		// A habit of naming: "what rescuers call the “…”".
		for m := v - 1; m >= start && m >= v-5; m-- {
			if x.key(m) == "what" {
				return true
			}
		}
		return false
	}
	return !strings.HasPrefix(verb, "call") // nicknamed the “…”, branded a “…”
}

// operationName reports whether text is the code name of an operation,
// a campaign or an inquiry: "Operation" and a few words in capitals
// ("Operation Open Door", "Operation Close the Hole").
func operationName(text string) bool {
	rest, ok := strings.CutPrefix(text, "Operation ")
	ws := strings.Fields(rest)
	if !ok || len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || i == len(ws)-1 || !nameJoiners[w]) {
			return false
		}
	}
	return true
}

// habitCalls reports whether the quotation at toks[q] is what some have
// "taken to calling" something, a few words before it in its sentence: a
// name people have come to give a thing ("Locals have taken to calling
// the thick scum that gathers in its bays “the green soup”", "what
// investigators came to call “the Lima pipeline”").
func (x *para) habitCalls(q, start int) bool {
	verb := false // a finite verb between "calling" and the quotation
	for m := q - 1; m >= start && m >= q-15; m-- {
		if x.toks[m].kind == quoted || x.isPunct(m, ";:") {
			return false
		}
		switch key := x.key(m); {
		case key == "call" || key == "calling":
		case relativeWords[key] || key == "that":
			verb = false // "the thick scum that gathers in its bays": a relative clause
			continue
		default:
			verb = verb || x.toks[m].kind == word && (x.verbAt(m) != 0 || auxiliaries[key] || selfReportVerbs[key])
			continue
		}
		if verb {
			// "taken to calling the council after every spill, and one
			// said it was “…”", "taken to calling his lawyer daily and
			// told friends he was “…”": another clause's.
			return false
		}
		if x.key(m-1) != "to" {
			return false
		}
		switch x.key(m - 2) {
		case "taken", "took", "take", "takes", "taking", "started", "begun", "began", "come", "came":
			return true
		}
		return false
	}
	return false
}

// marketedAs reports whether the quotation at toks[q], whose words are
// text, is what something is marketed or pitched as, a seller's name or
// slogan for it: "a yield product Vaultline markets as “FlexEarn”", "had
// marketed itself as “the exchange that never sleeps”", "the festival,
// which bills itself as “…”", "the token it had promoted as “the
// backbone of the ecosystem”".
func (x *para) marketedAs(q, start int, text string) bool {
	k := q - 1
	det := false
	if x.word(k, x.toks[q].unit) && (determiners[x.key(k)] || x.toks[k].poss || x.key(k) == "its" || x.key(k) == "their") {
		k, det = k-1, true
	}
	if k < start || x.key(k) != "as" || x.toks[k].kind != word {
		return false
	}
	// A name or a noun phrase, not a claim: "marketed as “the exchange
	// that never sleeps”", "as “FlexEarn”", but "a supplement marketed as
	// “clinically proven”" is the seller's claim.
	first, _ := utf8.DecodeRuneInString(text)
	if !det && !unicode.IsUpper(first) && !slices.ContainsFunc([]string{"the ", "your ", "our "}, func(p string) bool { return strings.HasPrefix(text, p) }) &&
		!((strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ")) && strings.ContainsFunc(text, unicode.IsUpper)) {
		return false // "marketed as “a safe space for teens”" is a claim
	}
	for m := k - 1; m >= start && m >= k-5 && x.toks[m].kind == word; m-- {
		switch key := x.key(m); key {
		case "market", "markets":
			// A noun another verb takes is no verb: "She described the
			// AI scheduling market as “brutally crowded”".
			for b := m - 1; b >= start && b >= m-5; b-- {
				if x.toks[b].kind == word && (x.verbAt(b) != 0 || judgeVerbs[x.key(b)]) {
					return false
				}
			}
			return !x.word(m-1, x.toks[m].unit) || !determiners[x.key(m-1)]
		case "marketed", "marketing", "advertised", "advertises", "advertising", "promoted", "promotes", "promoting":
			return true
		case "pitch", "pitches", "pitched", "pitching":
			// A seller pitches itself or its product; a person pitching
			// an idea as something says so: "pitched the deal as “a win
			// for everyone”".
			return x.key(m+1) == "itself" || x.key(m+1) == "themselves" || x.key(m+1) == "its" || x.key(m+1) == "their"
		case "bill", "bills", "billed", "billing":
			return x.key(m+1) == "itself" || x.key(m+1) == "themselves"
		}
	}
	return false
}

// judgeVerbs characterise something "as" a phrase: "described the market
// as", "saw it as".
var judgeVerbs = set(`describe describes described describing call calls called see sees saw view views viewed characterise characterises characterised characterize characterizes characterized rate rates rated`)

// tagAfter reports whether a verb of speech follows the quotation at
// toks[q] within a few words, as a speech tag does: "“…,” Trump said",
// "“…,” the charity’s founder said".
func (x *para) tagAfter(q int) bool {
	for k := q + 1; k < len(x.toks) && k <= q+6 && x.toks[k].kind != quoted; k++ {
		if x.toks[k].kind == word && selfReportVerbs[x.key(k)] {
			return true
		}
		if x.isPunct(k, ".;:?!") {
			return false
		}
	}
	return false
}

// nameJoiners are the small words a name in capitals may hold: "Operation
// Close the Hole".
var nameJoiners = set(`the of and for in on to a at`)

// onProgramme reports whether the quotation at toks[q] follows "on" after
// a verb of speaking or appearing, where a programme is named: "said on
// “SportsCenter”", "Speaking later on “CNN This Morning,”", "appeared on
// “Meet the Press”".
func (x *para) onProgramme(q, start int) bool {
	u := x.toks[q].unit
	k := q - 1
	if !x.word(k, u) || x.key(k) != "on" {
		return false
	}
	for m := k - 1; m >= start && m >= k-3 && x.word(m, u); m-- {
		if broadcastVerbs[x.key(m)] {
			return true
		}
		if !strings.HasSuffix(x.key(m), "ly") && x.key(m) != "later" && x.key(m) != "earlier" {
			return false
		}
	}
	return false
}

// broadcastVerbs say that someone spoke on a programme: "said on",
// "appeared on".
var broadcastVerbs = set(`said says speaking spoke appeared appearing appears told interview interviewed`)

// whatNames reports whether the naming verb at toks[v] is in a clause
// opened by "what" a few words before it: "what the department calls",
// "what he called".
func (x *para) whatNames(v, start int) bool {
	u := x.toks[v].unit
	for m := v - 1; m >= start && m >= v-5 && x.word(m, u); m-- {
		if x.key(m) == "what" {
			return m+1 < v
		}
	}
	return false
}

// personCalls reports whether the subject of the naming verb at toks[v],
// in a clause opened by "what", is a person: "he", "she" or a person's
// name ("what she called “the orchard loophole”", "what Pryce-Llewellyn
// calls “numbers from fairyland”"). What one person calls something is
// their own wording, quoted as theirs.
func (x *para) personCalls(v, start int) bool {
	u := x.toks[v].unit
	m := v - 1
	for m > start && x.word(m, u) && auxiliaries[x.key(m)] {
		m-- // "what she has called"
	}
	if m < start || !x.word(m, u) || x.key(m-1) != "what" && (x.chunkOf[m] < 0 || x.key(x.chunks[x.chunkOf[m]].first-1) != "what") {
		return false
	}
	if k := x.key(m); k == "he" || k == "she" {
		return true
	}
	c := x.chunkOf[m]
	return c >= 0 && x.chunks[c].kind == namePerson && !x.chunks[c].poss
}

// isNameLike reports whether text reads as a name: words in title case,
// or one capitalised word that is not a function word ("Recall", "Tank").
func isNameLike(text string) bool {
	text = strings.TrimRight(text, ".,")
	if ws := strings.Fields(text); len(ws) == 1 {
		return capitalised(ws[0]) && !stopwords[strings.ToLower(ws[0])]
	}
	return isTitleCase(text)
}

// namedThing reports whether the subject of the naming verb at toks[v]
// opens a relative clause about a thing or a person named before it: a
// noun, "something", "whom" or "which" comes right before the subject.
func (x *para) namedThing(v, start int) bool {
	u := x.toks[v].unit
	b := v - 1
	switch c := x.chunkOf[max(b, 0)]; {
	case b < start || !x.word(b, u):
		return false
	case c >= 0:
		b = x.chunks[c].first - 1
	case pronouns[x.key(b)] != 0:
		b-- // "a sensor it calls"
	case !x.toks[b].cap && b-1 >= start && x.word(b-1, u) && determiners[x.key(b-1)] && !objectPronouns[x.key(b-1)]:
		b -= 2 // "a sensor the company calls"
	case !x.toks[b].cap && !stopwords[x.key(b)] && strings.HasSuffix(x.key(b), "s"):
		b-- // "teammates call"
	default:
		return false
	}
	if b < start || !x.word(b, u) {
		return false
	}
	switch k := x.key(b); k {
	case "whom", "which", "that", "something", "what":
		return true
	default:
		return !x.toks[b].cap && !stopwords[k] && !boundaryWords[k] && x.verbAt(b) == 0 && !x.isAdverb(b) && x.nounAfter(b)
	}
}

// objectPronouns stand between a naming verb and the name it gives:
// "called him “the fixer”".
var objectPronouns = set(`him her them it me us`)

// writerSubject reports whether the writer is the subject of the verb at
// toks[v]: "what I call", "columnists like me tend to call". The first
// pronoun or name before the verb decides.
func (x *para) writerSubject(v, start int) bool {
	for m := v - 1; m >= start && m >= v-6; m-- {
		t := x.toks[m]
		if t.kind != word {
			return false
		}
		switch t.key {
		case "i", "we", "me", "us":
			return true
		}
		if _, ok := pronouns[t.key]; ok || x.chunkOf[m] >= 0 {
			return false
		}
	}
	return false
}

// quoteList reports whether the quotation at token q is an item in a
// list of quotations: "it was “done”, “agreed in principle” and
// “collapsing”".
func (x *para) quoteList(q int) bool {
	quoted := func(k int) bool { return k >= 0 && k < len(x.toks) && x.toks[k].kind == quoted }
	for k := q - 2; k >= q-4; k-- {
		if quoted(k) && x.listedAfter(q, k) {
			return true
		}
	}
	for k := q + 2; k <= q+4; k++ {
		if quoted(k) && x.listedAfter(k, q) {
			return true
		}
	}
	return false
}

// listedAfter reports whether the quotation at token q follows the one at
// token prev as the next item of a list: “A” and “B”, “A”, “B” or “C”,
// “A,” “B,” and “C”.
func (x *para) listedAfter(q, prev int) bool {
	u := x.toks[q].unit
	k := q - 1
	if x.isPunct(k, ",") {
		k--
	}
	if x.word(k, u) && (x.key(k) == "and" || x.key(k) == "or") {
		k--
	}
	if x.isPunct(k, ",") {
		k--
	}
	if k == prev && k == q-1 {
		// “A,” “B,” and “C”: the comma inside the marks.
		r := x.regions[x.toks[prev].quote]
		return strings.HasSuffix(strings.TrimSpace(x.p.Text[r.start:r.end]), ",") && x.toks[prev].unit == u
	}
	return k == prev && k < q-1 && x.toks[prev].unit == u
}

// reportedBefore reports whether a reporting verb stands in toks[start:k].
func (x *para) reportedBefore(k, start int) bool {
	for m := start; m < k; m++ {
		if x.verbAt(m) != 0 {
			return true
		}
	}
	return false
}
