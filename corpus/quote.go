package corpus

import "encoding/json"

// QuoteKind says what a quotation is.
type QuoteKind string

// The kinds of quotation.
const (
	// QuoteStatement is words someone said or wrote.
	QuoteStatement QuoteKind = "statement"
	// QuoteTerm is a scare quote or designation, not reported speech.
	QuoteTerm QuoteKind = "term"
	// QuotePost is an embedded social post, a statement by its author.
	QuotePost QuoteKind = "post"
)

// Quote is a direct quotation in an article.
type Quote struct {
	// ID is derived from the article id and the quote's words, so it
	// survives rebuilds and changes to other articles.
	ID      string `json:"id"`
	Article string `json:"article"`
	// Paragraph, Start and End locate the quote's first span; Spans lists
	// all of them (a quote can run over paragraphs or be split by an
	// attribution).
	Paragraph string      `json:"paragraph"`
	Start     int         `json:"start"`
	End       int         `json:"end"`
	Spans     []QuoteSpan `json:"spans"`
	// Text is the quoted words without the quote marks, the spans joined
	// by spaces.
	Text string `json:"text"`
	// Speaker is the speaker's canonical name, or "" (null in JSON) when
	// the text does not say who.
	Speaker string `json:"speaker"`
	// SpeakerEntity is the id of the speaker's entity, or "" (null).
	SpeakerEntity string    `json:"speaker_entity"`
	Kind          QuoteKind `json:"kind"`
	// Cluster is the id shared by the quotes of one statement across
	// articles: identical quotes, variants and fragments.
	Cluster string `json:"cluster"`
}

// QuoteSpan is the bytes [Start, End) of a paragraph's Text, quote marks
// excluded.
type QuoteSpan struct {
	Paragraph string `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// quoteJSON is Quote as JSON: an unknown speaker is null.
type quoteJSON struct {
	ID            string      `json:"id"`
	Article       string      `json:"article"`
	Paragraph     string      `json:"paragraph"`
	Start         int         `json:"start"`
	End           int         `json:"end"`
	Spans         []QuoteSpan `json:"spans"`
	Text          string      `json:"text"`
	Speaker       *string     `json:"speaker"`
	SpeakerEntity *string     `json:"speaker_entity"`
	Kind          QuoteKind   `json:"kind"`
	Cluster       string      `json:"cluster"`
}

// MarshalJSON writes an empty Speaker or SpeakerEntity as null.
func (q Quote) MarshalJSON() ([]byte, error) {
	return json.Marshal(quoteJSON{
		ID: q.ID, Article: q.Article, Paragraph: q.Paragraph, Start: q.Start, End: q.End,
		Spans: q.Spans, Text: q.Text, Speaker: nullable(q.Speaker), SpeakerEntity: nullable(q.SpeakerEntity),
		Kind: q.Kind, Cluster: q.Cluster,
	})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (q *Quote) UnmarshalJSON(b []byte) error {
	var j quoteJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*q = Quote{
		ID: j.ID, Article: j.Article, Paragraph: j.Paragraph, Start: j.Start, End: j.End,
		Spans: j.Spans, Text: j.Text, Kind: j.Kind, Cluster: j.Cluster,
	}
	if j.Speaker != nil {
		q.Speaker = *j.Speaker
	}
	if j.SpeakerEntity != nil {
		q.SpeakerEntity = *j.SpeakerEntity
	}
	return nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Quote returns the quote with the given id, or nil.
func (c *Corpus) Quote(id string) *Quote {
	for i := range c.Quotes {
		if c.Quotes[i].ID == id {
			return &c.Quotes[i]
		}
	}
	return nil
}
