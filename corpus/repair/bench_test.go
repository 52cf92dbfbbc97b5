package repair

import (
	"strings"
	"testing"
)

// benchArticle is made-up news copy in the shapes the pipeline sees: clean
// paragraphs with curly quotes, dashes and an entity; benchPost is an
// embedded post whose text went through lossy mojibake.
const (
	benchArticle = `City Council Approves Harbor Plan After Long Debate
The city council voted 7–2 on Tuesday to approve a $40 million plan to rebuild the harbor’s aging seawall, ending months of debate over who should pay for the work and how quickly it should begin.
“We’ve waited long enough,” said council member Dana Ortiz, who sponsored the measure. “Every storm season we roll the dice — and every year the odds get worse.”
Opponents argued that the plan leans too heavily on a new fee for waterfront businesses… a cost they say will be passed on to residents. The Chamber of Commerce called the vote “premature” and asked for an independent review.
Under the plan, construction would start next spring &amp; run through 2028, with the first phase focused on the north pier, where engineers found the worst damage during a survey last fall.
The mayor’s office said it expects federal matching funds to cover roughly a third of the cost, though no grant has been awarded yet.
Residents who spoke at Tuesday’s meeting were split. Some praised the council for acting before another winter; others said they had not been told how the fee would be collected or whether it could rise in later years.
`
	benchPost = `ðºð¸ BREAKING: Council backs harbor rebuild â vote was 7â2
Mayor Leeâs office says work starts in spring, and the feeâwhich critics hateâwill stay. Details to followâ¦ https://t.co/abc123
â City Desk (@citydesk) March 3, 2025
`
)

// BenchmarkText repairs about 1 MB of articles: clean ones ("news"), and
// ones with an embedded post full of lossy mojibake ("dump", where a quarter
// of the lines need repair).
func BenchmarkText(b *testing.B) {
	for _, bc := range []struct{ name, article string }{
		{"news", benchArticle},
		{"dump", benchArticle + benchPost},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var sb strings.Builder
			for sb.Len() < 1<<20 {
				sb.WriteString(bc.article)
			}
			s := sb.String()
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Text(s, Options{})
			}
		})
	}
}
