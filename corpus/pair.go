package corpus

// PassageKind says how two aligned passages relate.
type PassageKind string

// The kinds of aligned passage.
const (
	// PassageVerbatim is the same words in both articles.
	PassageVerbatim PassageKind = "verbatim"
	// PassageParaphrase is one statement reworded.
	PassageParaphrase PassageKind = "paraphrase"
)

// Pair is two articles that share passages, with those passages aligned.
type Pair struct {
	// A and B are article ids, A < B.
	A string `json:"a"`
	B string `json:"b"`
	// Similarity is in [0, 1]: the share of the two articles' words that
	// the passages cover, paraphrases weighted by their score.
	Similarity float64   `json:"similarity"`
	Passages   []Passage `json:"passages"`
}

// Passage is a passage of article A aligned with one of article B. Each
// side is the bytes [Start, End) of one paragraph's Text; the texts are
// those bytes.
type Passage struct {
	AParagraph string      `json:"a_paragraph"`
	AStart     int         `json:"a_start"`
	AEnd       int         `json:"a_end"`
	BParagraph string      `json:"b_paragraph"`
	BStart     int         `json:"b_start"`
	BEnd       int         `json:"b_end"`
	AText      string      `json:"a_text"`
	BText      string      `json:"b_text"`
	Kind       PassageKind `json:"kind"`
	// Score is how close the two passages are, in (0, 1]; 1 for verbatim.
	Score float64 `json:"score"`
}

// Pair returns the pair of the two articles, in either order, or nil.
func (c *Corpus) Pair(a, b string) *Pair {
	if b < a {
		a, b = b, a
	}
	for i := range c.Pairs {
		if c.Pairs[i].A == a && c.Pairs[i].B == b {
			return &c.Pairs[i]
		}
	}
	return nil
}
