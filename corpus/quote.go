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
	Speaker Name `json:"speaker"`
	// SpeakerEntity is the id of the speaker's entity, or "" (null).
	SpeakerEntity Name      `json:"speaker_entity"`
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

// Name is a name that may be unknown: "" is written as null in JSON.
type Name string

// MarshalJSON writes an empty name as null.
func (n Name) MarshalJSON() ([]byte, error) {
	if n == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(n))
}

// UnmarshalJSON reads null as an empty name.
func (n *Name) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*n = ""
	if s != nil {
		*n = Name(*s)
	}
	return nil
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
