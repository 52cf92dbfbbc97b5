package corpus

// EntityType says what an entity is.
type EntityType string

// The types of entity.
const (
	EntityPerson EntityType = "person"
	EntityOrg    EntityType = "org"
	// EntityPlace is a country, city, region or other named place.
	EntityPlace EntityType = "place"
	// EntityDate is an explicit calendar reference: a weekday, a month, a
	// year or a full date.
	EntityDate EntityType = "date"
)

// Entity is a person, organisation, place or date named in the corpus,
// with its aliases merged across articles.
type Entity struct {
	// ID is derived from the type and canonical name, so it survives
	// rebuilds. It holds no dots: it is used as a file name.
	ID string `json:"id"`
	// Name is the canonical name: the fullest form the corpus uses.
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Aliases are the other forms the corpus uses for the entity, sorted.
	Aliases []string `json:"aliases"`
	// Articles are the ids of the articles that mention the entity, sorted.
	Articles []string `json:"articles"`
	// Mentions are the places the entity is named, in corpus order.
	Mentions []Mention `json:"mentions"`
	// Descriptors are the titles and descriptions the articles give the
	// entity ("former U.S. President"), in corpus order.
	Descriptors []Descriptor `json:"descriptors"`
}

// Mention is one place an entity is named: the bytes [Start, End) of a
// paragraph's Text, titles and possessive endings excluded.
type Mention struct {
	Article   string `json:"article"`
	Paragraph string `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Text is the paragraph's text at the mention.
	Text string `json:"text"`
}

// Descriptor is a title or description an article gives an entity,
// located like a Mention.
type Descriptor struct {
	Article   string `json:"article"`
	Paragraph string `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// Entity returns the entity with the given id, or nil.
func (c *Corpus) Entity(id string) *Entity {
	for i := range c.Entities {
		if c.Entities[i].ID == id {
			return &c.Entities[i]
		}
	}
	return nil
}
