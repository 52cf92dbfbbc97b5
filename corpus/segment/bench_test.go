package segment

import "testing"

// newsParagraphs are paragraphs in the style of the news articles the
// pipeline reads.
var newsParagraphs = []string{
	"President Donald Trump confirmed he offered to send U.S. troops into Mexico to combat drug cartels, setting off a diplomatic firestorm between the neighboring countries. The proposal came amid growing concerns about cartel violence and drug trafficking flowing into the United States from south of the border.",
	"“We received a proposal from Donald Trump to send troops into Mexico, and we rejected it,” Sheinbaum said during a press conference on Saturday. “Mexico is a free, sovereign nation, and we will handle our own security.”",
	"The cartels have fueled the opioid crisis in the U.S. Meanwhile, illegal immigration and narcotics smuggling have only grown in scope, according to a report released Jan. 15 by the Heritage Foundation, a think tank in Washington, D.C.",
	"Sen. Elizabeth Warren (D-Mass.) and Rep. Jim Jordan (R-Ohio) traded barbs at 10 a.m. Tuesday. “Is this the end of bipartisanship?” Warren asked. Jordan didn’t answer … but his aides said he would respond “in due course.”",
	"Shares of Apple Inc. rose 3.5% to $189.20 after the company reported revenue of $94.9 billion for the quarter ended Sept. 30. Analysts at Morgan Stanley & Co. had expected $89.3 billion. The results, released at 4:30 p.m. ET, beat estimates for the fifth straight quarter.",
	"Martin Luther King Jr. Day falls on Jan. 20 this year. Government offices, banks and the U.S. Postal Service will be closed; the New York Stock Exchange will also close. Most schools are expected to follow suit, officials said.",
	"The storm made landfall near St. Petersburg, Fla. Officials ordered the evacuation of 1.2 million residents, and Gov. Ron DeSantis declared a state of emergency. “This is a life-threatening situation,” he said. “Get out now!”",
	"Mexico Pushes Back on Trump’s Security Deal—Sovereignty or Stubbornness?",
	"J. R. R. Tolkien, the author of “The Lord of the Rings,” taught at Oxford for decades. His works have sold more than 150 million copies... and counting. A new edition, edited by Christopher Tolkien et al., appears in Oct. 2025.",
	"The study, led by Dr. Sarah Chen of the University of California, found that 42 percent of respondents (n = 1,024) distrusted the news media. See https://www.example.com/report.pdf for details, or write to press@example.org. The authors called the results “alarming.”",
}

// benchText returns about size bytes of news paragraphs and golden inputs.
func benchText(tb testing.TB, size int) ([]string, int) {
	pool := append([]string(nil), newsParagraphs...)
	for _, rule := range loadGolden(tb) {
		pool = append(pool, rule.Input)
	}
	var paras []string
	n := 0
	for i := 0; n < size; i++ {
		p := pool[i%len(pool)]
		paras = append(paras, p)
		n += len(p)
	}
	return paras, n
}

func BenchmarkSentences(b *testing.B) {
	paras, n := benchText(b, 1<<20)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Sentences(p, Options{})
		}
	}
}

func TestNewsParagraphs(t *testing.T) {
	want := []int{2, 2, 2, 3, 3, 3, 4, 1, 3, 3}
	for i, p := range newsParagraphs {
		spans := Sentences(p, Options{})
		checkInvariants(t, p, spans)
		if len(spans) != want[i] {
			t.Errorf("Sentences(%q): got %d sentences %q, want %d", p, len(spans), texts(p, spans), want[i])
		}
	}
}
